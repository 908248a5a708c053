import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { roleGrant } from "../permissions/schema";
import type { Grant, PersonActor } from "./actor";
import { apiToken, person, session } from "./schema";
import { hashToken, newToken } from "./tokens";
import { rememberSession } from "./session-cache";
import type { TokenActor } from "./actor";

export const SESSION_COOKIE = "dugnad_session";
export const SESSION_DAYS = 14;

export async function createSession(db: Db, personId: string, method: "password" | "oidc" | "api"): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.insert(session).values({ tokenHash: hashToken(token), personId, expiresAt, method });
  await db.update(person).set({ lastSignInAt: new Date() }).where(eq(person.id, personId));
  return token;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(session).where(eq(session.tokenHash, hashToken(token)));
}

export async function endAllSessions(db: Db, personId: string): Promise<void> {
  await db.delete(session).where(eq(session.personId, personId));
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(session).where(lt(session.expiresAt, new Date()));
}

export async function grantsOf(db: Db, personId: string, municipalityId: string): Promise<Grant[]> {
  return db
    .select({ role: roleGrant.role, organizationId: roleGrant.organizationId })
    .from(roleGrant)
    .where(and(eq(roleGrant.personId, personId), eq(roleGrant.municipalityId, municipalityId)));
}

export async function actorForPerson(db: Db, personId: string, municipalityId: string): Promise<PersonActor | null> {
  const [row] = await db.select().from(person).where(eq(person.id, personId));
  if (!row) return null;
  return {
    kind: "person",
    personId: row.id,
    municipalityId,
    email: row.email,
    name: row.name,
    grants: await grantsOf(db, row.id, municipalityId),
  };
}

/** The person behind a session cookie, with their roles in the given municipality; null when expired or unknown. */
export async function actorForSession(db: Db, token: string, municipalityId: string): Promise<PersonActor | null> {
  const tokenHash = hashToken(token);
  return rememberSession(db, `${municipalityId} ${tokenHash}`, async () => {
    // One query, not three: every signed-in request asks this before anything else.
    const grants = sql<Grant[]>`coalesce((select json_agg(json_build_object('role', ${roleGrant.role}, 'organizationId', ${roleGrant.organizationId}))
      from ${roleGrant} where ${roleGrant.personId} = ${person.id} and ${roleGrant.municipalityId} = ${municipalityId}), '[]'::json)`;
    const [row] = await db
      .select({ personId: person.id, email: person.email, name: person.name, grants, expiresAt: session.expiresAt })
      .from(session)
      .innerJoin(person, eq(person.id, session.personId))
      .where(and(eq(session.tokenHash, tokenHash), gt(session.expiresAt, new Date())));
    if (!row) return null;
    const { expiresAt, ...actor } = row;
    return { actor: { kind: "person", municipalityId, ...actor }, expiresAt };
  });
}

export async function actorForApiToken(db: Db, token: string): Promise<TokenActor | null> {
  const [row] = await db
    .update(apiToken)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiToken.tokenHash, hashToken(token)), isNull(apiToken.revokedAt)))
    .returning();
  if (!row) return null;
  return { kind: "token", tokenId: row.id, municipalityId: row.municipalityId, organizationId: row.organizationId };
}
