import { and, asc, count, desc, eq, or, sql } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { emailToken, externalIdentity, person, session } from "../../platform/auth/schema";
import { auditEvent } from "../../platform/audit/schema";
import { outboxMessage } from "../../platform/notifications/schema";
import { roleGrant, type Role } from "../../platform/permissions/schema";
import { organization } from "../organizations/schema";
import { assertCan, assertPerson } from "../../platform/permissions";
import { NotFoundError } from "../../platform/errors";
import { addressConfirmed } from "./find";

/** Who a personal-data section is about. */
export type DataSubject = { personId: string; email: string; municipalityId: string };

export type PersonalDataSection = (db: Db, subject: DataSubject) => Promise<unknown>;

const sections = new Map<string, PersonalDataSection>();

/**
 * Each capability adds what it stores about a person to the download in "Mine data", from a module
 * the app loads (its domain code imported by a route). The name becomes a key in the JSON file.
 */
export function registerPersonalDataSection(name: string, section: PersonalDataSection): void {
  sections.set(name, section);
}

const byMeOrAboutMe = (subject: DataSubject) =>
  or(eq(auditEvent.actorId, subject.personId), and(eq(auditEvent.subjectType, "person"), eq(auditEvent.subjectId, subject.personId)));

registerPersonalDataSection("person", async (db, { personId }) => {
  const [row] = await db
    .select({
      id: person.id,
      municipalityId: person.municipalityId,
      email: person.email,
      name: person.name,
      hasPassword: sql<boolean>`${person.passwordHash} is not null`,
      emailVerifiedAt: person.emailVerifiedAt,
      language: person.language,
      createdAt: person.createdAt,
      lastSignInAt: person.lastSignInAt,
    })
    .from(person)
    .where(eq(person.id, personId));
  return row;
});

registerPersonalDataSection("externalIdentities", (db, { personId }) =>
  db
    .select({ provider: externalIdentity.provider, subject: externalIdentity.subject, createdAt: externalIdentity.createdAt })
    .from(externalIdentity)
    .where(eq(externalIdentity.personId, personId)),
);

registerPersonalDataSection("roles", (db, { personId }) =>
  db
    .select({ role: roleGrant.role, municipalityId: roleGrant.municipalityId, organizationId: roleGrant.organizationId, createdAt: roleGrant.createdAt })
    .from(roleGrant)
    .where(eq(roleGrant.personId, personId)),
);

registerPersonalDataSection("sessions", (db, { personId }) =>
  db
    .select({ createdAt: session.createdAt, expiresAt: session.expiresAt, method: session.method })
    .from(session)
    .where(eq(session.personId, personId))
    .orderBy(asc(session.createdAt)),
);

registerPersonalDataSection("emailLinks", (db, { personId }) =>
  db
    .select({ purpose: emailToken.purpose, createdAt: emailToken.createdAt, expiresAt: emailToken.expiresAt, usedAt: emailToken.usedAt })
    .from(emailToken)
    .where(eq(emailToken.personId, personId))
    .orderBy(asc(emailToken.createdAt)),
);

registerPersonalDataSection("emails", async (db, { personId, email }) => {
  if (!(await addressConfirmed(db, personId))) return [];
  return db
    .select({
      kind: outboxMessage.kind,
      recipient: outboxMessage.recipient,
      subject: outboxMessage.subject,
      body: outboxMessage.body,
      status: outboxMessage.status,
      createdAt: outboxMessage.createdAt,
      sentAt: outboxMessage.sentAt,
    })
    .from(outboxMessage)
    .where(sql`lower(${outboxMessage.recipient}) = ${email.toLowerCase()}`)
    .orderBy(asc(outboxMessage.createdAt));
});

registerPersonalDataSection("auditEvents", async (db, subject) =>
  (
    await db
      .select({
        action: auditEvent.action,
        actorId: auditEvent.actorId,
        subjectType: auditEvent.subjectType,
        subjectId: auditEvent.subjectId,
        details: auditEvent.details,
        createdAt: auditEvent.createdAt,
      })
      .from(auditEvent)
      .where(byMeOrAboutMe(subject))
      .orderBy(asc(auditEvent.createdAt))
  ).map(({ actorId, ...event }) => ({ ...event, byMe: actorId === subject.personId })),
);

function subjectOf(actor: Actor): DataSubject {
  assertCan(actor, "account.self");
  assertPerson(actor);
  return { personId: actor.personId, email: actor.email, municipalityId: actor.municipalityId };
}

/** Everything stored about the signed-in person, section by section, for the JSON download. */
export async function exportMyData(db: Db, actor: Actor): Promise<Record<string, unknown>> {
  const subject = subjectOf(actor);
  const result: Record<string, unknown> = { exportedAt: new Date().toISOString() };
  for (const [name, section] of sections) result[name] = await section(db, subject);
  return result;
}

export type MyDataSummary = {
  profile: {
    name: string;
    email: string;
    language: string | null;
    createdAt: Date;
    emailVerifiedAt: Date | null;
    lastSignInAt: Date | null;
  };
  roles: { role: Role; organizationName: string | null }[];
  identities: { provider: string; createdAt: Date }[];
  activeSessions: number;
  events: { action: string; createdAt: Date; byMe: boolean }[];
};

const EVENTS_SHOWN = 50;

/** The overview on the "Mine data" page: the profile, roles, sign-ins and the latest events about the person. */
export async function describeMyData(db: Db, actor: Actor): Promise<MyDataSummary> {
  const subject = subjectOf(actor);
  const [profile] = await db
    .select({
      name: person.name,
      email: person.email,
      language: person.language,
      createdAt: person.createdAt,
      emailVerifiedAt: person.emailVerifiedAt,
      lastSignInAt: person.lastSignInAt,
    })
    .from(person)
    .where(eq(person.id, subject.personId));
  if (!profile) throw new NotFoundError("person");
  const roles = await db
    .select({ role: roleGrant.role, organizationName: organization.name })
    .from(roleGrant)
    .leftJoin(organization, eq(organization.id, roleGrant.organizationId))
    .where(and(eq(roleGrant.personId, subject.personId), eq(roleGrant.municipalityId, subject.municipalityId)))
    .orderBy(asc(roleGrant.createdAt));
  const identities = await db
    .select({ provider: externalIdentity.provider, createdAt: externalIdentity.createdAt })
    .from(externalIdentity)
    .where(eq(externalIdentity.personId, subject.personId));
  const [sessions] = await db
    .select({ n: count() })
    .from(session)
    .where(and(eq(session.personId, subject.personId), sql`${session.expiresAt} > now()`));
  const events = await db
    .select({ action: auditEvent.action, createdAt: auditEvent.createdAt, actorId: auditEvent.actorId })
    .from(auditEvent)
    .where(byMeOrAboutMe(subject))
    .orderBy(desc(auditEvent.createdAt))
    .limit(EVENTS_SHOWN);
  return {
    profile,
    roles,
    identities,
    activeSessions: sessions?.n ?? 0,
    events: events.map(({ actorId, ...event }) => ({ ...event, byMe: actorId === subject.personId })),
  };
}
