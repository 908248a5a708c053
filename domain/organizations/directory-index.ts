import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { correlated } from "../../platform/db/correlated";
import { listenForChanges, type Listening } from "../../platform/db/listen";
import { loadTagWords, type TagWords } from "./directory-tags";
import { addDocument, buildWordIndex, fold, parseTsvector, removeDocument, type Search, type WordIndex } from "./directory-words";
import {
  directoryChange,
  directoryVersion,
  organization,
  organizationCategory,
  organizationDistrict,
  organizationResource,
  organizationTargetGroup,
  type LocalizedName,
} from "./schema";
import { listCategories, listCompetences, listDistricts, listTargetGroups, type Category, type Competence, type District, type TargetGroup } from "./vocabulary";

export type IndexedOrganization = {
  id: string;
  name: string;
  organizationNumber: string | null;
  shortDescription: string;
  /** What the directory's card says of it: the short description, else the beginning of the description. */
  summary: string;
  postalTown: string | null;
  languages: string[];
  verified: boolean;
  categories: { code: string; name: LocalizedName }[];
  targetGroupIds: Set<string>;
  districtIds: Set<string>;
  competenceIds: Set<string>;
};

/**
 * One municipality's directory held in memory: the public search asks it instead of the database, so a
 * search costs a fraction of a millisecond however many organisations there are and whatever the typos.
 * `organizations` is sorted by name. Each organisation has an entry, the number the word index knows it
 * by; a changed organisation gets a new entry and leaves its old one empty, so a change touches only its
 * own words. `version` is the directory_version it holds.
 */
export type DirectoryIndex = {
  version: number;
  organizations: IndexedOrganization[];
  /** By entry: the organisation, and its place in `organizations` (which ranks equal scores). */
  entries: (IndexedOrganization | undefined)[];
  rank: number[];
  entryOf: Map<string, number>;
  words: WordIndex;
  /** The vocabulary's names in every language, to find organisations by their categories, target groups, districts and competences. */
  tags: TagWords;
  categories: Category[];
  targetGroups: TargetGroup[];
  districts: District[];
  competences: Competence[];
  /** Recent searches' results, by their filters: they hold until the directory changes. */
  results: Map<string, IndexedOrganization[]>;
};

/** Changed organisations beyond this many are read again with the whole directory, not one by one. */
const MOST_PATCHED = 200;

/** `changed` is set by the embedded database's notice that the municipality's directory changed. */
type Slot = { index?: DirectoryIndex; loading?: Promise<DirectoryIndex>; changed: boolean };
/** `listening` tells whether the database's notices of changes can be trusted now (decisions 8 and 9). */
type Watch = { slots: Map<string, Slot>; listening: Promise<Listening | null> };
const watches = new WeakMap<Db, Watch>();

function watchOf(db: Db): Watch {
  let watch = watches.get(db);
  if (!watch) {
    const slots = new Map<string, Slot>();
    const listening = listenForChanges(
      db,
      "directory_changed",
      (municipalityId) => {
        const slot = slots.get(municipalityId);
        if (slot) slot.changed = true;
      },
      () => slots.forEach((slot) => (slot.changed = true)),
    );
    watches.set(db, (watch = { slots, listening }));
  }
  return watch;
}

async function trustsNotices(watch: Watch): Promise<boolean> {
  const listening = await watch.listening;
  return listening !== null && (await listening.upToDate());
}

function slotIn(watch: Watch, municipalityId: string): Slot {
  let slot = watch.slots.get(municipalityId);
  if (!slot) watch.slots.set(municipalityId, (slot = { changed: false }));
  return slot;
}

async function readVersion(db: Db, municipalityId: string): Promise<number> {
  const [row] = await db.select({ version: directoryVersion.version }).from(directoryVersion).where(eq(directoryVersion.municipalityId, municipalityId));
  return row?.version ?? 0;
}

const collator = new Intl.Collator("nb");
const byName = (a: IndexedOrganization, b: IndexedOrganization) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

type Vocabularies = Pick<DirectoryIndex, "categories" | "targetGroups" | "districts" | "competences">;

/** The most characters of a description the directory's card shows when there is no short description. */
export const SUMMARY_LENGTH = 200;

/** An imported organisation often has only the purpose from its articles: its beginning, cut between words. */
export function summaryOf(shortDescription: string, descriptionStart: string): string {
  if (shortDescription) return shortDescription;
  if (descriptionStart.length <= SUMMARY_LENGTH) return descriptionStart;
  const cut = descriptionStart.slice(0, SUMMARY_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trimEnd()} …`;
}

/** The municipality's organisations as the directory holds them, with their words; only `ids` when given. */
async function readOrganizations(db: Db, municipalityId: string, { categories }: Vocabularies, ids?: string[]) {
  const rows = await db
    .select({
      id: organization.id,
      name: organization.name,
      organizationNumber: organization.organizationNumber,
      shortDescription: organization.shortDescription,
      descriptionStart: sql<string>`left(${organization.description}, ${SUMMARY_LENGTH + 1})`,
      postalTown: organization.postalTown,
      languages: organization.languages,
      verified: sql<boolean>`${organization.verifiedAt} is not null`,
      words: sql<string>`${organization.searchVector}::text`,
      // One row per organisation with its links as arrays: far fewer rows to read than three link tables.
      categoryCodes: correlated(sql<string[]>`array(select ${organizationCategory.categoryCode} from ${organizationCategory} where ${organizationCategory.organizationId} = ${organization.id})`),
      targetGroupIds: correlated(sql<string[]>`array(select ${organizationTargetGroup.targetGroupId} from ${organizationTargetGroup} where ${organizationTargetGroup.organizationId} = ${organization.id})`),
      districtIds: correlated(sql<string[]>`array(select ${organizationDistrict.districtId} from ${organizationDistrict} where ${organizationDistrict.organizationId} = ${organization.id})`),
      competenceIds: correlated(
        sql<string[]>`array(select distinct ${organizationResource.competenceId} from ${organizationResource} where ${organizationResource.organizationId} = ${organization.id} and ${organizationResource.competenceId} is not null)`,
      ),
    })
    .from(organization)
    .where(and(eq(organization.municipalityId, municipalityId), ids && inArray(organization.id, ids)));
  const categoryOrder = new Map(categories.map((c, i) => [c.code, i]));
  return rows.map(({ words, categoryCodes, targetGroupIds, districtIds, competenceIds, descriptionStart, ...row }) => ({
    organization: {
      ...row,
      summary: summaryOf(row.shortDescription, descriptionStart),
      categories: categoryCodes
        .sort((a, b) => categoryOrder.get(a)! - categoryOrder.get(b)!)
        .map((code) => ({ code, name: categories[categoryOrder.get(code)!]!.name })),
      targetGroupIds: new Set(targetGroupIds),
      districtIds: new Set(districtIds),
      competenceIds: new Set(competenceIds),
    },
    document: parseTsvector(words),
  }));
}

function rankByName(index: DirectoryIndex): void {
  index.organizations.forEach((o, position) => (index.rank[index.entryOf.get(o.id)!] = position));
}

/** Reads the version first: a change committed while the rows are read makes the next search load again. */
async function loadIndex(db: Db, municipalityId: string): Promise<DirectoryIndex> {
  const version = await readVersion(db, municipalityId);
  const [categories, targetGroups, districts, competences] = await Promise.all([
    listCategories(db),
    listTargetGroups(db, municipalityId),
    listDistricts(db, municipalityId),
    listCompetences(db, municipalityId),
  ]);
  const vocabularies = { categories, targetGroups, districts, competences };
  const [rows, tags] = await Promise.all([readOrganizations(db, municipalityId, vocabularies), loadTagWords(db, vocabularies)]);
  rows.sort((a, b) => byName(a.organization, b.organization));
  const entries = rows.map((row) => row.organization);
  const index: DirectoryIndex = {
    version,
    organizations: [...entries],
    entries,
    rank: [],
    entryOf: new Map(entries.map((o, entry) => [o.id, entry])),
    words: buildWordIndex(rows.map((row) => row.document)),
    tags,
    ...vocabularies,
    results: new Map(),
  };
  rankByName(index);
  return index;
}

type Changes = { organizationIds: Set<string>; version: number };

/**
 * The organisations changed since `version`, from the change log, and the version they bring the directory
 * to; undefined when the log cannot name them all (a vocabulary changed, a statement changed many, too many
 * changes, or changes older than the log keeps).
 */
async function changesSince(db: Db, municipalityId: string, version: number): Promise<Changes | undefined> {
  const rows = await db
    .select({ version: directoryChange.version, organizationId: directoryChange.organizationId })
    .from(directoryChange)
    .where(and(eq(directoryChange.municipalityId, municipalityId), gt(directoryChange.version, version)))
    .orderBy(asc(directoryChange.version))
    .limit(MOST_PATCHED + 1);
  const last = rows.at(-1)?.version;
  if (last === undefined || rows.length > MOST_PATCHED || rows.some((row) => row.organizationId === null)) return undefined;
  // Every version in between must be in the log, or changes are missing.
  if (new Set(rows.map((row) => row.version)).size !== last - version) return undefined;
  return { organizationIds: new Set(rows.map((row) => row.organizationId!)), version: last };
}

/** Reads the changed organisations again and puts them in place of what the index had of them. */
async function patchIndex(db: Db, municipalityId: string, index: DirectoryIndex, { organizationIds: ids, version }: Changes): Promise<DirectoryIndex> {
  const rows = await readOrganizations(db, municipalityId, index, [...ids]);
  for (const id of ids) {
    const entry = index.entryOf.get(id);
    if (entry === undefined) continue;
    removeDocument(index.words, entry);
    index.entries[entry] = undefined;
    index.entryOf.delete(id);
  }
  const kept = index.organizations.filter((o) => !ids.has(o.id));
  for (const { organization: changed, document } of rows) {
    const entry = index.entries.push(changed) - 1;
    index.entryOf.set(changed.id, entry);
    addDocument(index.words, entry, document);
    kept.splice(placeFor(changed, kept), 0, changed);
  }
  index.organizations = kept;
  index.version = version;
  rankByName(index);
  index.results.clear();
  return index;
}

/**
 * The directory brought up to date: only the organisations the change log names when it can, else all of
 * it. Holes left by changed organisations are swept out by reading everything once they outnumber them.
 */
async function refreshIndex(db: Db, municipalityId: string, index: DirectoryIndex | undefined): Promise<DirectoryIndex> {
  if (index && index.entries.length < 2 * index.organizations.length + MOST_PATCHED) {
    const changes = await changesSince(db, municipalityId, index.version);
    if (changes) return patchIndex(db, municipalityId, index, changes);
  }
  return loadIndex(db, municipalityId);
}

/** Where `o` goes in the list sorted by name. */
function placeFor(o: IndexedOrganization, sorted: IndexedOrganization[]): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byName(sorted[middle]!, o) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The municipality's directory as the database has it now. Triggers raise directory_version with every
 * change and notify every server; while this one hears them, a search reads nothing until a notice comes.
 * Then, or while it cannot listen, one small read of the version tells whether anything changed since the
 * directory was loaded, and one refresh serves every request waiting for it.
 */
export async function currentDirectory(db: Db, municipalityId: string): Promise<DirectoryIndex> {
  const watch = watchOf(db);
  const slot = slotIn(watch, municipalityId);
  if ((await trustsNotices(watch)) && slot.index && !slot.changed) return slot.index;
  // Cleared before the read: a notice after it marks the slot changed again.
  slot.changed = false;
  const version = await readVersion(db, municipalityId);
  for (;;) {
    if (slot.index && slot.index.version >= version) return slot.index;
    slot.loading ??= refreshIndex(db, municipalityId, slot.index)
      .then((index) => (slot.index = index))
      .finally(() => (slot.loading = undefined));
    const loaded = await slot.loading;
    if (loaded.version >= version) return loaded;
  }
}

const TERM_CACHE_SIZE = 5_000;
type Terms = Required<Pick<Search, "terms" | "folded">>;
const termCache = new Map<string, Terms>();

/**
 * The Norwegian lexemes of what someone typed, as the stored search vectors have them ("eldres" → "eldr"),
 * in the order they were typed, and each one's lexeme when the words are folded first ("kafé" → "kaf", as
 * "kafe"), paired by the word's position. A word whose folded spelling is a stop word ("fôr" as "for") has
 * no such lexeme and is folded as it stands.
 */
export async function searchTerms(db: Db, q: string): Promise<Terms> {
  const cached = termCache.get(q);
  if (cached) return cached;
  const rows = await db
    .select({ lexeme: sql<string>`w.lexeme`, folded: sql<string | null>`f.lexeme` })
    .from(sql`unnest(to_tsvector('norwegian', ${q})) as w left join unnest(to_tsvector('norwegian', ${fold(q)})) as f on w.positions[1] = any(f.positions)`)
    .orderBy(sql`w.positions[1]`);
  const terms: Terms = {
    terms: rows.map((row) => row.lexeme),
    folded: new Map(rows.flatMap((row) => (row.folded === null ? [] : [[row.lexeme, row.folded] as const]))),
  };
  if (termCache.size >= TERM_CACHE_SIZE) termCache.delete(termCache.keys().next().value!);
  termCache.set(q, terms);
  return terms;
}
