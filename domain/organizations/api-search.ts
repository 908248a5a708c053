import { and, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { parseInput } from "../../platform/validation";
import { findInDirectory, speaks, strictDirectoryFilterFields } from "./directory";
import type { IndexedOrganization } from "./directory-index";
import { offersResource } from "./resource-conditions";
import { parseResourceQuery, type ResourceQuery } from "./resource-query";
import { organization, type LocalizedName } from "./schema";
import { queryNumberField } from "./validation";

/** The directory's filters, plus what the organisation can offer and the page size the client wants. */
export const organizationsQuerySchema = z
  .object({
    ...strictDirectoryFilterFields,
    resource: z.string().trim().max(200).default("").describe('What the organisation can offer, in words: "minibuss", "lokale for 50", "førstehjelp".'),
    page: queryNumberField(10_000, 1),
    pageSize: queryNumberField(100, 20),
  })
  .meta({ id: "OrganizationQuery" });

export type OrganizationSummary = Omit<IndexedOrganization, "targetGroupIds" | "districtIds" | "summary"> & { targetGroups: LocalizedName[] };

/**
 * What `resource` asks of an organisation, read the way the coordinator's "has resource" box reads it
 * (resource-query.ts): one of its resources offers it; a language or an agreement is asked of the organisation itself.
 */
function resourceConditions(text: string): SQL[] {
  const asked: ResourceQuery = parseResourceQuery(text);
  const conditions: SQL[] = [];
  for (const language of asked.languages ?? []) conditions.push(speaks(language));
  if (asked.agreement) conditions.push(eq(organization.hasCooperationAgreement, true));
  const offers = offersResource(asked);
  if (offers) conditions.push(offers);
  return conditions;
}

/**
 * The ids of the municipality's organisations offering what `resource` asks; undefined when it is empty. Words
 * that ask nothing ("og", "for") are offered by nobody: a client asking for them must not get everyone.
 */
async function organizationsOffering(db: Db, municipalityId: string, resource: string): Promise<Set<string> | undefined> {
  if (!resource) return undefined;
  const conditions = resourceConditions(resource);
  if (!conditions.length) return new Set();
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
  const items = matched.slice((page - 1) * pageSize, page * pageSize).map(({ targetGroupIds, districtIds: _districts, summary: _summary, ...o }) => ({
    ...o,
    targetGroups: directory.targetGroups.filter((g) => targetGroupIds.has(g.id)).map((g) => g.name),
  }));
  return { items, total: matched.length, page, pageSize };
}
