import { and, count, eq, isNull } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor";
import { apiToken, person } from "../../platform/auth/schema";
import type { Db } from "../../platform/db/client";
import { outboxMessage } from "../../platform/notifications/schema";
import { assertCan } from "../../platform/permissions";
import { roleGrant } from "../../platform/permissions/schema";
import { visibleTo } from "./outbox";

export type AdminOverview = { people: number; admins: number; outboxPending: number; outboxKept: number; activeApiTokens: number };

async function countOf(query: Promise<{ n: number }[]>): Promise<number> {
  const [row] = await query;
  return row?.n ?? 0;
}

/** The figures on the administration front page, so the admin sees at a glance what may need attention. */
export async function getAdminOverview(db: Db, actor: Actor): Promise<AdminOverview> {
  assertCan(actor, "roles.manage");
  const m = actor.municipalityId;
  const [people, admins, outboxPending, outboxKept, activeApiTokens] = await Promise.all([
    countOf(db.select({ n: count() }).from(person).where(eq(person.municipalityId, m))),
    countOf(
      db
        .select({ n: count() })
        .from(roleGrant)
        .where(and(eq(roleGrant.municipalityId, m), eq(roleGrant.role, "admin"), isNull(roleGrant.organizationId))),
    ),
    countOf(db.select({ n: count() }).from(outboxMessage).where(and(visibleTo(m), eq(outboxMessage.status, "pending")))),
    countOf(db.select({ n: count() }).from(outboxMessage).where(and(visibleTo(m), eq(outboxMessage.status, "kept")))),
    countOf(db.select({ n: count() }).from(apiToken).where(and(eq(apiToken.municipalityId, m), isNull(apiToken.revokedAt)))),
  ]);
  return { people, admins, outboxPending, outboxKept, activeApiTokens };
}
