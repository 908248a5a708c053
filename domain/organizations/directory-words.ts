/**
 * The words of the in-memory directory (directory-index.ts): which organisations use which word, and how to
 * find the words a search means. The words are PostgreSQL's Norwegian lexemes ("eldres" and "eldre" are both
 * "eldr"), read from the organisations' stored search vectors, so the database and the directory agree.
 */

/** How much a word counts by where it stands, as ts_rank weighs them: name (A), short (B), long description (C). */
const WEIGHTS: Record<string, number> = { A: 1, B: 0.4, C: 0.2, D: 0.1 };
/** A word that merely begins with what was typed ("idrett" → "idrettslag") counts less than the word itself. */
const PREFIX_QUALITY = 0.6;
const FUZZY_QUALITY = 0.8;
/** A word that contains what was typed ("forening" in "kulturforening"), and one compound's parts found apart. */
const INFIX_QUALITY = 0.5;
const COMPOUND_QUALITY = 0.5;
const INFIX_MIN_LENGTH = 5;
/** Each part of a compound split must be this long: "kulturforening" tries "kult|urforening" … "kulturfor|ening". */
const COMPOUND_PART_MIN_LENGTH = 4;
/** Trigram similarity a word needs to count as a typo of another, and the shortest words that get such guesses. */
export const FUZZY_THRESHOLD = 0.45;
const FUZZY_MIN_LENGTH = 4;
const PREFIX_MIN_LENGTH = 3;

const QUOTE = 39;
const BACKSLASH = 92;
const SPACE = 32;
const COLON = 58;

/** The highest weight among a lexeme's positions ("3A,9C"); a position without a letter is D. */
function weightOf(positions: string): number {
  for (const letter of "ABC") if (positions.includes(letter)) return WEIGHTS[letter]!;
  return WEIGHTS.D!;
}

/**
 * Reads a tsvector's text form (`'eldr':3A,5 'kor':1`) into each word's highest weight. Scanned by hand:
 * loading a directory reads ten thousand of them, and regular expressions made that the slowest part.
 */
export function parseTsvector(text: string): Map<string, number> {
  const words = new Map<string, number>();
  let i = text.indexOf("'");
  while (i !== -1) {
    let word = "";
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH) word += text[++j] ?? "";
      else if (c !== QUOTE) word += text[j];
      else if (text.charCodeAt(j + 1) === QUOTE) word += text[++j];
      else break;
    }
    let weight = WEIGHTS.D!;
    if (text.charCodeAt(j + 1) === COLON) {
      let end = j + 2;
      while (end < text.length && text.charCodeAt(end) !== SPACE) end++;
      weight = weightOf(text.slice(j + 2, end));
      j = end;
    }
    words.set(word, Math.max(weight, words.get(word) ?? 0));
    i = text.indexOf("'", j + 1);
  }
  return words;
}

/** The word's trigrams as pg_trgm makes them: padded with two spaces before and one after. */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const result = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  return result;
}

export type WordIndex = {
  /** Every word by its id; a word keeps its id while the directory changes. */
  words: string[];
  idOf: Map<string, number>;
  /** The word ids in the words' order, so the words beginning with a prefix lie together. */
  sorted: number[];
  /** Per word: the organisations (their entries in the directory) using it, and its weight in each. */
  postings: { entries: number[]; weights: number[] }[];
  /** Per entry: the ids of its words, to take them out again when the organisation changes. */
  wordsOf: (number[] | undefined)[];
  byTrigram: Map<string, number[]>;
  trigramCount: number[];
};

function emptyWordIndex(): WordIndex {
  return { words: [], idOf: new Map(), sorted: [], postings: [], wordsOf: [], byTrigram: new Map(), trigramCount: [] };
}

/** Gives the word an id, its trigrams and an empty posting; `sorted` is left to the caller. */
function addWord(index: WordIndex, word: string): number {
  const id = index.words.length;
  index.words.push(word);
  index.idOf.set(word, id);
  index.postings.push({ entries: [], weights: [] });
  const grams = trigrams(word);
  for (const gram of grams) {
    const ids = index.byTrigram.get(gram);
    if (ids) ids.push(id);
    else index.byTrigram.set(gram, [id]);
  }
  index.trigramCount.push(grams.size);
  return id;
}

function addPostings(index: WordIndex, entry: number, document: Map<string, number>, onNewWord: (id: number) => void): void {
  const ids: number[] = [];
  for (const [word, weight] of document) {
    let id = index.idOf.get(word);
    if (id === undefined) onNewWord((id = addWord(index, word)));
    const posting = index.postings[id]!;
    posting.entries.push(entry);
    posting.weights.push(weight);
    ids.push(id);
  }
  index.wordsOf[entry] = ids;
}

/** Builds the word index over each organisation's words (documents[i] belongs to entry i). */
export function buildWordIndex(documents: Map<string, number>[]): WordIndex {
  const index = emptyWordIndex();
  documents.forEach((document, entry) => addPostings(index, entry, document, () => {}));
  index.sorted = index.words.map((_, id) => id).sort((a, b) => (index.words[a]! < index.words[b]! ? -1 : 1));
  return index;
}

/** Adds an organisation's words under a new entry; a word new to the directory takes its place in `sorted`. */
export function addDocument(index: WordIndex, entry: number, document: Map<string, number>): void {
  addPostings(index, entry, document, (id) => index.sorted.splice(firstAtOrAfter(index, index.words[id]!), 0, id));
}

/** Takes an entry's words out of the index. A word nobody uses any more stays, finding nothing. */
export function removeDocument(index: WordIndex, entry: number): void {
  for (const id of index.wordsOf[entry] ?? []) {
    const posting = index.postings[id]!;
    const at = posting.entries.indexOf(entry);
    posting.entries.splice(at, 1);
    posting.weights.splice(at, 1);
  }
  index.wordsOf[entry] = undefined;
}

type Candidate = { id: number; quality: number };

/** The position in `sorted` of the first word at or after `prefix`. */
function firstAtOrAfter(index: WordIndex, prefix: string): number {
  let [low, high] = [0, index.sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.words[index.sorted[middle]!]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

function prefixCandidates(index: WordIndex, term: string): Candidate[] {
  if (term.length < PREFIX_MIN_LENGTH) return [];
  const found: Candidate[] = [];
  for (let at = firstAtOrAfter(index, term); at < index.sorted.length; at++) {
    const id = index.sorted[at]!;
    if (!index.words[id]!.startsWith(term)) break;
    if (index.words[id] !== term) found.push({ id, quality: PREFIX_QUALITY });
  }
  return found;
}

/** Words within FUZZY_THRESHOLD trigram similarity of the term, counted through the trigram lists. */
function fuzzyCandidates(index: WordIndex, term: string): Candidate[] {
  if (term.length < FUZZY_MIN_LENGTH) return [];
  const grams = trigrams(term);
  const shared = new Map<number, number>();
  for (const gram of grams) for (const id of index.byTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const found: Candidate[] = [];
  for (const [id, common] of shared) {
    const similarity = common / (grams.size + index.trigramCount[id]! - common);
    if (similarity >= FUZZY_THRESHOLD) found.push({ id, quality: FUZZY_QUALITY * similarity });
  }
  return found;
}

/** Words containing the term inside them; only those sharing its rarest inner trigram are looked at. */
function infixCandidates(index: WordIndex, term: string): Candidate[] {
  if (term.length < INFIX_MIN_LENGTH) return [];
  const lists = [...trigrams(term)].filter((gram) => !gram.includes(" ")).map((gram) => index.byTrigram.get(gram) ?? []);
  const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  return rarest.filter((id) => index.words[id]!.includes(term) && !index.words[id]!.startsWith(term)).map((id) => ({ id, quality: INFIX_QUALITY }));
}

/** Which guesses beyond the word and its beginning: similar words, and words containing it. */
type Guesses = { similar: boolean; inside: boolean };
const NO_GUESSES: Guesses = { similar: false, inside: false };
const ALL_GUESSES: Guesses = { similar: true, inside: true };
const PART_GUESSES: Guesses = { similar: false, inside: true };

/** The words a typed term may mean, each with how well it fits. */
function candidatesFor(index: WordIndex, term: string, guesses: Guesses): Candidate[] {
  const exact = index.idOf.get(term);
  const byId = new Map<number, number>();
  const add = (candidates: Candidate[]) => {
    for (const c of candidates) byId.set(c.id, Math.max(c.quality, byId.get(c.id) ?? 0));
  };
  if (exact !== undefined) byId.set(exact, 1);
  add(prefixCandidates(index, term));
  if (guesses.similar) add(fuzzyCandidates(index, term));
  if (guesses.inside) add(infixCandidates(index, term));
  return [...byId].map(([id, quality]) => ({ id, quality }));
}

/** The organisations using a word the term may mean, with the best score among those words. */
function scoresForTerm(index: WordIndex, term: string, guesses: Guesses): Map<number, number> {
  const scores = new Map<number, number>();
  for (const { id, quality } of candidatesFor(index, term, guesses)) {
    const { entries, weights } = index.postings[id]!;
    for (let i = 0; i < entries.length; i++) {
      const score = quality * weights[i]!;
      if (score > (scores.get(entries[i]!) ?? 0)) scores.set(entries[i]!, score);
    }
  }
  return scores;
}

/**
 * The entries having a word the term may mean (itself, a word it begins, with `fuzzy` also a similar word),
 * each with how well its best word fits, whatever the word's weight.
 */
export function wordMatches(index: WordIndex, term: string, fuzzy: boolean): Map<number, number> {
  const found = new Map<number, number>();
  for (const { id, quality } of candidatesFor(index, term, { similar: fuzzy, inside: false })) {
    for (const entry of index.postings[id]!.entries) found.set(entry, Math.max(quality, found.get(entry) ?? 0));
  }
  return found;
}

/**
 * A compound the directory only has apart ("kulturforening" for "Flerkulturelle forening"): the split
 * into two parts that finds the most organisations, each having both parts. Parts are not guessed by
 * similarity: short parts resemble too many words, and a long nonsense word would cost a scan per split.
 */
function compoundScores(index: WordIndex, term: string): Map<number, number> {
  let best = new Map<number, number>();
  for (let at = COMPOUND_PART_MIN_LENGTH; at <= term.length - COMPOUND_PART_MIN_LENGTH; at++) {
    const found = allOf([scoresForTerm(index, term.slice(0, at), PART_GUESSES), scoresForTerm(index, term.slice(at), PART_GUESSES)]);
    if (found.size > best.size) best = found;
  }
  return new Map([...best].map(([entry, score]) => [entry, (score / 2) * COMPOUND_QUALITY]));
}

/** The entries found for every term, each with the sum of its scores. */
function allOf(perTerm: Map<number, number>[]): Map<number, number> {
  const [smallest, ...rest] = [...perTerm].sort((a, b) => a.size - b.size);
  const result = new Map<number, number>();
  if (!smallest) return result;
  for (const [entry, score] of smallest) {
    let total = score;
    for (const scores of rest) {
      const other = scores.get(entry);
      if (other === undefined) {
        total = -1;
        break;
      }
      total += other;
    }
    if (total >= 0) result.set(entry, total);
  }
  return result;
}

/** Scores from elsewhere for a term (the vocabulary's names, directory-tags.ts), by entry. */
export type MoreScores = (term: string, fuzzy: boolean) => Map<number, number>;

/**
 * What to look for: the terms, and those among them that only add to a score ("and" in "Children and
 * youth"): an organisation need not have them. When every term is optional, all are required.
 */
export type Search = { terms: string[]; optional?: ReadonlySet<string> };

/**
 * The organisations matching every term (exactly, by the beginning of a word, or with `fuzzy` also by a
 * similar word, a word containing it, or the parts of a compound) in their own words or, through `more`,
 * elsewhere, each with its score: the sum of its best score per term.
 */
export function matchTerms(index: WordIndex, { terms, optional }: Search, fuzzy: boolean, more?: MoreScores): Map<number, number> {
  const scoresOf = (term: string) => {
    const scores = scoresForTerm(index, term, fuzzy ? ALL_GUESSES : NO_GUESSES);
    for (const [entry, score] of more?.(term, fuzzy) ?? []) if (score > (scores.get(entry) ?? 0)) scores.set(entry, score);
    return fuzzy && scores.size === 0 ? compoundScores(index, term) : scores;
  };
  const required = terms.filter((term) => !optional?.has(term));
  if (!required.length) return allOf(terms.map(scoresOf));
  const found = allOf(required.map(scoresOf));
  for (const term of terms.filter((t) => optional?.has(t))) {
    for (const [entry, score] of scoresOf(term)) if (found.has(entry)) found.set(entry, found.get(entry)! + score);
  }
  return found;
}

/** The longest search whose neighbouring words are also tried as one compound. */
const MOST_JOINED = 4;

/**
 * The typed search with two neighbouring words written as one, for each pair: "idretts lag" is also tried
 * as "idrettslag", which the database then stems as it stemmed the compound in a name.
 */
export function joinedNeighbours(q: string): string[] {
  const words = q.trim().split(/\s+/);
  if (words.length < 2 || words.length > MOST_JOINED) return [];
  return words.slice(1).map((word, i) => [...words.slice(0, i), words[i]! + word, ...words.slice(i + 2)].join(" "));
}
