import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { person } from "../../platform/auth/schema";
import { hashToken, newToken } from "../../platform/auth/tokens";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { norwegianOrder } from "../../platform/db/norwegian-order";
import { ConflictError, NotFoundError, ValidationError } from "../../platform/errors";
import { assertCan, assertPerson } from "../../platform/permissions";
import { insertGrant } from "../../platform/permissions/grants";
import { roleGrant } from "../../platform/permissions/schema";
import { missingOrInvalid, parseInput } from "../../platform/validation";
import { isUuid } from "../administration/paging";
import { emailField } from "../accounts/schemas";
import { findOrganization, type OrganizationRef } from "./find-organization";
import { pageLink, sendMembershipMail } from "./membership-mail";
import { organization, organizationInvitation } from "./schema";

export const MEMBER_ROLES = ["org_admin", "org_member"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const INVITATION_DAYS = 14;
export const INVITATION_PAGE = "/organisasjoner/invitasjon";

export type Member = { grantId: string; personId: string; name: string; email: string; role: MemberRole; since: Date };
export type PendingInvitation = { id: string; email: string; role: MemberRole; expiresAt: Date };

export type MembersPage = {
  organization: OrganizationRef;
  members: Member[];
  invitations: PendingInvitation[];
  roleChoices: readonly MemberRole[];
};

async function membersOf(db: Db, organizationId: string): Promise<Member[]> {
  const rows = await db
    .select({
      grantId: roleGrant.id,
      personId: person.id,
      name: person.name,
      email: person.email,
      role: roleGrant.role,
      since: roleGrant.createdAt,
    })
    .from(roleGrant)
    .innerJoin(person, eq(person.id, roleGrant.personId))
    .where(and(eq(roleGrant.organizationId, organizationId), inArray(roleGrant.role, [...MEMBER_ROLES])))
    .orderBy(asc(roleGrant.role), asc(norwegianOrder(person.name)), asc(roleGrant.id));
  return rows.map((r) => ({ ...r, role: r.role as MemberRole }));
}

/** The organisation's admins and members and the invitations still waiting for an answer. */
export async function getMembersPage(db: Db, actor: Actor, input: { organizationId: string }, now = new Date()): Promise<MembersPage> {
  assertCan(actor, "organization.manageMembers", { organizationId: input.organizationId });
  const found = await findOrganization(db, actor.municipalityId, input.organizationId);
  const [members, invitations] = await Promise.all([
    membersOf(db, found.id),
    db
      .select({
        id: organizationInvitation.id,
        email: organizationInvitation.email,
        role: organizationInvitation.role,
        expiresAt: organizationInvitation.expiresAt,
      })
      .from(organizationInvitation)
      .where(
        and(
          eq(organizationInvitation.organizationId, found.id),
          isNull(organizationInvitation.acceptedAt),
          gt(organizationInvitation.expiresAt, now),
        ),
      )
      .orderBy(asc(organizationInvitation.email)),
  ]);
  return { organization: found, members, invitations, roleChoices: MEMBER_ROLES };
}

export const inviteMemberForm = z.object({
  email: emailField,
  role: z.enum(MEMBER_ROLES, { error: missingOrInvalid }),
});

/**
 * E-mails a link to join the organisation; it works for 14 days. Only its hash is kept. A new invitation
 * to the same address replaces the one still waiting, so "send again" works.
 */
export async function inviteMember(
  db: Db,
  actor: Actor,
  input: { organizationId: string } & z.input<typeof inviteMemberForm>,
  now = new Date(),
): Promise<{ invitationId: string }> {
  assertCan(actor, "organization.manageMembers", { organizationId: input.organizationId });
  const { email, role } = parseInput(inviteMemberForm, input);
  return db.transaction(async (tx) => {
    const found = await findOrganization(tx, actor.municipalityId, input.organizationId);
    const invitee = await personByEmail(tx, email);
    // A member may be invited to become admin (an invitation is bound to the address, so it is the way to promote them).
    const held = invitee ? (await membersOf(tx, found.id)).filter((m) => m.personId === invitee.id).map((m) => m.role) : [];
    if (held.includes("org_admin") || held.includes(role)) {
      throw new ConflictError("email", "orgResources.members.alreadyMember", { email });
    }
    await tx
      .delete(organizationInvitation)
      .where(
        and(eq(organizationInvitation.organizationId, found.id), eq(organizationInvitation.email, email), isNull(organizationInvitation.acceptedAt)),
      );
    const token = newToken();
    const [row] = await tx
      .insert(organizationInvitation)
      .values({
        organizationId: found.id,
        email,
        role,
        tokenHash: hashToken(token),
        invitedBy: actor.kind === "person" ? actor.personId : null,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        createdAt: now,
      })
      .returning({ id: organizationInvitation.id });
    await sendMembershipMail(tx, {
      kind: "invitation",
      municipalityId: actor.municipalityId,
      to: email,
      language: invitee?.language,
      params: { organization: found.name, link: pageLink(`${INVITATION_PAGE}?token=${token}`), days: INVITATION_DAYS },
      keyParams: { role: `orgResources.members.role.${role}` },
    });
    await recordAudit(tx, actor, {
      action: "organization.memberInvited",
      subjectType: "organization",
      subjectId: found.id,
      details: { email, role },
    });
    return { invitationId: row!.id };
  });
}

async function personByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: person.id, language: person.language })
    .from(person)
    .where(eq(sql`lower(${person.email})`, email));
  return row;
}

export const revokeInvitationForm = z.object({ invitationId: z.uuid({ error: missingOrInvalid }) });

/** Withdraws an invitation nobody has answered yet; its link stops working. */
export async function revokeInvitation(db: Db, actor: Actor, input: { organizationId: string; invitationId: string }): Promise<void> {
  assertCan(actor, "organization.manageMembers", { organizationId: input.organizationId });
  const { invitationId } = parseInput(revokeInvitationForm, input);
  await db.transaction(async (tx) => {
    const found = await findOrganization(tx, actor.municipalityId, input.organizationId);
    const [row] = await tx
      .delete(organizationInvitation)
      .where(
        and(
          eq(organizationInvitation.id, invitationId),
          eq(organizationInvitation.organizationId, found.id),
          isNull(organizationInvitation.acceptedAt),
        ),
      )
      .returning({ email: organizationInvitation.email, role: organizationInvitation.role });
    if (!row) throw new NotFoundError("invitation");
    await recordAudit(tx, actor, {
      action: "organization.invitationRevoked",
      subjectType: "organization",
      subjectId: found.id,
      details: { email: row.email, role: row.role },
    });
  });
}

/**
 * Who opened a valid link: nobody signed in, the person it was sent to, someone signed in with another
 * address, or the right address before its owner has confirmed it (an ID-porten account types its own).
 */
export type InvitationHolder = "anonymous" | "invitee" | "otherAccount" | "unconfirmedAddress";

export type InvitationStatus =
  | { status: "valid"; organizationId: string; organizationName: string; role: MemberRole; email: string; holder: InvitationHolder }
  | { status: "joined"; organizationId: string; organizationName: string; role: MemberRole }
  | { status: "expired" | "used" | "invalid" };

/**
 * What an invitation link is for, without using it up: opening a link must change nothing (mail scanners
 * open links). A used link tells the person who used it that they are in.
 */
export async function checkInvitation(db: Db, actor: Actor, input: { token: string }, now = new Date()): Promise<InvitationStatus> {
  const [row] = await db
    .select({
      organizationId: organization.id,
      organizationName: organization.name,
      role: organizationInvitation.role,
      email: organizationInvitation.email,
      acceptedAt: organizationInvitation.acceptedAt,
      expiresAt: organizationInvitation.expiresAt,
    })
    .from(organizationInvitation)
    .innerJoin(organization, eq(organization.id, organizationInvitation.organizationId))
    .where(and(eq(organizationInvitation.tokenHash, hashToken(input.token)), eq(organization.municipalityId, actor.municipalityId)));
  if (!row) return { status: "invalid" };
  if (row.acceptedAt) {
    const joined = actor.kind === "person" && actor.grants.some((g) => g.organizationId === row.organizationId);
    return joined ? { status: "joined", organizationId: row.organizationId, organizationName: row.organizationName, role: row.role } : { status: "used" };
  }
  if (row.expiresAt <= now) return { status: "expired" };
  const holder = await holderOf(db, actor, row.email);
  return { status: "valid", organizationId: row.organizationId, organizationName: row.organizationName, role: row.role, email: row.email, holder };
}

async function holderOf(db: Db, actor: Actor, invitedEmail: string): Promise<InvitationHolder> {
  if (actor.kind !== "person") return "anonymous";
  if (actor.email.toLowerCase() !== invitedEmail.toLowerCase()) return "otherAccount";
  const [me] = await db.select({ verifiedAt: person.emailVerifiedAt }).from(person).where(eq(person.id, actor.personId));
  return me?.verifiedAt ? "invitee" : "unconfirmedAddress";
}

export const acceptInvitationForm = z.object({ token: z.string().min(1).max(200) });

/**
 * The signed-in person joins the organisation with the role the invitation names, when the invitation was
 * sent to their confirmed address: a forwarded mail or a shared link must not make someone else admin. The
 * link is used up in the same statement that checks it, so it works once. Someone who becomes admin stops
 * being a plain member; an admin invited as a member stays admin.
 */
export async function acceptInvitation(
  db: Db,
  actor: Actor,
  input: z.input<typeof acceptInvitationForm>,
  now = new Date(),
): Promise<{ organizationId: string; role: MemberRole }> {
  assertCan(actor, "organization.join");
  assertPerson(actor);
  const { token } = parseInput(acceptInvitationForm, input);
  return db.transaction(async (tx) => {
    const link = await checkInvitation(tx, actor, { token }, now);
    if (link.status !== "valid") {
      const reason = link.status === "joined" ? "used" : link.status;
      throw new ValidationError({ _form: [{ key: `orgResources.invitation.${reason}.title` }] });
    }
    if (link.holder !== "invitee") {
      const key = link.holder === "unconfirmedAddress" ? "orgResources.invitation.unconfirmedAddress" : "orgResources.invitation.otherAccount";
      throw new ValidationError({ _form: [{ key, params: { email: link.email, you: actor.email } }] });
    }
    const [used] = await tx
      .update(organizationInvitation)
      .set({ acceptedAt: now })
      .where(and(eq(organizationInvitation.tokenHash, hashToken(token)), isNull(organizationInvitation.acceptedAt)))
      .returning({ id: organizationInvitation.id });
    if (!used) throw new ValidationError({ _form: [{ key: "orgResources.invitation.used.title" }] });
    const heldRoles = actor.grants.filter((g) => g.organizationId === link.organizationId).map((g) => g.role);
    if (!heldRoles.includes("org_admin")) {
      await insertGrant(tx, { personId: actor.personId, municipalityId: actor.municipalityId, role: link.role, organizationId: link.organizationId });
    }
    if (link.role === "org_admin") await dropGrant(tx, actor.personId, link.organizationId, "org_member");
    await recordAudit(tx, actor, {
      action: "organization.memberJoined",
      subjectType: "organization",
      subjectId: link.organizationId,
      details: { personId: actor.personId, role: link.role, invitationId: used.id },
    });
    return { organizationId: link.organizationId, role: link.role };
  });
}

async function dropGrant(db: Db, personId: string, organizationId: string, role: MemberRole): Promise<void> {
  await db
    .delete(roleGrant)
    .where(and(eq(roleGrant.personId, personId), eq(roleGrant.organizationId, organizationId), eq(roleGrant.role, role)));
}

export const removeMemberForm = z.object({ grantId: z.uuid({ error: missingOrInvalid }) });

/**
 * Removes an admin or member from the organisation. Its last admin cannot go: nobody would be left to
 * keep the profile up to date. The admin grants are locked first, so two admins removing each other at
 * once cannot both succeed.
 */
export async function removeMember(
  db: Db,
  actor: Actor,
  input: { organizationId: string; grantId: string },
): Promise<{ personId: string; role: MemberRole }> {
  assertCan(actor, "organization.manageMembers", { organizationId: input.organizationId });
  if (!isUuid(input.grantId)) throw new NotFoundError("member");
  return db.transaction(async (tx) => {
    const found = await findOrganization(tx, actor.municipalityId, input.organizationId);
    const admins = await lockAdmins(tx, found.id);
    const member = (await membersOf(tx, found.id)).find((m) => m.grantId === input.grantId);
    if (!member) throw new NotFoundError("member");
    if (member.role === "org_admin" && admins.length <= 1) throw new ConflictError("_form", "orgResources.members.lastAdmin");
    await tx.delete(roleGrant).where(eq(roleGrant.id, member.grantId));
    await recordAudit(tx, actor, {
      action: "organization.memberRemoved",
      subjectType: "organization",
      subjectId: found.id,
      details: { personId: member.personId, name: member.name, role: member.role },
    });
    return { personId: member.personId, role: member.role };
  });
}

/** Locks the organisation's admin grants, so that two admins who leave or remove each other at once cannot both succeed. */
async function lockAdmins(db: Db, organizationId: string): Promise<{ id: string }[]> {
  return db
    .select({ id: roleGrant.id })
    .from(roleGrant)
    .where(and(eq(roleGrant.organizationId, organizationId), eq(roleGrant.role, "org_admin")))
    .for("update");
}

export const leaveOrganizationForm = z.object({ organizationId: z.uuid({ error: missingOrInvalid }) });

/**
 * The signed-in person leaves an organisation they are an admin or member of. The rule of removing someone
 * holds: its last admin cannot go, and is told to make someone else admin first.
 */
export async function leaveOrganization(
  db: Db,
  actor: Actor,
  input: z.input<typeof leaveOrganizationForm>,
): Promise<{ organizationId: string; role: MemberRole }> {
  assertCan(actor, "organization.leave", { organizationId: input.organizationId });
  assertPerson(actor);
  const { organizationId } = parseInput(leaveOrganizationForm, input);
  return db.transaction(async (tx) => {
    const found = await findOrganization(tx, actor.municipalityId, organizationId);
    const admins = await lockAdmins(tx, found.id);
    const held = (await membersOf(tx, found.id)).filter((m) => m.personId === actor.personId);
    if (held.length === 0) throw new NotFoundError("member");
    const role: MemberRole = held.some((m) => m.role === "org_admin") ? "org_admin" : "org_member";
    if (role === "org_admin" && admins.length <= 1) {
      throw new ConflictError("_form", "orgResources.members.lastAdminLeaving", { organization: found.name });
    }
    await tx.delete(roleGrant).where(inArray(roleGrant.id, held.map((m) => m.grantId)));
    await recordAudit(tx, actor, {
      action: "organization.memberLeft",
      subjectType: "organization",
      subjectId: found.id,
      details: { personId: actor.personId, name: held[0]!.name, role },
    });
    return { organizationId: found.id, role };
  });
}
