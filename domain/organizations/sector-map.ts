import { and, asc, count, eq, exists, isNotNull, isNull, not, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { norwegianOrder } from "../../platform/db/norwegian-order";
import { assertCan } from "../../platform/permissions";
import { parseInput } from "../../platform/validation";
import { directoryFilterFields, filterConditions, findInDirectory, pageField, speaks, type DirectoryFilters } from "./directory";
import { hasAdmin } from "./has-admin";
import { offersResource } from "./resource-conditions";
import { parseResourceQuery, type ResourceQuery } from "./resource-query";
import { organization, organizationDistrict } from "./schema";

export const SECTOR_MAP_PAGE_SIZE = 50;
/** The most rows one CSV export holds; a whole municipality's sector fits many times over. */
export const EXPORT_LIMIT = 50_000;

export const SECTOR_SORTS = ["name", "members", "volunteers", "verified", "updated"] as const;
export type SectorSort = (typeof SECTOR_SORTS)[number];
export const NO_DISTRICT = "none";
export const SECTOR_STATUSES = ["verified", "unverified", "unclaimed"] as const;

const optionalCount = z.union([z.literal("").transform(() => undefined), z.coerce.number<unknown>().int().min(0).max(100_000)]).optional().catch(undefined);

export const sectorMapFields = {
  ...directoryFilterFields,
  /** "none": organisations that have not said which districts they serve (the coverage view links here). */
  district: z.union([z.uuid(), z.literal(NO_DISTRICT), z.literal("")]).catch("").default(""),
  resource: z.string().trim().max(200).catch("").default(""),
  minCapacity: optionalCount,
  minSeats: optionalCount,
  agreement: z.preprocess((v) => v === "on" || v === "true" || v === "1" || v === true, z.boolean()).default(false),
  status: z.enum(SECTOR_STATUSES).or(z.literal("")).catch("").default(""),
  sort: z.enum(SECTOR_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
};
const sectorMapInput = z.object({ ...sectorMapFields, page: pageField });
export type SectorMapFilters = Omit<z.infer<typeof sectorMapInput>, "page">;

export type SectorMapRow = {
  id: string;
  name: string;
  organizationNumber: string | null;
  email: string | null;
  phone: string | null;
  postalTown: string | null;
  memberCount: number | null;
  activeVolunteerCount: number | null;
  hasCooperationAgreement: boolean;
  source: "registered" | "imported";
  hasAdmin: boolean;
  verifiedAt: Date | null;
  updatedAt: Date;
};

export type SectorMapPage = SectorMapFilters & {
  items: SectorMapRow[];
  total: number;
  page: number;
  pageCount: number;
  /** How the "has resource" box was understood (with the number fields that refine it), so the page can say so. */
  understood: ResourceQuery;
};

/**
 * The organisations the words find, found as the public directory and the API find them (the same index, the
 * same tolerance of typos, the same filters), so a coordinator never sees more or fewer than a visitor would.
 */
async function matchingWords(db: Db, municipalityId: string, filters: DirectoryFilters): Promise<SQL> {
  const { found } = await findInDirectory(db, municipalityId, filters);
  return sql`${organization.id} = any(${sql.param(found.map((o) => o.id))}::uuid[])`;
}

/**
 * The "has resource" box and the number fields as conditions on resources. Each number field is a condition
 * of its own (premises with room for 30 and a vehicle with 8 seats may be two resources), except that it
 * refines the box when the box names the same kind: "lokale" with room for 30 is one hall for 30.
 */
function resourceQueries(f: SectorMapFilters): { understood: ResourceQuery; separate: ResourceQuery[] } {
  let understood: ResourceQuery = { ...parseResourceQuery(f.resource), ...(f.agreement && { agreement: true }) };
  const separate: ResourceQuery[] = [];
  const fields: ResourceQuery[] = [
    ...(f.minCapacity !== undefined ? [{ kind: "premises" as const, minCapacity: f.minCapacity, words: [] }] : []),
    ...(f.minSeats !== undefined ? [{ kind: "vehicle" as const, minSeats: f.minSeats, words: [] }] : []),
  ];
  for (const field of fields) {
    if (understood.kind === field.kind) understood = { ...understood, ...field, words: understood.words };
    else separate.push(field);
  }
  return { understood, separate };
}

async function sectorConditions(db: Db, municipalityId: string, f: SectorMapFilters): Promise<{ where: SQL | undefined; understood: ResourceQuery }> {
  const { understood, separate } = resourceQueries(f);
  const filters: DirectoryFilters = { ...f, district: f.district === NO_DISTRICT ? "" : f.district };
  const conditions = filterConditions(municipalityId, filters);
  if (filters.q) conditions.push(await matchingWords(db, municipalityId, filters));
  if (f.district === NO_DISTRICT) {
    conditions.push(not(exists(db.select({ one: sql`1` }).from(organizationDistrict).where(eq(organizationDistrict.organizationId, organization.id)))));
  }
  for (const asked of [understood, ...separate]) {
    const offers = offersResource(asked);
    if (offers) conditions.push(offers);
  }
  // Languages in the box are asked as well as the one in the menu: each is a language the volunteers must speak.
  for (const language of understood.languages ?? []) conditions.push(speaks(language));
  if (understood.agreement) conditions.push(eq(organization.hasCooperationAgreement, true));
  if (f.status === "verified") conditions.push(isNotNull(organization.verifiedAt));
  if (f.status === "unverified") conditions.push(isNull(organization.verifiedAt));
  if (f.status === "unclaimed") conditions.push(eq(organization.source, "imported"), not(hasAdmin()));
  return { where: and(...conditions), understood };
}

function orderOf(f: SectorMapFilters) {
  const byName = norwegianOrder(organization.name);
  const column = {
    name: byName,
    members: organization.memberCount,
    volunteers: organization.activeVolunteerCount,
    verified: organization.verifiedAt,
    updated: organization.updatedAt,
  }[f.sort];
  const nullsLast = f.dir === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  return [nullsLast, asc(byName), asc(organization.name), asc(organization.id)];
}

function selectRows(db: Db, where: SQL | undefined, f: SectorMapFilters) {
  return db
    .select({
      id: organization.id,
      name: organization.name,
      organizationNumber: organization.organizationNumber,
      email: organization.email,
      phone: organization.phone,
      postalTown: organization.postalTown,
      memberCount: organization.memberCount,
      activeVolunteerCount: organization.activeVolunteerCount,
      hasCooperationAgreement: organization.hasCooperationAgreement,
      source: organization.source,
      hasAdmin: sql<boolean>`${hasAdmin()}`,
      verifiedAt: organization.verifiedAt,
      updatedAt: organization.updatedAt,
    })
    .from(organization)
    .where(where)
    .orderBy(...orderOf(f));
}

/** The coordinator's table of the whole sector, with the directory's filters and more, 50 to a page. */
export async function searchSectorMap(db: Db, actor: Actor, input: z.input<typeof sectorMapInput>): Promise<SectorMapPage> {
  assertCan(actor, "sector.coordinate");
  const { page, ...filters } = parseInput(sectorMapInput, input);
  const { where, understood } = await sectorConditions(db, actor.municipalityId, filters);
  const [[{ total } = { total: 0 }], items] = await Promise.all([
    db.select({ total: count() }).from(organization).where(where),
    selectRows(db, where, filters)
      .limit(SECTOR_MAP_PAGE_SIZE)
      .offset((page - 1) * SECTOR_MAP_PAGE_SIZE),
  ]);
  return { ...filters, items, total, page, pageCount: Math.max(1, Math.ceil(total / SECTOR_MAP_PAGE_SIZE)), understood };
}

/** Every organisation the same filters find, in the same order, for the CSV export. */
export async function exportSectorMap(db: Db, actor: Actor, input: z.input<typeof sectorMapInput>): Promise<SectorMapRow[]> {
  assertCan(actor, "sector.coordinate");
  const filters = parseInput(sectorMapInput, input);
  const { where } = await sectorConditions(db, actor.municipalityId, filters);
  return selectRows(db, where, filters).limit(EXPORT_LIMIT);
}

export type SectorSummary = { organizations: number; unverified: number; unclaimed: number; withAgreement: number };

/** The figures on the coordinator's overview page. */
export async function getSectorSummary(db: Db, actor: Actor): Promise<SectorSummary> {
  assertCan(actor, "sector.coordinate");
  const [row] = await db
    .select({
      organizations: count(),
      unverified: sql<number>`count(*) filter (where ${organization.verifiedAt} is null)::int`,
      unclaimed: sql<number>`count(*) filter (where ${organization.source} = 'imported' and not ${hasAdmin()})::int`,
      withAgreement: sql<number>`count(*) filter (where ${organization.hasCooperationAgreement})::int`,
    })
    .from(organization)
    .where(eq(organization.municipalityId, actor.municipalityId));
  return row!;
}
