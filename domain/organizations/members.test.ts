import { describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { actorForApiToken, actorForPerson } from "../../platform/auth/session";
import type { PersonActor } from "../../platform/auth/actor";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../platform/errors";
import { outboxMessage } from "../../platform/notifications/schema";
import { person } from "../../platform/auth/schema";
import { auditEvent } from "../../platform/audit/schema";
import { insertPerson } from "../accounts/people";
import { createApiToken } from "../administration/apiTokens";
import { acceptInvitation, checkInvitation, getMembersPage, inviteMember, leaveOrganization, removeMember, revokeInvitation } from "./members";
import { insertOrganization } from "./organizations";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

/** Invites the address and reads the link's token back out of the e-mail in the outbox. */
async function invite(
  email: string,
  role: "org_admin" | "org_member",
  { by = w.orgAdmin, organizationId = w.organization.id, now = new Date() }: { by?: PersonActor; organizationId?: string; now?: Date } = {},
): Promise<string> {
  await inviteMember(conn.db, by, { organizationId, email, role }, now);
  const [mail] = await conn.db.select().from(outboxMessage).where(eq(outboxMessage.recipient, email.toLowerCase())).orderBy(desc(outboxMessage.createdAt));
  return /token=([\w-]+)/.exec(mail!.body)![1]!;
}

async function newcomer(slug: string, { verified = true } = {}): Promise<PersonActor> {
  const p = await insertPerson(conn.db, { municipalityId: w.municipality.id, email: `${slug}@1505.test`, name: slug, verified });
  return (await actorForPerson(conn.db, p.id, w.municipality.id))!;
}

async function refreshed(actor: PersonActor): Promise<PersonActor> {
  return (await actorForPerson(conn.db, actor.personId, actor.municipalityId))!;
}

describe("inviting members", () => {
  it("e-mails a link that names the organisation and the role, valid for 14 days", async () => {
    await inviteMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, email: "Kari@Eksempel.no", role: "org_member" });
    const [mail] = await conn.db.select().from(outboxMessage).where(eq(outboxMessage.recipient, "kari@eksempel.no"));
    expect(mail!.subject).toBe("Invitasjon til Testlaget i Dugnad");
    expect(mail!.body).toContain("bli medlem i Testlaget");
    expect(mail!.body).toMatch(/\/organisasjoner\/invitasjon\?token=[\w-]{20,}/);
    const page = await getMembersPage(conn.db, w.orgAdmin, { organizationId: w.organization.id });
    const waiting = page.invitations.find((i) => i.email === "kari@eksempel.no")!;
    expect(waiting.role).toBe("org_member");
    expect(Math.round((waiting.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(14);
  });

  it("refuses a bad address at the field and someone who is already in the organisation", async () => {
    const bad = await errorOf(inviteMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, email: "kari@", role: "org_member" }));
    expect((bad as ValidationError).fieldErrors.email).toEqual([{ key: "validation.email" }]);
    for (const [email, role] of [[w.orgMember.email, "org_member"], [w.orgAdmin.email, "org_admin"], [w.orgAdmin.email, "org_member"]] as const) {
      const already = await errorOf(inviteMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, email, role }));
      expect(already).toBeInstanceOf(ConflictError);
      expect((already as ConflictError).messageKey).toBe("orgResources.members.alreadyMember");
    }
  });

  it("lets only the organisation's admins and the coordinator invite", async () => {
    const input = { organizationId: w.organization.id, email: "x@eksempel.no", role: "org_member" as const };
    expect(await errorOf(inviteMember(conn.db, w.orgMember, input))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(inviteMember(conn.db, w.staff, input))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(inviteMember(conn.db, w.orgAdmin, { ...input, organizationId: w.otherOrganization.id }))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(getMembersPage(conn.db, w.orgMember, { organizationId: w.organization.id }))).toBeInstanceOf(ForbiddenError);
    await expect(inviteMember(conn.db, w.coordinator, input)).resolves.toBeDefined();
  });
});

describe("accepting an invitation", () => {
  it("tells what the link is for without using it up, then lets the signed-in person join once", async () => {
    const token = await invite("ola@1505.test", "org_member");
    const ola = await newcomer("ola");
    expect(await checkInvitation(conn.db, w.anonymous, { token })).toMatchObject({ status: "valid", organizationName: "Testlaget", role: "org_member" });
    expect(await checkInvitation(conn.db, w.anonymous, { token })).toMatchObject({ status: "valid" });
    await acceptInvitation(conn.db, ola, { token });
    const joined = await refreshed(ola);
    expect(joined.grants).toEqual([{ role: "org_member", organizationId: w.organization.id }]);
    expect(await checkInvitation(conn.db, joined, { token })).toMatchObject({ status: "joined", organizationName: "Testlaget" });
    expect(await checkInvitation(conn.db, w.anonymous, { token })).toEqual({ status: "used" });
    const again = await errorOf(acceptInvitation(conn.db, joined, { token }));
    expect((again as ValidationError).fieldErrors._form).toEqual([{ key: "orgResources.invitation.used.title" }]);
  });

  it("makes a member who is invited as admin an admin only (the way to promote a member)", async () => {
    const token = await invite("medlem2@1505.test", "org_member");
    const member2 = await newcomer("medlem2");
    await acceptInvitation(conn.db, member2, { token });
    const adminToken = await invite("medlem2@1505.test", "org_admin");
    await acceptInvitation(conn.db, await refreshed(member2), { token: adminToken });
    expect((await refreshed(member2)).grants).toEqual([{ role: "org_admin", organizationId: w.organization.id }]);
  });

  it("lets only the person it was sent to accept it, once their address is confirmed", async () => {
    const token = await invite("bob@1505.test", "org_admin");
    const eve = await newcomer("eve");
    expect(await checkInvitation(conn.db, w.anonymous, { token })).toMatchObject({ status: "valid", holder: "anonymous" });
    expect(await checkInvitation(conn.db, eve, { token })).toMatchObject({ status: "valid", holder: "otherAccount", email: "bob@1505.test" });
    const stranger = await errorOf(acceptInvitation(conn.db, eve, { token }));
    expect((stranger as ValidationError).fieldErrors._form).toEqual([
      { key: "orgResources.invitation.otherAccount", params: { email: "bob@1505.test", you: "eve@1505.test" } },
    ]);
    expect((await refreshed(eve)).grants).toEqual([]);
    const bob = await newcomer("bob", { verified: false });
    expect(await checkInvitation(conn.db, bob, { token })).toMatchObject({ holder: "unconfirmedAddress" });
    const unconfirmed = await errorOf(acceptInvitation(conn.db, bob, { token }));
    expect((unconfirmed as ValidationError).fieldErrors._form![0]!.key).toBe("orgResources.invitation.unconfirmedAddress");
    await conn.db.update(person).set({ emailVerifiedAt: new Date() }).where(eq(person.id, bob.personId));
    expect(await checkInvitation(conn.db, bob, { token })).toMatchObject({ holder: "invitee" });
    await acceptInvitation(conn.db, bob, { token });
    expect((await refreshed(bob)).grants).toEqual([{ role: "org_admin", organizationId: w.organization.id }]);
  });

  it("refuses an expired link, an unknown one, and the anonymous", async () => {
    const longAgo = new Date(Date.now() - 15 * 86_400_000);
    const token = await invite("late@1505.test", "org_member", { now: longAgo });
    const late = await newcomer("late");
    expect(await checkInvitation(conn.db, late, { token })).toEqual({ status: "expired" });
    const expired = await errorOf(acceptInvitation(conn.db, late, { token }));
    expect((expired as ValidationError).fieldErrors._form).toEqual([{ key: "orgResources.invitation.expired.title" }]);
    expect(await checkInvitation(conn.db, late, { token: "nonsense" })).toEqual({ status: "invalid" });
    expect(await errorOf(acceptInvitation(conn.db, w.anonymous, { token }))).toBeInstanceOf(UnauthenticatedError);
  });

  it("stops a withdrawn invitation's link from working", async () => {
    const token = await invite("withdrawn@1505.test", "org_admin");
    const page = await getMembersPage(conn.db, w.orgAdmin, { organizationId: w.organization.id });
    const invitation = page.invitations.find((i) => i.email === "withdrawn@1505.test")!;
    await revokeInvitation(conn.db, w.orgAdmin, { organizationId: w.organization.id, invitationId: invitation.id });
    expect(await checkInvitation(conn.db, w.anonymous, { token })).toEqual({ status: "invalid" });
    const twice = await errorOf(revokeInvitation(conn.db, w.orgAdmin, { organizationId: w.organization.id, invitationId: invitation.id }));
    expect(twice).toBeInstanceOf(NotFoundError);
  });
});

describe("removing members", () => {
  it("removes a member, whose role goes with it", async () => {
    const token = await invite("leaving@1505.test", "org_member");
    const leaving = await newcomer("leaving");
    await acceptInvitation(conn.db, leaving, { token });
    const members = (await getMembersPage(conn.db, w.orgAdmin, { organizationId: w.organization.id })).members;
    const grant = members.find((m) => m.personId === leaving.personId)!;
    await removeMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, grantId: grant.grantId });
    expect((await refreshed(leaving)).grants).toEqual([]);
  });

  it("refuses to remove the organisation's last admin, even for the coordinator", async () => {
    const org = w.otherOrganization.id;
    const token = await invite("solo@1505.test", "org_admin", { by: w.coordinator, organizationId: org });
    await acceptInvitation(conn.db, await newcomer("solo"), { token });
    const [admin] = (await getMembersPage(conn.db, w.coordinator, { organizationId: org })).members;
    const refused = await errorOf(removeMember(conn.db, w.coordinator, { organizationId: org, grantId: admin!.grantId }));
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).messageKey).toBe("orgResources.members.lastAdmin");
  });

  it("refuses a member who tries to remove someone", async () => {
    const [someone] = (await getMembersPage(conn.db, w.orgAdmin, { organizationId: w.organization.id })).members;
    const refused = await errorOf(removeMember(conn.db, w.orgMember, { organizationId: w.organization.id, grantId: someone!.grantId }));
    expect(refused).toBeInstanceOf(ForbiddenError);
  });
});

describe("leaving an organisation", () => {
  /** A new organisation with one admin, so that each test knows who its admins are. */
  async function organizationWithAdmin(name: string): Promise<{ organizationId: string; admin: PersonActor }> {
    const { id: organizationId } = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name });
    return { organizationId, admin: await joined(`${name}-leder`, "org_admin", organizationId) };
  }

  async function joined(slug: string, role: "org_admin" | "org_member", organizationId: string): Promise<PersonActor> {
    const token = await invite(`${slug}@1505.test`, role, { by: w.coordinator, organizationId });
    const who = await newcomer(slug);
    await acceptInvitation(conn.db, who, { token });
    return refreshed(who);
  }

  it("lets a member leave, and records in the organisation's history that they left", async () => {
    const { organizationId } = await organizationWithAdmin("avskjed");
    const member = await joined("avskjed-medlem", "org_member", organizationId);
    expect(await leaveOrganization(conn.db, member, { organizationId })).toEqual({ organizationId, role: "org_member" });
    expect((await refreshed(member)).grants).toEqual([]);
    const [entry] = await conn.db.select().from(auditEvent).where(and(eq(auditEvent.subjectId, organizationId), eq(auditEvent.action, "organization.memberLeft")));
    expect(entry).toMatchObject({ actorId: member.personId, subjectType: "organization", details: { personId: member.personId, role: "org_member" } });
  });

  it("lets an admin leave while another admin stays", async () => {
    const { organizationId, admin } = await organizationWithAdmin("tolederlag");
    await joined("tolederlag-nestleder", "org_admin", organizationId);
    expect(await leaveOrganization(conn.db, admin, { organizationId })).toEqual({ organizationId, role: "org_admin" });
    expect((await refreshed(admin)).grants).toEqual([]);
  });

  it("refuses the last admin, who is told to make someone else admin first", async () => {
    const { organizationId, admin } = await organizationWithAdmin("enelederlag");
    const refused = await errorOf(leaveOrganization(conn.db, admin, { organizationId }));
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({ messageKey: "orgResources.members.lastAdminLeaving", details: { organization: "enelederlag" } });
    expect((await refreshed(admin)).grants).toHaveLength(1);
  });

  it("refuses someone who does not belong to the organisation, an API key and the anonymous", async () => {
    const { organizationId } = await organizationWithAdmin("utenforlag");
    const key = await createApiToken(conn.db, w.admin, { name: "Fagsystemet", organizationId });
    const token = (await actorForApiToken(conn.db, key.token))!;
    expect(await errorOf(leaveOrganization(conn.db, w.orgMember, { organizationId }))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(leaveOrganization(conn.db, w.coordinator, { organizationId }))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(leaveOrganization(conn.db, token, { organizationId }))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(leaveOrganization(conn.db, w.anonymous, { organizationId }))).toBeInstanceOf(UnauthenticatedError);
  });
});
