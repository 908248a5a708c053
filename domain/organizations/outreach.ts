import { and, asc, count, desc, eq, exists, gt, inArray, isNotNull, isNull, ne, not, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit";
import { hashToken, newToken } from "../../platform/auth/tokens";
import { config } from "../../platform/config";
import type { Db } from "../../platform/db/client";
import { norwegianOrder } from "../../platform/db/norwegian-order";
import { correlated } from "../../platform/db/correlated";
import { municipality } from "../../platform/db/schema";
import { ValidationError } from "../../platform/errors";
import { interpolate } from "../../platform/i18n/format";
import { enqueueEmail } from "../../platform/notifications/outbox";
import { assertCan, assertPerson } from "../../platform/permissions";
import { insertGrant } from "../../platform/permissions/grants";
import { parseInput } from "../../platform/validation";
import { catalogs } from "../../app/i18n/catalogs.server";
import { OUTREACH_FILTERS, REPEAT_WINDOW_MINUTES, type OutreachFilter } from "./outreach-filters";
import { organization, organizationCategory, organizationTargetGroup, outreachInvitation } from "./schema";
import { pageField } from "../administration/paging";
import { hasAdmin } from "./has-admin";

/**
 * Outreach (kartlegging): the coordinator invites organisations to claim and complete their profile.
 *
 * The link goes to the organisation's own registered e-mail address, so whoever opens it speaks for the
 * organisation: a signed-in person who follows it becomes the organisation's admin at once, without the
 * coordinator's approval that an ordinary claim needs, as long as the organisation has no admin yet.
 *
 * An invitation counts as completed when the organisation has an admin and its short description, at least
 * one category and one target group are filled in. That is computed from the profile itself whenever the
 * coordinator looks, and the first time it is seen, completed_at is stamped with the profile's last change.
 */

export const OUTREACH_PAGE_SIZE = 50;


const wasInvited = exists(sql`(select 1 from ${outreachInvitation} where ${outreachInvitation.organizationId} = ${organization.id})`);

const hasEmail = and(isNotNull(organization.email), ne(organization.email, ""));

/** Who an invitation to take over the profile can reach: an address to send it to, and nobody running it yet. */
const isInvitable = and(hasEmail, not(hasAdmin()));

/** The profile is complete: someone runs it and the fields the directory needs are there. */
const isComplete = and(
  hasAdmin(),
  ne(organization.shortDescription, ""),
  exists(sql`(select 1 from ${organizationCategory} where ${organizationCategory.organizationId} = ${organization.id})`),
  exists(sql`(select 1 from ${organizationTargetGroup} where ${organizationTargetGroup.organizationId} = ${organization.id})`),
)!;

const FILTERS: Record<OutreachFilter, SQL | undefined> = {
  unclaimed: and(eq(organization.source, "imported"), not(hasAdmin())),
  unverified: isNull(organization.verifiedAt),
  noEmail: not(hasEmail!),
  notInvited: not(wasInvited),
  all: undefined,
};

const filterField = z.enum(OUTREACH_FILTERS).catch("unclaimed").default("unclaimed");

export const outreachCandidatesSchema = z.object({ filter: filterField, page: pageField });

export type OutreachCandidate = {
  id: string;
  name: string;
  email: string | null;
  source: "registered" | "imported";
  verified: boolean;
  hasAdmin: boolean;
  /** Has an address and nobody running it: it can be invited to take its profile over. */
  invitable: boolean;
  invitedAt: Date | null;
};

/** Organisations the coordinator may invite, filtered and paged; those without an e-mail or with an admin are listed but cannot be invited. */
export async function listOutreachCandidates(db: Db, actor: Actor, input: unknown) {
  assertCan(actor, "sector.coordinate");
  const { filter, page } = parseInput(outreachCandidatesSchema, input);
  const where = and(eq(organization.municipalityId, actor.municipalityId), FILTERS[filter]);
  const lastInvited = correlated(
    sql<Date | null>`(select max(${outreachInvitation.sentAt}) from ${outreachInvitation} where ${outreachInvitation.organizationId} = ${organization.id})`,
  );
  const [[{ total } = { total: 0 }], [{ invitable } = { invitable: 0 }], rows] = await Promise.all([
    db.select({ total: count() }).from(organization).where(where),
    db.select({ invitable: count() }).from(organization).where(and(where, isInvitable)),
    db
      .select({
        id: organization.id,
        name: organization.name,
        email: organization.email,
        source: organization.source,
        verifiedAt: organization.verifiedAt,
        hasAdmin: sql<boolean>`${hasAdmin()}`,
        invitable: sql<boolean>`${isInvitable}`,
        invitedAt: lastInvited.mapWith((v: string | null) => (v ? new Date(v) : null)),
      })
      .from(organization)
      .where(where)
      .orderBy(asc(norwegianOrder(organization.name)), asc(organization.id))
      .limit(OUTREACH_PAGE_SIZE)
      .offset((page - 1) * OUTREACH_PAGE_SIZE),
  ]);
  const items: OutreachCandidate[] = rows.map(({ verifiedAt, email, ...row }) => ({ ...row, email: email || null, verified: verifiedAt !== null }));
  return { filter, items, total, invitable, page, pageCount: Math.max(1, Math.ceil(total / OUTREACH_PAGE_SIZE)), pageSize: OUTREACH_PAGE_SIZE };
}

/** A form sends one checked box as a string and several as a list; none at all as nothing. */
const chosenIds = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : [value].flat()),
  z.array(z.string()).refine((ids) => ids.length > 0 && ids.every((id) => z.uuid().safeParse(id).success), {
    message: "validation.pickOrganizations",
  }),
);

/** `to: "chosen"` sends to the checked organisations, `to: "all"` to every organisation in a selection. */
export const sendOutreachSchema = z.discriminatedUnion("to", [
  z.object({ to: z.literal("chosen"), organizationId: chosenIds }),
  z.object({ to: z.literal("all"), everyoneIn: z.enum(OUTREACH_FILTERS) }),
]);

type MailKind = "invite" | "reminder";

/** The link's page on this site. */
export function outreachLink(token: string): string {
  return `${config().publicUrl}/invitasjon/${token}`;
}

async function mailInvitation(db: Db, kind: MailKind, to: { municipalityId: string; email: string; organizationName: string }, token: string) {
  const [home] = await db.select({ name: municipality.name, maalform: municipality.maalform }).from(municipality).where(eq(municipality.id, to.municipalityId));
  const messages = catalogs[home?.maalform ?? "nb"];
  const params = { organization: to.organizationName, municipality: home?.name ?? "", link: outreachLink(token) };
  await enqueueEmail(db, {
    municipalityId: to.municipalityId,
    kind: `outreach.${kind}`,
    to: to.email,
    subject: interpolate(messages[`outreach.mail.${kind}.subject`], params),
    body: interpolate(messages[`outreach.mail.${kind}.body`], params),
  });
}

export type OutreachSent = { sent: number; withoutEmail: number; hasAdmin: number; recentlyInvited: number };

/**
 * The municipality's organisations with an invitation sent since `since` to the address they still have, not yet
 * opened: inviting them again would only send a second e-mail with another link. Few, whatever the selection.
 */
async function recentlyInvited(db: Db, municipalityId: string, since: Date): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ id: outreachInvitation.organizationId })
    .from(outreachInvitation)
    .innerJoin(organization, eq(organization.id, outreachInvitation.organizationId))
    .where(
      and(
        eq(outreachInvitation.municipalityId, municipalityId),
        gt(outreachInvitation.sentAt, since),
        isNull(outreachInvitation.openedAt),
        eq(outreachInvitation.email, organization.email),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/**
 * E-mails each chosen organisation a link to claim and complete its profile (all of a filter's organisations
 * with `to: "all"`). Skipped and counted: organisations that have an admin already (the link would only say
 * so), those without an e-mail address, and those invited moments ago (see REPEAT_WINDOW_MINUTES).
 */
export async function sendOutreachInvitations(db: Db, actor: Actor, input: unknown, now = new Date()): Promise<OutreachSent> {
  assertCan(actor, "sector.coordinate");
  const parsed = parseInput(sendOutreachSchema, input);
  const chosen = parsed.to === "all" ? FILTERS[parsed.everyoneIn] : inArray(organization.id, parsed.organizationId);
  return db.transaction(async (tx) => {
    // Two submits at once take turns here, so the second sees the first one's invitations.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`outreach.invite:${actor.municipalityId}`}))`);
    const targets = await tx
      .select({ id: organization.id, name: organization.name, email: organization.email, hasAdmin: sql<boolean>`${hasAdmin()}` })
      .from(organization)
      .where(and(eq(organization.municipalityId, actor.municipalityId), chosen));
    const unclaimed = targets.filter((t) => !t.hasAdmin);
    const withEmail = unclaimed.filter((t) => t.email);
    const invitedJustNow = await recentlyInvited(tx, actor.municipalityId, new Date(now.getTime() - REPEAT_WINDOW_MINUTES * 60_000));
    const reachable = withEmail.filter((t) => !invitedJustNow.has(t.id));
    for (const target of reachable) {
      const token = newToken();
      await tx.insert(outreachInvitation).values({
        municipalityId: actor.municipalityId,
        organizationId: target.id,
        email: target.email!,
        tokenHash: hashToken(token),
        sentBy: actor.kind === "person" ? actor.personId : null,
        sentAt: now,
      });
      await mailInvitation(tx, "invite", { municipalityId: actor.municipalityId, email: target.email!, organizationName: target.name }, token);
    }
    const skipped = {
      withoutEmail: unclaimed.length - withEmail.length,
      hasAdmin: targets.length - unclaimed.length,
      recentlyInvited: withEmail.length - reachable.length,
    };
    await recordAudit(tx, actor, { action: "outreach.invite", subjectType: "organization", details: { organizationIds: reachable.map((t) => t.id), ...skipped } });
    return { sent: reachable.length, ...skipped };
  });
}

/** Stamps completed_at on the invitations whose organisation has become complete since the coordinator last looked. */
async function stampCompleted(db: Db, municipalityId: string): Promise<void> {
  await db
    .update(outreachInvitation)
    .set({ completedAt: sql`greatest(${outreachInvitation.sentAt}, ${organization.updatedAt})` })
    .from(organization)
    .where(
      and(
        eq(organization.id, outreachInvitation.organizationId),
        eq(outreachInvitation.municipalityId, municipalityId),
        isNull(outreachInvitation.completedAt),
        isComplete,
      ),
    );
}

export type OutreachStatus = "sent" | "opened" | "completed";

export type SentInvitation = {
  id: string;
  organizationId: string;
  organizationName: string;
  email: string;
  sentAt: Date;
  openedAt: Date | null;
  completedAt: Date | null;
  remindedAt: Date | null;
  status: OutreachStatus;
};

export const sentInvitationsSchema = z.object({ page: pageField });

/** How many organisations (not invitations: one may have been invited twice) have an invitation, or one that is so. */
function organizationsInvited(condition?: SQL) {
  const organizations = sql`count(distinct ${outreachInvitation.organizationId})`;
  return (condition ? sql<number>`${organizations} filter (where ${condition})` : sql<number>`${organizations}`).mapWith(Number);
}

/**
 * The invitations sent, newest first, with who opened the link and who completed the profile, and the totals
 * counted in organisations.
 */
export async function listOutreachInvitations(db: Db, actor: Actor, input: unknown) {
  assertCan(actor, "sector.coordinate");
  const { page } = parseInput(sentInvitationsSchema, input);
  await stampCompleted(db, actor.municipalityId);
  const mine = eq(outreachInvitation.municipalityId, actor.municipalityId);
  const [[totals], rows] = await Promise.all([
    db
      .select({
        invitations: count(),
        total: organizationsInvited(),
        opened: organizationsInvited(sql`${outreachInvitation.openedAt} is not null`),
        completed: organizationsInvited(sql`${outreachInvitation.completedAt} is not null`),
        remindable: organizationsInvited(sql`${outreachInvitation.completedAt} is null`),
      })
      .from(outreachInvitation)
      .where(mine),
    db
      .select({
        id: outreachInvitation.id,
        organizationId: outreachInvitation.organizationId,
        organizationName: organization.name,
        email: outreachInvitation.email,
        sentAt: outreachInvitation.sentAt,
        openedAt: outreachInvitation.openedAt,
        completedAt: outreachInvitation.completedAt,
        remindedAt: outreachInvitation.remindedAt,
      })
      .from(outreachInvitation)
      .innerJoin(organization, eq(organization.id, outreachInvitation.organizationId))
      .where(mine)
      .orderBy(desc(outreachInvitation.sentAt), asc(norwegianOrder(organization.name)))
      .limit(OUTREACH_PAGE_SIZE)
      .offset((page - 1) * OUTREACH_PAGE_SIZE),
  ]);
  const items: SentInvitation[] = rows.map((row) => ({
    ...row,
    status: row.completedAt ? "completed" : row.openedAt ? "opened" : "sent",
  }));
  const { invitations, ...summary } = totals ?? { invitations: 0, total: 0, opened: 0, completed: 0, remindable: 0 };
  return { items, summary, page, pageCount: Math.max(1, Math.ceil(invitations / OUTREACH_PAGE_SIZE)) };
}

export type OutreachReminded = { reminded: number; recentlyReminded: number };

/**
 * Reminds every invited organisation that has not completed its profile, once: an organisation invited more
 * than once is reminded through its newest invitation. The reminder carries a new link (only a hash of the
 * old one is kept, so it cannot be sent again); the old link stops working. So an organisation invited or
 * reminded within REPEAT_WINDOW_MINUTES is skipped and counted: a repeated press would only send another
 * e-mail and break the link it has just received.
 */
export async function sendOutreachReminders(db: Db, actor: Actor, now = new Date()): Promise<OutreachReminded> {
  assertCan(actor, "sector.coordinate");
  await stampCompleted(db, actor.municipalityId);
  return db.transaction(async (tx) => {
    // Two presses at once take turns here, so the second sees the first one's reminders.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`outreach.remind:${actor.municipalityId}`}))`);
    const open = await tx
      .select({
        id: outreachInvitation.id,
        organizationId: outreachInvitation.organizationId,
        email: outreachInvitation.email,
        organizationName: organization.name,
        sentAt: outreachInvitation.sentAt,
        remindedAt: outreachInvitation.remindedAt,
      })
      .from(outreachInvitation)
      .innerJoin(organization, eq(organization.id, outreachInvitation.organizationId))
      .where(and(eq(outreachInvitation.municipalityId, actor.municipalityId), isNull(outreachInvitation.completedAt)))
      .orderBy(asc(outreachInvitation.organizationId), desc(outreachInvitation.sentAt), desc(outreachInvitation.id));
    const windowStart = now.getTime() - REPEAT_WINDOW_MINUTES * 60_000;
    const newest = new Map<string, (typeof open)[number]>();
    const lastContact = new Map<string, number>();
    for (const invitation of open) {
      if (!newest.has(invitation.organizationId)) newest.set(invitation.organizationId, invitation);
      const contact = Math.max(invitation.sentAt.getTime(), invitation.remindedAt?.getTime() ?? 0);
      lastContact.set(invitation.organizationId, Math.max(contact, lastContact.get(invitation.organizationId) ?? 0));
    }
    const due = [...newest.values()].filter((invitation) => lastContact.get(invitation.organizationId)! <= windowStart);
    for (const invitation of due) {
      const token = newToken();
      await tx.update(outreachInvitation).set({ tokenHash: hashToken(token), remindedAt: now }).where(eq(outreachInvitation.id, invitation.id));
      await mailInvitation(tx, "reminder", { municipalityId: actor.municipalityId, email: invitation.email, organizationName: invitation.organizationName }, token);
    }
    const recentlyReminded = newest.size - due.length;
    await recordAudit(tx, actor, {
      action: "outreach.remind",
      subjectType: "outreach_invitation",
      details: { invitationIds: due.map((i) => i.id), recentlyReminded },
    });
    return { reminded: due.length, recentlyReminded };
  });
}

export const outreachTokenSchema = z.object({ token: z.string().min(20).max(100) });

/** How long a link grants the take-over after it was sent; a reminder sends a new one. */
export const OUTREACH_LINK_DAYS = 90;

/**
 * "claimed": the organisation has an admin now. "used": someone took it over through one of its links and
 * is no longer admin; the links do not hand it out again. "expired": sent more than OUTREACH_LINK_DAYS ago.
 */
export type OpenedInvitation =
  | { status: "invalid" }
  | { status: "valid" | "claimed" | "used" | "expired"; organizationId: string; organizationName: string; isAdmin: boolean };

async function findByToken(db: Db, municipalityId: string, token: string) {
  const [row] = await db
    .select({
      id: outreachInvitation.id,
      openedAt: outreachInvitation.openedAt,
      usedAt: outreachInvitation.usedAt,
      linkSentAt: sql<Date>`coalesce(${outreachInvitation.remindedAt}, ${outreachInvitation.sentAt})`.mapWith(outreachInvitation.sentAt),
      organizationId: organization.id,
      organizationName: organization.name,
      hasAdmin: sql<boolean>`${hasAdmin()}`,
    })
    .from(outreachInvitation)
    .innerJoin(organization, eq(organization.id, outreachInvitation.organizationId))
    .where(and(eq(outreachInvitation.tokenHash, hashToken(token)), eq(outreachInvitation.municipalityId, municipalityId)));
  return row;
}

type FoundLink = NonNullable<Awaited<ReturnType<typeof findByToken>>>;

function statusOf(link: FoundLink, now: Date): Exclude<OpenedInvitation["status"], "invalid"> {
  if (link.hasAdmin) return "claimed";
  if (link.usedAt) return "used";
  if (now.getTime() - link.linkSentAt.getTime() > OUTREACH_LINK_DAYS * 86_400_000) return "expired";
  return "valid";
}

/**
 * What the invitation link is for, for anyone who has it; the first opening is recorded. `isAdmin` says
 * whether the visitor is the organisation's admin.
 */
export async function openOutreachInvitation(db: Db, actor: Actor, input: unknown, now = new Date()): Promise<OpenedInvitation> {
  const parsed = outreachTokenSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const found = await findByToken(db, actor.municipalityId, parsed.data.token);
  if (!found) return { status: "invalid" };
  if (!found.openedAt) await db.update(outreachInvitation).set({ openedAt: now }).where(and(eq(outreachInvitation.id, found.id), isNull(outreachInvitation.openedAt)));
  const isAdmin = actor.kind === "person" && actor.grants.some((g) => g.role === "org_admin" && g.organizationId === found.organizationId);
  return { status: statusOf(found, now), organizationId: found.organizationId, organizationName: found.organizationName, isAdmin };
}

const CLAIM_REFUSALS = { claimed: "outreach.claim.taken", used: "outreach.claim.used", expired: "outreach.claim.expired" } as const;

/**
 * The signed-in person who followed the invitation takes the organisation over and becomes its admin. Refused
 * when the organisation already has an admin (then that admin invites further people), when one of its links
 * was used before (an admin who left must not be replaced by whoever still has an old e-mail), and when the
 * link has expired. The organisation row is locked before that is checked, as approving a take-over request
 * locks it, so two people with the same link (a shared mailbox), or a link and an approval, cannot make two
 * admins at the same moment.
 */
export async function claimThroughOutreach(db: Db, actor: Actor, input: unknown, now = new Date()): Promise<{ organizationId: string }> {
  assertPerson(actor);
  const { token } = parseInput(outreachTokenSchema, input);
  return db.transaction(async (tx) => {
    const link = await findByToken(tx, actor.municipalityId, token);
    if (!link) throw new ValidationError({ _form: [{ key: "outreach.claim.invalid" }] });
    await tx.select({ id: organization.id }).from(organization).where(eq(organization.id, link.organizationId)).for("update");
    const found = (await findByToken(tx, actor.municipalityId, token))!;
    const status = statusOf(found, now);
    if (status !== "valid") throw new ValidationError({ _form: [{ key: CLAIM_REFUSALS[status] }] });
    await insertGrant(tx, { personId: actor.personId, municipalityId: actor.municipalityId, role: "org_admin", organizationId: found.organizationId });
    await tx.update(outreachInvitation).set({ usedAt: now }).where(eq(outreachInvitation.organizationId, found.organizationId));
    await tx.update(outreachInvitation).set({ openedAt: sql`coalesce(${outreachInvitation.openedAt}, now())` }).where(eq(outreachInvitation.id, found.id));
    await recordAudit(tx, actor, {
      action: "organization.claimByInvitation",
      subjectType: "organization",
      subjectId: found.organizationId,
      details: { invitationId: found.id },
    });
    return { organizationId: found.organizationId };
  });
}
