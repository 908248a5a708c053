/**
 * The directory's vocabulary as words: a search for "eldre", "спорт" or "refugees" also finds the organisations
 * with that target group or category (in any of the eight languages the vocabulary is named in), "leksehjelp"
 * or "interpreting" those offering that competence, and a district's name the organisations serving it, even
 * where their own texts do not use the word.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { buildWordIndex, parseTsvector, wordMatches, type WordIndex } from "./directory-words";
import type { Category, Competence, District, TargetGroup } from "./vocabulary";

/** What a tag names: a category (with its subcategories), a target group, a district or a competence offered. */
type Tag = { kind: "category"; code: string } | { kind: "targetGroup" | "district" | "competence"; id: string };

/** `fillers`: the words left out of the names (directory-tags' common and short words); a search need not find them. */
export type TagWords = { tags: Tag[]; words: WordIndex; fillers: Set<string> };

/** A tag counts a little more than a word in the long description: it is what the organisation said it does. */
const TAG_WEIGHT = 0.3;

/** What the tagged organisations have: their category codes, target groups, districts and competences. */
export type Tagged = { categories: { code: string }[]; targetGroupIds: Set<string>; districtIds: Set<string>; competenceIds: Set<string> };

type Vocabularies = { categories: Category[]; targetGroups: TargetGroup[]; districts: District[]; competences: Competence[] };

/** The vocabulary's names, read into Norwegian lexemes by the database as the organisations' texts and the searches are. */
export async function loadTagWords(db: Db, { categories, targetGroups, districts, competences }: Vocabularies): Promise<TagWords> {
  const named: [Tag, string][] = [
    ...categories.map((c): [Tag, string] => [{ kind: "category", code: c.code }, Object.values(c.name).join(" ")]),
    ...targetGroups.map((g): [Tag, string] => [{ kind: "targetGroup", id: g.id }, Object.values(g.name).join(" ")]),
    ...districts.map((d): [Tag, string] => [{ kind: "district", id: d.id }, d.name]),
    ...competences.map((c): [Tag, string] => [{ kind: "competence", id: c.id }, Object.values(c.name).join(" ")]),
  ];
  if (!named.length) return { tags: [], words: buildWordIndex([]), fillers: new Set() };
  const names = sql.join(
    named.map(([, text]) => sql`${text}`),
    sql`, `,
  );
  const rows = await db
    .select({ words: sql<string>`to_tsvector('norwegian', t.name)::text` })
    .from(sql`unnest(array[${names}]::text[]) with ordinality as t(name, n)`)
    .orderBy(sql`t.n`);
  const documents = rows.map((row) => parseTsvector(row.words));
  const fillers = fillerWords(documents);
  const namedWords = documents.map((words) => new Map([...words].filter(([word]) => !fillers.has(word))));
  return { tags: named.map(([tag]) => tag), words: buildWordIndex(namedWords), fillers };
}

/**
 * Words too short to name anything, and words in a fifth of all names ("and", "iyo", "та"): they name no tag,
 * and someone typing a whole name ("Children and youth") is not asked to find them elsewhere.
 */
function fillerWords(documents: Map<string, number>[]): Set<string> {
  const namesWith = new Map<string, number>();
  for (const words of documents) for (const word of words.keys()) namesWith.set(word, (namesWith.get(word) ?? 0) + 1);
  const most = Math.max(3, documents.length / 5);
  return new Set([...namesWith].filter(([word, count]) => word.length < 3 || count > most).map(([word]) => word));
}

/** In the category or one of its subcategories ("1" holds "1.2"), as the category filter reads it. */
export function inCategory(categories: { code: string }[], code: string): boolean {
  return categories.some((c) => c.code === code || c.code.startsWith(`${code}.`));
}

const IDS_OF = { targetGroup: "targetGroupIds", district: "districtIds", competence: "competenceIds" } as const;

function has(o: Tagged, tag: Tag): boolean {
  return tag.kind === "category" ? inCategory(o.categories, tag.code) : o[IDS_OF[tag.kind]].has(tag.id);
}

/** The organisations (by entry) having a tag the term names, each with the best score among those tags. */
export function tagScores(tagWords: TagWords, entries: (Tagged | undefined)[], term: string, fuzzy: boolean, typedFolded: string): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [tagEntry, quality] of wordMatches(tagWords.words, term, fuzzy, typedFolded)) {
    const tag = tagWords.tags[tagEntry]!;
    const score = quality * TAG_WEIGHT;
    entries.forEach((o, entry) => {
      if (o && has(o, tag) && score > (scores.get(entry) ?? 0)) scores.set(entry, score);
    });
  }
  return scores;
}
