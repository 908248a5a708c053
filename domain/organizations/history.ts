import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { apiToken, person } from "../../platform/auth/schema";
import { apiTokenIdOf } from "../../platform/audit";
import { auditEvent } from "../../platform/audit/schema";
import type { Db } from "../../platform/db/client";
import { assertCan } from "../../platform/permissions";
import { parseInput } from "../../platform/validation";
import { isUuid, pageField, readPage, type Paged } from "../administration/paging";
import type { HistoryAbout, HistoryLabels } from "./history-values";
import { MEMBER_ROLES } from "./members";
import { loadOrganization } from "./profile";
import { RESOURCE_KINDS, type LocalizedName } from "./schema";
import { listCategories, listCompetences, listDistricts, listTargetGroups } from "./vocabulary";
import { COMMAND_LINE_IMPORTER } from "./import/import";

export type HistoryEntry = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  /** The name of the API key that made the change, which says more than the key's id in `actorLabel`. */
  apiKeyName: string | null;
  /** The import tool on the command line made the change; its `actorLabel` is in bokmål whatever the reader's language. */
  byCommandLine: boolean;
  action: string;
  /** Whom or what the event concerned, for the events whose details are not a list of changes. */
  about: HistoryAbout | null;
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

/** What the use cases record in an event's details; an entry written before a field existed just lacks it. */
const aboutDetails = z.object({
  email: z.string().optional().catch(undefined),
  role: z.enum(MEMBER_ROLES).optional().catch(undefined),
  personId: z.string().optional().catch(undefined),
  name: z.string().optional().catch(undefined),
  kind: z.enum(RESOURCE_KINDS).optional().catch(undefined),
});

/** An event's subject before the person it names is looked up; a null person id is a deleted account. */
type StoredAbout = Omit<HistoryAbout, "person"> & { personId?: string | null };

/**
 * Whom or what the event concerned. Asking to take an organisation over and taking it over by invitation are
 * done by the person concerned, so for those the actor is the person.
 */
function storedAboutOf(action: string, details: Record<string, unknown>, actorId: string | null): StoredAbout | null {
  const { email, role, personId, name, kind } = aboutDetails.parse(details);
  switch (action) {
    case "organization.memberInvited":
    case "organization.invitationRevoked":
      return email && role ? { email, role } : null;
    case "organization.memberJoined":
    case "organization.memberRemoved":
    case "organization.memberLeft":
      return personId && role ? { personId, role } : null;
    case "organization.claimApproved":
    case "organization.claimRejected":
      return personId ? { personId } : null;
    case "organization.claimRequested":
    case "organization.claimByInvitation":
      return { personId: actorId };
    case "organization.resourceAdded":
    case "organization.resourceRemoved":
      return name && kind ? { resource: name, resourceKind: kind } : null;
    case "organization.resourceChanged":
      return name ? { resource: name } : null;
    default:
      return null;
  }
}

/**
 * The names of the municipality's people or API keys with these ids, in one query. A person not found is a
 * deleted account.
 */
async function namesById(db: Db, table: typeof person | typeof apiToken, municipalityId: string, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter(isUuid))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(and(eq(table.municipalityId, municipalityId), inArray(table.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.name]));
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
      .select({
        id: auditEvent.id,
        createdAt: auditEvent.createdAt,
        actorId: auditEvent.actorId,
        actorLabel: auditEvent.actorLabel,
        action: auditEvent.action,
        details: auditEvent.details,
      })
      .from(auditEvent)
      .where(where)
      .orderBy(desc(auditEvent.createdAt), desc(auditEvent.id))
      .limit(limit)
      .offset(offset),
  );
  const read = result.items.map(({ actorId, details, ...entry }) => ({
    ...entry,
    apiKeyId: apiTokenIdOf(entry.actorLabel),
    byCommandLine: entry.actorLabel === COMMAND_LINE_IMPORTER,
    stored: storedAboutOf(entry.action, details, actorId),
    changes: changesOf(details),
  }));
  const [people, apiKeys, labels] = await Promise.all([
    namesById(db, person, actor.municipalityId, read.map((e) => e.stored?.personId)),
    namesById(db, apiToken, actor.municipalityId, read.map((e) => e.apiKeyId)),
    labelsFor(db, actor.municipalityId),
  ]);
  const items = read.map(({ apiKeyId, stored, ...entry }): HistoryEntry => ({
    ...entry,
    apiKeyName: apiKeyId ? (apiKeys.get(apiKeyId) ?? null) : null,
    about: stored && aboutWithName(stored, people),
  }));
  return { ...result, items, organization: { id: org.id, name: org.name }, labels };
}

function aboutWithName({ personId, ...about }: StoredAbout, people: Map<string, string>): HistoryAbout {
  return personId === undefined ? about : { ...about, person: personId ? (people.get(personId) ?? null) : null };
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
