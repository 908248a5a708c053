import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { auditEvent } from "../../platform/audit/schema";
import type { Db } from "../../platform/db/client";
import { assertCan } from "../../platform/permissions";
import { parseInput } from "../../platform/validation";
import { pageField, readPage, type Paged } from "../administration/paging";
import type { HistoryLabels } from "./history-values";
import { loadOrganization } from "./profile";
import type { LocalizedName } from "./schema";
import { listCategories, listCompetences, listDistricts, listTargetGroups } from "./vocabulary";

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
): Promise<Paged<HistoryEntry> & { organization: { id: string; name: string }; labels: HistoryLabels }> {
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
  const items = result.items.map(({ details, ...entry }) => ({ ...entry, changes: changesOf(details) }));
  return { ...result, items, organization: { id: org.id, name: org.name }, labels: await labelsFor(db, actor.municipalityId) };
}

/** Names for the category codes and the target group, district and competence ids the changes mention, by field. */
async function labelsFor(db: Db, municipalityId: string): Promise<HistoryLabels> {
  const [categories, groups, districts, competences] = await Promise.all([
    listCategories(db),
    listTargetGroups(db, municipalityId),
    listDistricts(db, municipalityId),
    listCompetences(db, municipalityId),
  ]);
  const byKey = <T>(rows: T[], key: (row: T) => string, name: (row: T) => LocalizedName) => Object.fromEntries(rows.map((row) => [key(row), name(row)]));
  return {
    categoryCodes: byKey(categories, (c) => c.code, (c) => c.name),
    targetGroupIds: byKey(groups, (g) => g.id, (g) => g.name),
    districtIds: byKey(districts, (d) => d.id, (d) => ({ nb: d.name, nn: d.name, en: d.name })),
    competenceId: byKey(competences, (c) => c.id, (c) => c.name),
  };
}
