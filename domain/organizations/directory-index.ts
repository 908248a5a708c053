import { eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { listenToEmbedded } from "../../platform/db/listen";
import { buildWordIndex, parseTsvector, type WordIndex } from "./directory-words";
import { directoryVersion, organization, organizationCategory, organizationDistrict, organizationTargetGroup, type LocalizedName } from "./schema";
import { listCategories, listDistricts, listTargetGroups, type Category, type District, type TargetGroup } from "./vocabulary";

export type IndexedOrganization = {
  id: string;
  name: string;
  organizationNumber: string | null;
  shortDescription: string;
  postalTown: string | null;
  languages: string[];
  verified: boolean;
  categories: { code: string; name: LocalizedName }[];
  targetGroupIds: Set<string>;
  districtIds: Set<string>;
};

/**
 * One municipality's directory held in memory: the public search asks it instead of the database, so a
 * search costs a fraction of a millisecond however many organisations there are and whatever the typos.
 * `organizations` is sorted by name; `version` is the directory_version it was loaded at.
 */
export type DirectoryIndex = {
  version: number;
  organizations: IndexedOrganization[];
  words: WordIndex;
  categories: Category[];
  targetGroups: TargetGroup[];
  districts: District[];
  /** Recent searches' results, by their filters: they hold as long as this version of the directory. */
  results: Map<string, IndexedOrganization[]>;
};

/** `changed` is set by the embedded database's notice that the municipality's directory changed. */
type Slot = { index?: DirectoryIndex; loading?: Promise<DirectoryIndex>; changed: boolean };
/** `notified` resolves true when the database tells this process of every change (the embedded one). */
type Watch = { slots: Map<string, Slot>; notified: Promise<boolean> };
const watches = new WeakMap<Db, Watch>();

function watchOf(db: Db): Watch {
  let watch = watches.get(db);
  if (!watch) {
    const slots = new Map<string, Slot>();
    const notified = listenToEmbedded(db, "directory_changed", (municipalityId) => {
      const slot = slots.get(municipalityId);
      if (slot) slot.changed = true;
    });
    watches.set(db, (watch = { slots, notified }));
  }
  return watch;
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

/** Reads the version first: a change committed while the rows are read makes the next search load again. */
async function loadIndex(db: Db, municipalityId: string): Promise<DirectoryIndex> {
  const version = await readVersion(db, municipalityId);
  const [rows, categories, targetGroups, districts] = await Promise.all([
    db
      .select({
        id: organization.id,
        name: organization.name,
        organizationNumber: organization.organizationNumber,
        shortDescription: organization.shortDescription,
        postalTown: organization.postalTown,
        languages: organization.languages,
        verified: sql<boolean>`${organization.verifiedAt} is not null`,
        words: sql<string>`${organization.searchVector}::text`,
        // One row per organisation with its links as arrays: far fewer rows to read than three link tables.
        categoryCodes: sql<string[]>`array(select ${organizationCategory.categoryCode} from ${organizationCategory} where ${organizationCategory.organizationId} = ${organization.id})`,
        targetGroupIds: sql<string[]>`array(select ${organizationTargetGroup.targetGroupId} from ${organizationTargetGroup} where ${organizationTargetGroup.organizationId} = ${organization.id})`,
        districtIds: sql<string[]>`array(select ${organizationDistrict.districtId} from ${organizationDistrict} where ${organizationDistrict.organizationId} = ${organization.id})`,
      })
      .from(organization)
      .where(eq(organization.municipalityId, municipalityId)),
    listCategories(db),
    listTargetGroups(db, municipalityId),
    listDistricts(db, municipalityId),
  ]);
  rows.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const categoryOrder = new Map(categories.map((c, i) => [c.code, i]));
  const organizations = rows.map(({ words: _words, categoryCodes, targetGroupIds, districtIds, ...row }) => ({
    ...row,
    categories: categoryCodes
      .sort((a, b) => categoryOrder.get(a)! - categoryOrder.get(b)!)
      .map((code) => ({ code, name: categories[categoryOrder.get(code)!]!.name })),
    targetGroupIds: new Set(targetGroupIds),
    districtIds: new Set(districtIds),
  }));
  const words = buildWordIndex(rows.map((row) => parseTsvector(row.words)));
  return { version, organizations, words, categories, targetGroups, districts, results: new Map() };
}

/**
 * The municipality's directory as the database has it now. On PostgreSQL one small read tells whether
 * anything changed since it was loaded (triggers raise directory_version with every change, also on other
 * servers); the embedded database says so itself, so a search there reads nothing. Then one load serves
 * every request waiting for it.
 */
export async function currentDirectory(db: Db, municipalityId: string): Promise<DirectoryIndex> {
  const watch = watchOf(db);
  const slot = slotIn(watch, municipalityId);
  if ((await watch.notified) && slot.index && !slot.changed) return slot.index;
  // Cleared before the read: a notice after it marks the slot changed again.
  slot.changed = false;
  const version = await readVersion(db, municipalityId);
  for (;;) {
    if (slot.index && slot.index.version >= version) return slot.index;
    slot.loading ??= loadIndex(db, municipalityId)
      .then((index) => (slot.index = index))
      .finally(() => (slot.loading = undefined));
    const loaded = await slot.loading;
    if (loaded.version >= version) return loaded;
  }
}

const TERM_CACHE_SIZE = 5_000;
const termCache = new Map<string, string[]>();

/** The Norwegian lexemes of what someone typed, as the stored search vectors have them ("eldres" → "eldr"). */
export async function searchTerms(db: Db, q: string): Promise<string[]> {
  const cached = termCache.get(q);
  if (cached) return cached;
  const [row] = await db.select({ words: sql<string>`to_tsvector('norwegian', ${q})::text` }).from(sql`(values (1)) as one (x)`);
  const terms = [...parseTsvector(row?.words ?? "").keys()];
  if (termCache.size >= TERM_CACHE_SIZE) termCache.delete(termCache.keys().next().value!);
  termCache.set(q, terms);
  return terms;
}
