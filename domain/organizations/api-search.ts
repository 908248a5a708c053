import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { parseInput } from "../../platform/validation";
import { containsPattern } from "../administration/paging";
import { directoryFilterFields, findInDirectory } from "./directory";
import type { IndexedOrganization } from "./directory-index";
import { isEmptyResourceQuery, parseResourceQuery, type ResourceQuery } from "./resource-query";
import { competence, organization, organizationResource, type LocalizedName } from "./schema";

/** The directory's filters, plus what the organisation can offer and the page size the client wants. */
export const organizationsQuerySchema = z
  .object({
    ...directoryFilterFields,
    resource: z.string().trim().max(200).catch("").default("").describe('What the organisation can offer, in words: "minibuss", "lokale for 50", "førstehjelp".'),
    page: z.coerce.number<unknown>().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number<unknown>().int().min(1).max(100).default(20),
  })
  .meta({ id: "OrganizationQuery" });

export type OrganizationSummary = Omit<IndexedOrganization, "targetGroupIds" | "districtIds"> & { targetGroups: LocalizedName[] };

/**
 * What `resource` asks of an organisation, read the way the coordinator's "has resource" box reads it
 * (resource-query.ts): one of its resources meets every condition; a language or an agreement is asked of
 * the organisation itself.
 */
function resourceConditions(text: string): SQL[] {
  const asked: ResourceQuery = parseResourceQuery(text);
  const conditions: SQL[] = [];
  if (asked.language) conditions.push(sql`${organization.languages} @> array[${asked.language}]::text[]`);
  if (asked.agreement) conditions.push(eq(organization.hasCooperationAgreement, true));
  const r = organizationResource;
  const facts: SQL[] = [];
  if (asked.kind) facts.push(eq(r.kind, asked.kind));
  if (asked.minCapacity !== undefined) facts.push(sql`${r.capacity} >= ${asked.minCapacity}`);
  if (asked.minSeats !== undefined) facts.push(sql`${r.seats} >= ${asked.minSeats}`);
  if (asked.wheelchairAccessible) facts.push(eq(r.wheelchairAccessible, true));
  for (const word of asked.words) {
    const pattern = containsPattern(word);
    facts.push(
      or(
        sql`${r.searchVector} @@ plainto_tsquery('norwegian', ${word})`,
        ilike(r.name, pattern),
        sql`exists (select 1 from ${competence} where ${competence.id} = ${r.competenceId} and (${competence.name}->>'nb' ilike ${pattern} or ${competence.name}->>'nn' ilike ${pattern} or ${competence.name}->>'en' ilike ${pattern}))`,
      )!,
    );
  }
  if (!isEmptyResourceQuery({ ...asked, language: undefined, agreement: undefined })) {
    conditions.push(sql`exists (select 1 from ${r} where ${r.organizationId} = ${organization.id} and ${and(...facts)})`);
  }
  return conditions;
}

/** The ids of the municipality's organisations offering what `resource` asks; undefined when it asks nothing. */
async function organizationsOffering(db: Db, municipalityId: string, resource: string): Promise<Set<string> | undefined> {
  const conditions = resourceConditions(resource);
  if (!resource || !conditions.length) return undefined;
  const rows = await db
    .select({ id: organization.id })
    .from(organization)
    .where(and(eq(organization.municipalityId, municipalityId), ...conditions));
  return new Set(rows.map((r) => r.id));
}

/**
 * The API's organisation search: the public directory's search and filters (directory.ts), the resource
 * words of the sector map, and a page size the client chooses. Anyone may search.
 */
export async function searchOrganizations(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<{ items: OrganizationSummary[]; total: number; page: number; pageSize: number }> {
  const { page, pageSize, resource, ...filters } = parseInput(organizationsQuerySchema, input);
  const [{ directory, found }, offering] = await Promise.all([
    findInDirectory(db, actor.municipalityId, filters),
    organizationsOffering(db, actor.municipalityId, resource),
  ]);
  const matched = offering ? found.filter((o) => offering.has(o.id)) : found;
  const items = matched.slice((page - 1) * pageSize, page * pageSize).map(({ targetGroupIds, districtIds: _districts, ...o }) => ({
    ...o,
    targetGroups: directory.targetGroups.filter((g) => targetGroupIds.has(g.id)).map((g) => g.name),
  }));
  return { items, total: matched.length, page, pageSize };
}
