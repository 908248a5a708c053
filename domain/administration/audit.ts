import { and, desc, eq, gte, ilike, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { auditEvent } from "../../platform/audit/schema";
import type { Db } from "../../platform/db/client";
import { TIME_ZONE } from "../../platform/i18n/format";
import { assertCan } from "../../platform/permissions";
import { isCalendarDate, parseInput } from "../../platform/validation";
import { containsPattern, pageField, prefixPattern, readPage, searchText, type Paged } from "./paging";

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(z.string().refine(isCalendarDate, { error: "validation.date" }).optional());

export const auditFilters = z
  .object({
    q: searchText,
    actor: searchText,
    action: searchText,
    from: optionalDate,
    to: optionalDate,
    page: pageField,
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "validation.dateRangeOrder" });
    }
  });

export type AuditFilters = z.input<typeof auditFilters>;

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
};

/** Midnight at the start of a calendar day in Norwegian time, as the instant the database compares with. */
function startOfOsloDay(date: string, plusDays = 0) {
  return sql`((${date}::date + ${plusDays}::int)::timestamp at time zone ${TIME_ZONE})`;
}

/**
 * The municipality's audit log, newest first. `q` looks in the action, the record and who did it; `actor`
 * and `action` narrow further (`action` matches from the start, so "role" finds every role change);
 * `from` and `to` are whole days in Norwegian time, both included.
 */
export async function searchAuditLog(db: Db, actor: Actor, filters: AuditFilters): Promise<Paged<AuditEntryView>> {
  assertCan(actor, "audit.read");
  const f = parseInput(auditFilters, filters);
  const text = containsPattern(f.q);
  const where = and(
    eq(auditEvent.municipalityId, actor.municipalityId),
    f.q
      ? or(ilike(auditEvent.action, text), ilike(auditEvent.subjectType, text), ilike(auditEvent.subjectId, text), ilike(auditEvent.actorLabel, text))
      : undefined,
    f.actor ? ilike(auditEvent.actorLabel, containsPattern(f.actor)) : undefined,
    f.action ? ilike(auditEvent.action, prefixPattern(f.action)) : undefined,
    f.from ? gte(auditEvent.createdAt, startOfOsloDay(f.from)) : undefined,
    f.to ? lt(auditEvent.createdAt, startOfOsloDay(f.to, 1)) : undefined,
  );
  return readPage(db, auditEvent, where, f.page, (limit, offset) =>
    db
      .select({
        id: auditEvent.id,
        createdAt: auditEvent.createdAt,
        actorLabel: auditEvent.actorLabel,
        action: auditEvent.action,
        subjectType: auditEvent.subjectType,
        subjectId: auditEvent.subjectId,
        details: auditEvent.details,
      })
      .from(auditEvent)
      .where(where)
      .orderBy(desc(auditEvent.createdAt), desc(auditEvent.id))
      .limit(limit)
      .offset(offset),
  );
}
