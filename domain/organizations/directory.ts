import { and, asc, count, desc, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { parseInput } from "../../platform/validation";
import { icnpoCategory, organization, organizationCategory, organizationDistrict, organizationTargetGroup, type LocalizedName } from "./schema";
import { listCategories, listDistricts, listTargetGroups, SPOKEN_LANGUAGE_CODES, type Category, type District, type TargetGroup } from "./vocabulary";

export const DIRECTORY_PAGE_SIZE = 20;
/** Counting stops here: a broad word can match thousands, and counting them all costs more than the page itself. */
export const COUNT_LIMIT = 1000;

/** A page number from a query string: anything that is not a positive whole number means the first page. */
export const pageField = z.coerce.number<unknown>().int().min(1).max(10_000).catch(1).default(1);
const text = (max: number) => z.string().trim().max(max).catch("").default("");
/** An id from a filter menu; anything else (an old bookmark, a typed address) means no filter. */
const optionalId = z.union([z.uuid(), z.literal("")]).catch("").default("");

/** The filters the public directory, the coordinator's sector map and the API share. */
export const directoryFilterFields = {
  q: text(200),
  category: z.string().trim().regex(/^\d{1,2}(\.\d{1,2})?$/).or(z.literal("")).catch("").default(""),
  targetGroup: optionalId,
  district: optionalId,
  language: z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/).or(z.literal("")).catch("").default(""),
};
const directoryInput = z.object({ ...directoryFilterFields, page: pageField });
export type DirectoryFilters = Omit<z.infer<typeof directoryInput>, "page">;

/**
 * Words as the Norwegian full-text index reads them ("eldres" finds "eldre"), or names that look like the
 * words (trigram similarity, so "Frivilighetsentral" finds "Frivilligsentralen"). Each of the three is
 * its own index scan, each inside the municipality: written as one OR, the planner filters the whole
 * municipality row by row instead.
 */
export function matchesWords(municipalityId: string, q: string): SQL {
  const here = sql`${organization.municipalityId} = ${municipalityId}`;
  return sql`${organization.id} in (
    select ${organization.id} from ${organization} where ${here} and ${organization.searchVector} @@ websearch_to_tsquery('norwegian', ${q})
    union all select ${organization.id} from ${organization} where ${here} and ${organization.name} % ${q}
    union all select ${organization.id} from ${organization} where ${here} and ${q} <% ${organization.name})`;
}

function matchesText(q: string): SQL {
  return sql`${organization.searchVector} @@ websearch_to_tsquery('norwegian', ${q})`;
}

function textRank(q: string): SQL<number> {
  return sql<number>`ts_rank(${organization.searchVector}, websearch_to_tsquery('norwegian', ${q}))`;
}

/** How well an organisation matches the words: full-text rank plus how alike the name is. */
export function wordRank(q: string): SQL<number> {
  return sql<number>`(ts_rank(${organization.searchVector}, websearch_to_tsquery('norwegian', ${q})) + greatest(similarity(${organization.name}, ${q}), word_similarity(${q}, ${organization.name})))`;
}

/** The SQL conditions for the shared filters, always inside the actor's municipality. */
export function filterConditions(municipalityId: string, f: DirectoryFilters): SQL[] {
  const conditions: SQL[] = [eq(organization.municipalityId, municipalityId)];
  if (f.q) conditions.push(matchesWords(municipalityId, f.q));
  if (f.category) {
    // A main category ("1") includes its subcategories ("1.2").
    const code = or(eq(organizationCategory.categoryCode, f.category), sql`${organizationCategory.categoryCode} like ${`${f.category}.%`}`);
    conditions.push(exists(sql`(select 1 from ${organizationCategory} where ${organizationCategory.organizationId} = ${organization.id} and ${code})`));
  }
  if (f.targetGroup) {
    conditions.push(
      exists(
        sql`(select 1 from ${organizationTargetGroup} where ${organizationTargetGroup.organizationId} = ${organization.id} and ${organizationTargetGroup.targetGroupId} = ${f.targetGroup})`,
      ),
    );
  }
  if (f.district) {
    conditions.push(
      exists(
        sql`(select 1 from ${organizationDistrict} where ${organizationDistrict.organizationId} = ${organization.id} and ${organizationDistrict.districtId} = ${f.district})`,
      ),
    );
  }
  if (f.language) conditions.push(sql`${organization.languages} @> array[${f.language}]::text[]`);
  return conditions;
}

export type DirectoryItem = {
  id: string;
  name: string;
  shortDescription: string;
  postalTown: string | null;
  languages: string[];
  verified: boolean;
  categories: { code: string; name: LocalizedName }[];
};

export type DirectoryPage = DirectoryFilters & {
  items: DirectoryItem[];
  /** At most COUNT_LIMIT; `more` says there are more than that. */
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
};

/**
 * The public directory: anyone may search it, in the municipality the request is for. Unverified
 * organisations are listed too, marked as not yet verified: imported ones come from the public registers,
 * and hiding the newly registered would hide most of the sector until the coordinator has caught up.
 */
export async function searchDirectory(db: Db, actor: Actor, input: z.input<typeof directoryInput>): Promise<DirectoryPage> {
  const { page, ...filters } = parseInput(directoryInput, input);
  const { where, order, total } = await chooseMatching(db, actor.municipalityId, filters);
  const rows = await db
    .select({
      id: organization.id,
      name: organization.name,
      shortDescription: organization.shortDescription,
      postalTown: organization.postalTown,
      languages: organization.languages,
      verifiedAt: organization.verifiedAt,
    })
    .from(organization)
    .where(where)
    .orderBy(...order)
    .limit(DIRECTORY_PAGE_SIZE)
    .offset((page - 1) * DIRECTORY_PAGE_SIZE);
  const categories = await categoriesOf(db, rows.map((r) => r.id));
  const items = rows.map(({ verifiedAt, ...r }) => ({ ...r, verified: verifiedAt !== null, categories: categories.get(r.id) ?? [] }));
  const counted = Math.min(total, COUNT_LIMIT);
  return { ...filters, items, total: counted, more: total > COUNT_LIMIT, page, pageCount: Math.max(1, Math.ceil(counted / DIRECTORY_PAGE_SIZE)) };
}

async function countUpTo(db: Db, where: SQL | undefined): Promise<number> {
  const matches = db.select({ one: sql`1` }).from(organization).where(where).limit(COUNT_LIMIT + 1);
  const [row] = await db.select({ total: count() }).from(matches.as("matches"));
  return row?.total ?? 0;
}

/**
 * Names that only look like the words are searched for when the words themselves find less than a page:
 * the trigram scan and its similarity ranking are the slowest part of a search, and a full page of real
 * matches needs no guesses.
 */
async function chooseMatching(db: Db, municipalityId: string, filters: DirectoryFilters) {
  const byName = [asc(organization.name), asc(organization.id)];
  if (!filters.q) {
    const where = and(...filterConditions(municipalityId, filters));
    return { where, order: byName, total: await countUpTo(db, where) };
  }
  const others = filterConditions(municipalityId, { ...filters, q: "" });
  const byWords = and(...others, matchesText(filters.q));
  const wordsTotal = await countUpTo(db, byWords);
  if (wordsTotal >= DIRECTORY_PAGE_SIZE) return { where: byWords, order: [desc(textRank(filters.q)), ...byName], total: wordsTotal };
  const where = and(...others, matchesWords(municipalityId, filters.q));
  return { where, order: [desc(wordRank(filters.q)), ...byName], total: await countUpTo(db, where) };
}

export async function categoriesOf(db: Db, organizationIds: string[]): Promise<Map<string, { code: string; name: LocalizedName }[]>> {
  const result = new Map<string, { code: string; name: LocalizedName }[]>();
  if (!organizationIds.length) return result;
  const rows = await db
    .select({ organizationId: organizationCategory.organizationId, code: icnpoCategory.code, name: icnpoCategory.name })
    .from(organizationCategory)
    .innerJoin(icnpoCategory, eq(icnpoCategory.code, organizationCategory.categoryCode))
    .where(inArray(organizationCategory.organizationId, organizationIds))
    .orderBy(asc(icnpoCategory.position), asc(icnpoCategory.code));
  for (const { organizationId, ...category } of rows) {
    if (!result.has(organizationId)) result.set(organizationId, []);
    result.get(organizationId)!.push(category);
  }
  return result;
}

export type DirectoryChoices = { categories: Category[]; targetGroups: TargetGroup[]; districts: District[]; languages: string[] };

/**
 * What the directory's filter menus offer: the vocabularies, and the languages the profile form offers
 * (a fixed list: collecting the languages in use would read every organisation on every page view).
 */
export async function directoryChoices(db: Db, actor: Actor): Promise<DirectoryChoices> {
  const municipalityId = actor.municipalityId;
  const [categories, targetGroups, districts] = await Promise.all([listCategories(db), listTargetGroups(db, municipalityId), listDistricts(db, municipalityId)]);
  return { categories, targetGroups, districts, languages: [...SPOKEN_LANGUAGE_CODES] };
}
