import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { parseInput } from "../../platform/validation";
import { containsPattern } from "../administration/paging";
import { categoriesOf, directoryFilterFields, filterConditions, wordRank } from "./directory";
import { isEmptyResourceQuery, parseResourceQuery, type ResourceQuery } from "./resource-query";
import { competence, organization, organizationResource, organizationTargetGroup, targetGroup, type LocalizedName } from "./schema";

/** The directory's filters, plus what the organisation can offer and the page size the client wants. */
export const organizationsQuerySchema = z
  .object({
    ...directoryFilterFields,
    resource: z.string().trim().max(200).catch("").default("").describe('What the organisation can offer, in words: "minibuss", "lokale for 50", "førstehjelp".'),
    page: z.coerce.number<unknown>().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number<unknown>().int().min(1).max(100).default(20),
  })
  .meta({ id: "OrganizationQuery" });

export type OrganizationSummary = {
  id: string;
  name: string;
  organizationNumber: string | null;
  shortDescription: string;
  postalTown: string | null;
  languages: string[];
  verified: boolean;
  categories: { code: string; name: LocalizedName }[];
  targetGroups: LocalizedName[];
};

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

async function targetGroupsOf(db: Db, organizationIds: string[]): Promise<Map<string, LocalizedName[]>> {
  const result = new Map<string, LocalizedName[]>();
  if (!organizationIds.length) return result;
  const rows = await db
    .select({ organizationId: organizationTargetGroup.organizationId, name: targetGroup.name })
    .from(organizationTargetGroup)
    .innerJoin(targetGroup, eq(targetGroup.id, organizationTargetGroup.targetGroupId))
    .where(inArray(organizationTargetGroup.organizationId, organizationIds))
    .orderBy(asc(targetGroup.position), asc(targetGroup.code));
  for (const { organizationId, name } of rows) result.set(organizationId, [...(result.get(organizationId) ?? []), name]);
  return result;
}

/**
 * The API's organisation search: the public directory's filters and ranking (directory.ts), the
 * resource words of the sector map, and a page size the client chooses. Anyone may search.
 */
export async function searchOrganizations(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<{ items: OrganizationSummary[]; total: number; page: number; pageSize: number }> {
  const { page, pageSize, resource, ...filters } = parseInput(organizationsQuerySchema, input);
  const where = and(...filterConditions(actor.municipalityId, filters), ...resourceConditions(resource));
  const order = filters.q ? [desc(wordRank(filters.q)), asc(organization.name), asc(organization.id)] : [asc(organization.name), asc(organization.id)];
  const [[{ total } = { total: 0 }], rows] = await Promise.all([
    db.select({ total: count() }).from(organization).where(where),
    db
      .select({
        id: organization.id,
        name: organization.name,
        organizationNumber: organization.organizationNumber,
        shortDescription: organization.shortDescription,
        postalTown: organization.postalTown,
        languages: organization.languages,
        verifiedAt: organization.verifiedAt,
      })
      .from(organization)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
  ]);
  const ids = rows.map((r) => r.id);
  const [categories, groups] = await Promise.all([categoriesOf(db, ids), targetGroupsOf(db, ids)]);
  const items = rows.map(({ verifiedAt, ...r }) => ({
    ...r,
    verified: verifiedAt !== null,
    categories: categories.get(r.id) ?? [],
    targetGroups: groups.get(r.id) ?? [],
  }));
  return { items, total, page, pageSize };
}
