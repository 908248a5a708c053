import type { ResourceKind } from "./schema";
import { SPOKEN_LANGUAGE_CODES } from "./vocabulary";

/**
 * What the coordinator's "has resource" box asked for. Words that are not one of the recognised
 * phrases are looked for in the organisation's resources (name, vehicle type, note, competence).
 */
export type ResourceQuery = {
  kind?: ResourceKind;
  minCapacity?: number;
  minSeats?: number;
  wheelchairAccessible?: boolean;
  /** Languages the organisation's volunteers must all speak ("snakker engelsk og arabisk"). */
  languages?: string[];
  agreement?: boolean;
  words: string[];
};

const KIND_WORDS: [RegExp, ResourceKind][] = [
  [/^(lokaler?|lokalet|lokalene|rom|sal|salen|hus|huset)$/, "premises"],
  [/^(kjøretøy|bil|biler|bilen|buss|busser)$/, "vehicle"],
  [/^(utstyr|utstyret)$/, "equipment"],
  [/^(kompetanse|kompetansen)$/, "competence"],
];
/** The kind a word names ("bil" → vehicle), as the "has resource" box and "who can help" read it. */
export function kindNamedBy(word: string): ResourceKind | undefined {
  const normalized = word.trim().toLowerCase().normalize("NFC");
  return KIND_WORDS.find(([pattern]) => pattern.test(normalized))?.[1];
}

const FILLER = new Set(["for", "til", "med", "minst", "over", "som", "og", "har", "en", "et", "ei", "å", "kan", "plass", "plasser", "personer", "folk", "mennesker"]);
const SEAT_WORDS = /^(seter|sete|sitteplasser|passasjerer)$/;
const AGREEMENT = /^(beredskapsavtale|samarbeidsavtale|avtale|beredskap)$/;
const WHEELCHAIR = /^(rullestol|rullestoltilpasset|rullestolplass|universelt|uu)$/;
const SPEAKS = /^(snakker|språk|taler)$/;

/** Norwegian names of the spoken languages ("arabisk" → "ar"), from the same list the profile form offers. */
const languageByName: Map<string, string> = (() => {
  const names = new Intl.DisplayNames(["nb"], { type: "language", fallback: "none" });
  const result = new Map<string, string>();
  for (const code of SPOKEN_LANGUAGE_CODES) {
    const name = names.of(code)?.toLowerCase();
    // "norsk bokmål" is two words; the box reads one word at a time, so the second word names it.
    if (name) result.set(name.split(" ").at(-1)!, code);
  }
  return result;
})();

/**
 * Reads phrases like "minibuss", "lokale for 50", "bil med 8 seter", "snakker arabisk",
 * "beredskapsavtale", "rullestol". A number after a premises word is a capacity, a number before "seter"
 * is seats; a number with neither is a capacity for premises and seats for vehicles.
 */
export function parseResourceQuery(input: string): ResourceQuery {
  const tokens = input.toLowerCase().normalize("NFC").split(/[\s,;]+/).filter(Boolean);
  const query: ResourceQuery = { words: [] };
  let number: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const kind = kindNamedBy(token);
    if (/^\d{1,5}$/.test(token)) number = Number(token);
    else if (SEAT_WORDS.test(token)) {
      query.kind ??= "vehicle";
      if (number !== undefined) query.minSeats = number;
      number = undefined;
    } else if (AGREEMENT.test(token)) query.agreement = true;
    else if (WHEELCHAIR.test(token)) query.wheelchairAccessible = true;
    else if (SPEAKS.test(token)) continue;
    else if (languageByName.has(token)) query.languages = [...new Set([...(query.languages ?? []), languageByName.get(token)!])];
    else if (kind) query.kind = kind;
    else if (!FILLER.has(token)) query.words.push(token);
  }
  if (number !== undefined) {
    if (query.kind === "vehicle") query.minSeats ??= number;
    else {
      query.kind ??= "premises";
      query.minCapacity ??= number;
    }
  }
  return query;
}
