import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { auditEvent } from "../../platform/audit/schema";
import type { Db } from "../../platform/db/client";
import { assertCan } from "../../platform/permissions";
import { parseInput } from "../../platform/validation";
import { pageField, readPage, type Paged } from "../administration/paging";
import { loadOrganization } from "./profile";

export type HistoryEntry = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  action: string;
  changes: { field: string; from: unknown; to: unknown }[];
};

const historyInput = z.object({ id: z.string(), page: pageField });

function changesOf(details: Record<string, unknown>): HistoryEntry["changes"] {
  const changes = details.changes;
  if (!changes || typeof changes !== "object") return [];
  return Object.entries(changes as Record<string, unknown>)
    .filter((entry): entry is [string, [unknown, unknown]] => Array.isArray(entry[1]) && entry[1].length === 2)
    .map(([field, [from, to]]) => ({ field, from, to }));
}

/** What was changed on the organisation, by whom and when, newest first: for the coordinator and the organisation's admins. */
export async function listOrganizationHistory(
  db: Db,
  actor: Actor,
  input: { id: string; page?: unknown },
): Promise<Paged<HistoryEntry> & { organization: { id: string; name: string } }> {
  const { id, page } = parseInput(historyInput, input);
  const org = await loadOrganization(db, actor.municipalityId, id);
  assertCan(actor, "organization.viewHistory", { organizationId: org.id });
  const where = and(eq(auditEvent.subjectType, "organization"), eq(auditEvent.subjectId, org.id), eq(auditEvent.municipalityId, actor.municipalityId));
  const result = await readPage(db, auditEvent, where, page, (limit, offset) =>
    db
      .select({ id: auditEvent.id, createdAt: auditEvent.createdAt, actorLabel: auditEvent.actorLabel, action: auditEvent.action, details: auditEvent.details })
      .from(auditEvent)
      .where(where)
      .orderBy(desc(auditEvent.createdAt), desc(auditEvent.id))
      .limit(limit)
      .offset(offset),
  );
  return {
    ...result,
    items: result.items.map(({ details, ...entry }) => ({ ...entry, changes: changesOf(details) })),
    organization: { id: org.id, name: org.name },
  };
}
