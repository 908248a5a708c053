import { asc, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { parseInput } from "../../platform/validation";
import { pageNumberField } from "../administration/paging";
import { icnpoCategory, organization, organizationCategory, organizationDistrict, organizationTargetGroup, type LocalizedName } from "./schema";
import { currentDirectory, searchTerms, type DirectoryIndex, type IndexedOrganization } from "./directory-index";
import { inCategory, tagScores } from "./directory-tags";
import { joinedNeighbours, matchTerms, type Search } from "./directory-words";
import { SPOKEN_LANGUAGE_CODES, type Category, type District, type TargetGroup } from "./vocabulary";

export const DIRECTORY_PAGE_SIZE = 20;

export const pageField = pageNumberField(10_000);
const id = z.union([z.uuid(), z.literal("")]).default("");

const SEARCH_MAX_LENGTH = 200;

/** A search longer than the field allows (a typed or pasted address) is cut to its beginning, not ignored. */
export const searchField = z
  .string()
  .transform((q) => [...q.trim()].slice(0, SEARCH_MAX_LENGTH).join("").trimEnd())
  .catch("")
  .default("");

/** The shared filters as the API reads them: a value that is not one the menus could hold is refused, naming its field. */
export const strictDirectoryFilterFields = {
  q: z.string().trim().max(SEARCH_MAX_LENGTH).default(""),
  category: z.string().trim().regex(/^\d{1,2}(\.\d{1,2})?$/).or(z.literal("")).default(""),
  targetGroup: id,
  district: id,
  language: z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/).or(z.literal("")).default(""),
};

/**
 * The filters the public directory and the coordinator's sector map read from their address: anything the
 * menus could not have sent (an old bookmark, a typed address) means no filter.
 */
export const directoryFilterFields = {
  q: searchField,
  category: strictDirectoryFilterFields.category.catch(""),
  targetGroup: id.catch(""),
  district: id.catch(""),
  language: strictDirectoryFilterFields.language.catch(""),
};
const directoryInput = z.object({ ...directoryFilterFields, page: pageField });
export type DirectoryFilters = Omit<z.infer<typeof directoryInput>, "page">;

/** The organisation's volunteers speak the language (its code, "ar"). */
export function speaks(language: string): SQL {
  return sql`${organization.languages} @> array[${language}]::text[]`;
}

/** The SQL conditions for the shared filters but the words (the directory's index finds those), inside the municipality. */
export function filterConditions(municipalityId: string, f: Omit<DirectoryFilters, "q">): SQL[] {
  const conditions: SQL[] = [eq(organization.municipalityId, municipalityId)];
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
  if (f.language) conditions.push(speaks(f.language));
  return conditions;
}

export type DirectoryItem = Pick<IndexedOrganization, "id" | "name" | "summary" | "postalTown" | "languages" | "verified" | "categories">;

export type DirectoryPage = DirectoryFilters & {
  items: DirectoryItem[];
  total: number;
  page: number;
  pageCount: number;
  /** The filter menus, from the same load of the directory as the results. */
  choices: DirectoryChoices;
};

function passesFilters(o: IndexedOrganization, f: DirectoryFilters): boolean {
  if (f.category && !inCategory(o.categories, f.category)) return false;
  if (f.targetGroup && !o.targetGroupIds.has(f.targetGroup)) return false;
  if (f.district && !o.districtIds.has(f.district)) return false;
  return !f.language || o.languages.includes(f.language);
}

/** The better score of each entry in any of the maps. */
function best(found: Map<number, number>[]): Map<number, number> {
  const result = new Map<number, number>();
  for (const scores of found) for (const [entry, score] of scores) if (score > (result.get(entry) ?? 0)) result.set(entry, score);
  return result;
}

/**
 * The organisations matching the words, best first. Words similar to the typed ones ("Frivilighetsentral"),
 * and two typed words as one compound ("idretts lag"), are tried only when the words themselves find less
 * than a page, so a guess never crowds out real matches. Nine digits find the organisation with that
 * organisasjonsnummer.
 */
async function matching(db: Db, directory: DirectoryIndex, filters: DirectoryFilters): Promise<IndexedOrganization[]> {
  const all = directory.organizations;
  if (!filters.q) return all.filter((o) => passesFilters(o, filters));
  const digits = filters.q.replace(/\s/g, "");
  if (/^\d{9}$/.test(digits)) return all.filter((o) => o.organizationNumber === digits && passesFilters(o, filters));
  const { entries, rank } = directory;
  const searchFor = async (q: string): Promise<Search> => ({ ...(await searchTerms(db, q)), optional: directory.tags.fillers });
  const scored = (s: Search, fuzzy: boolean) =>
    matchTerms(directory.words, s, fuzzy, (term, fuzzyTag, typedFolded) => tagScores(directory.tags, entries, term, fuzzyTag, typedFolded));
  const ranked = (found: Map<number, number>) =>
    [...found]
      .filter(([entry]) => passesFilters(entries[entry]!, filters))
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || rank[a]! - rank[b]!)
      .map(([entry]) => entries[entry]!);
  const search = await searchFor(filters.q);
  const found = ranked(scored(search, false));
  if (found.length >= DIRECTORY_PAGE_SIZE) return found;
  const compounds = await Promise.all(joinedNeighbours(filters.q).map(searchFor));
  return ranked(best([scored(search, true), ...compounds.map((s) => scored(s, false))]));
}

const REMEMBERED_RESULTS = 500;

/** The municipality's organisations matching the filters, best first, and the directory they come from. */
export async function findInDirectory(db: Db, municipalityId: string, filters: DirectoryFilters) {
  const directory = await currentDirectory(db, municipalityId);
  const key = JSON.stringify([filters.q, filters.category, filters.targetGroup, filters.district, filters.language]);
  let found = directory.results.get(key);
  if (!found) {
    found = await matching(db, directory, filters);
    if (directory.results.size >= REMEMBERED_RESULTS) directory.results.delete(directory.results.keys().next().value!);
    directory.results.set(key, found);
  }
  return { directory, found };
}

/**
 * The public directory: anyone may search it, in the municipality the request is for. Unverified
 * organisations are listed too, marked as not yet verified: imported ones come from the public registers,
 * and hiding the newly registered would hide most of the sector until the coordinator has caught up.
 */
export async function searchDirectory(db: Db, actor: Actor, input: z.input<typeof directoryInput>): Promise<DirectoryPage> {
  const { page, ...filters } = parseInput(directoryInput, input);
  const { directory, found } = await findInDirectory(db, actor.municipalityId, filters);
  const items = found
    .slice((page - 1) * DIRECTORY_PAGE_SIZE, page * DIRECTORY_PAGE_SIZE)
    .map(({ id, name, summary, postalTown, languages, verified, categories }) => ({ id, name, summary, postalTown, languages, verified, categories }));
  const pageCount = Math.max(1, Math.ceil(found.length / DIRECTORY_PAGE_SIZE));
  return { ...filters, items, total: found.length, page, pageCount, choices: choicesIn(directory) };
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
  return choicesIn(await currentDirectory(db, actor.municipalityId));
}

function choicesIn({ categories, targetGroups, districts }: DirectoryIndex): DirectoryChoices {
  return { categories, targetGroups, districts, languages: [...SPOKEN_LANGUAGE_CODES] };
}
