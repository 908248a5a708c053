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
/**
 * A word found only when both are written without Norwegian letters or accents ("loper" for "løper") counts
 * a little less, so a search spelled the Norwegian way still ranks the words spelled so first.
 */
const FOLDED_QUALITY = 0.9;
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

/** Beyond printable ASCII (a tab in a typed search only costs the slower path). */
const FOLDABLE = /[^ -~]|a[ae]|oe/;
const ACCENTED = /[^ -~æøå]/;
const LATIN_MARKS = /(?<=\p{Script=Latin})\p{M}+/gu;

/**
 * The text as someone without a Norwegian keyboard types it, so both spellings meet: "ø" and "oe" as "o",
 * "å", "aa", "æ" and "ae" as "a", and accents dropped ("kafé" → "kafe", "Müller" → "muller"). Other scripts'
 * marks stay: they are letters there.
 */
export function fold(text: string): string {
  let folded = text.toLowerCase();
  if (!FOLDABLE.test(folded)) return folded;
  // Normalising is the slow part of building the directory's words, and most words need only æ, ø and å.
  if (ACCENTED.test(folded)) folded = folded.normalize("NFD").replace(LATIN_MARKS, "").normalize("NFC");
  return folded.replace(/[æå]/g, "a").replace(/ø/g, "o").replace(/a[ae]/g, "a").replace(/oe/g, "o");
}

/**
 * Lexemes of PostgreSQL's Norwegian stop words written without their letters ("på" as "pa"): the database drops
 * the stop words but not these, which organisations' words hardly have, so a search need not find them. Left
 * out are those that are words of their own ("være" as "vare", "både" as "bade", "sånn" as "sann").
 */
const STOP_WORDS_FOLDED = new Set(["a", "pa", "sa", "na", "nar", "sjol", "bae", "hja", "ogs"]);

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
  /** By id: the word folded (`fold`); trigrams and beginnings are of these, so both spellings find it. */
  folded: string[];
  idOf: Map<string, number>;
  /** The word ids in the folded words' order, so the words beginning with a prefix lie together. */
  sorted: number[];
  /** Per word: the organisations (their entries in the directory) using it, and its weight in each. */
  postings: { entries: number[]; weights: number[] }[];
  /** Per entry: the ids of its words, to take them out again when the organisation changes. */
  wordsOf: (number[] | undefined)[];
  byTrigram: Map<string, number[]>;
  trigramCount: number[];
};

function emptyWordIndex(): WordIndex {
  return { words: [], folded: [], idOf: new Map(), sorted: [], postings: [], wordsOf: [], byTrigram: new Map(), trigramCount: [] };
}

/** Gives the word an id, its trigrams and an empty posting; `sorted` is left to the caller. */
function addWord(index: WordIndex, word: string): number {
  const id = index.words.length;
  index.words.push(word);
  const folded = fold(word);
  index.folded.push(folded);
  index.idOf.set(word, id);
  index.postings.push({ entries: [], weights: [] });
  const grams = trigrams(folded);
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
  index.sorted = index.words.map((_, id) => id).sort((a, b) => (index.folded[a]! < index.folded[b]! ? -1 : 1));
  return index;
}

/** Adds an organisation's words under a new entry; a word new to the directory takes its place in `sorted`. */
export function addDocument(index: WordIndex, entry: number, document: Map<string, number>): void {
  addPostings(index, entry, document, (id) => index.sorted.splice(firstAtOrAfter(index, index.folded[id]!), 0, id));
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

/** The position in `sorted` of the first word whose folded form is at or after `prefix`. */
function firstAtOrAfter(index: WordIndex, prefix: string): number {
  let [low, high] = [0, index.sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.folded[index.sorted[middle]!]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Words other than the term whose folded form is `form` or begins with it: one beginning with the term as typed
 * ("idrett" → "idrettslag") counts as a beginning, one only folding alike ("loper" → "løper", "løperne") a little
 * less. A word beginning with the term folds to one beginning with the term folded, so one pass finds both.
 */
function beginningCandidates(index: WordIndex, term: string, form: string): Candidate[] {
  const byTerm = term.length >= PREFIX_MIN_LENGTH;
  const byForm = form.length >= PREFIX_MIN_LENGTH;
  const found: Candidate[] = [];
  for (let at = firstAtOrAfter(index, form); at < index.sorted.length; at++) {
    const id = index.sorted[at]!;
    const [word, folded] = [index.words[id]!, index.folded[id]!];
    if (!folded.startsWith(form)) break;
    if (word === term) continue;
    if (folded === form) found.push({ id, quality: FOLDED_QUALITY });
    else if (byTerm && word.startsWith(term)) found.push({ id, quality: PREFIX_QUALITY });
    else if (byForm) found.push({ id, quality: PREFIX_QUALITY * FOLDED_QUALITY });
    else if (!byTerm) break;
  }
  return found;
}

/** Words within FUZZY_THRESHOLD trigram similarity of the folded term, counted through the trigram lists. */
function fuzzyCandidates(index: WordIndex, form: string): Candidate[] {
  if (form.length < FUZZY_MIN_LENGTH) return [];
  const grams = trigrams(form);
  const shared = new Map<number, number>();
  for (const gram of grams) for (const id of index.byTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const found: Candidate[] = [];
  for (const [id, common] of shared) {
    const similarity = common / (grams.size + index.trigramCount[id]! - common);
    if (similarity >= FUZZY_THRESHOLD) found.push({ id, quality: FUZZY_QUALITY * similarity });
  }
  return found;
}

/** Words containing the folded term inside them; only those sharing its rarest inner trigram are looked at. */
function infixCandidates(index: WordIndex, form: string): Candidate[] {
  if (form.length < INFIX_MIN_LENGTH) return [];
  const lists = [...trigrams(form)].filter((gram) => !gram.includes(" ")).map((gram) => index.byTrigram.get(gram) ?? []);
  const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  return rarest.filter((id) => index.folded[id]!.includes(form) && !index.folded[id]!.startsWith(form)).map((id) => ({ id, quality: INFIX_QUALITY }));
}

/** Which guesses beyond the word and its beginning: similar words, and words containing it. */
type Guesses = { similar: boolean; inside: boolean };
const NO_GUESSES: Guesses = { similar: false, inside: false };
const ALL_GUESSES: Guesses = { similar: true, inside: true };
const PART_GUESSES: Guesses = { similar: false, inside: true };

/**
 * The words a typed term may mean, each with how well it fits. `typedFolded` is the lexeme of the typed word
 * folded before stemming: the stemmer leaves "kafé" whole but cuts "kafe" to "kaf", and counts "aa" as two
 * letters, so it can differ from the term folded.
 */
function candidatesFor(index: WordIndex, term: string, typedFolded: string, guesses: Guesses): Candidate[] {
  const exact = index.idOf.get(term);
  const byId = new Map<number, number>();
  const add = (candidates: Candidate[]) => {
    for (const c of candidates) byId.set(c.id, Math.max(c.quality, byId.get(c.id) ?? 0));
  };
  if (exact !== undefined) byId.set(exact, 1);
  for (const form of new Set([fold(term), typedFolded])) {
    add(beginningCandidates(index, term, form));
    if (guesses.similar) add(fuzzyCandidates(index, form));
    if (guesses.inside) add(infixCandidates(index, form));
  }
  return [...byId].map(([id, quality]) => ({ id, quality }));
}

/** The organisations using a word the term may mean, with the best score among those words. */
function scoresForTerm(index: WordIndex, term: string, typedFolded: string, guesses: Guesses): Map<number, number> {
  const scores = new Map<number, number>();
  for (const { id, quality } of candidatesFor(index, term, typedFolded, guesses)) {
    const { entries, weights } = index.postings[id]!;
    for (let i = 0; i < entries.length; i++) {
      const score = quality * weights[i]!;
      if (score > (scores.get(entries[i]!) ?? 0)) scores.set(entries[i]!, score);
    }
  }
  return scores;
}

/**
 * The entries having a word the term may mean (itself, the same folded, a word it begins, with `fuzzy` also a
 * similar word), each with how well its best word fits, whatever the word's weight.
 */
export function wordMatches(index: WordIndex, term: string, fuzzy: boolean, typedFolded = fold(term)): Map<number, number> {
  const found = new Map<number, number>();
  for (const { id, quality } of candidatesFor(index, term, typedFolded, { similar: fuzzy, inside: false })) {
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
    const [first, second] = [term.slice(0, at), term.slice(at)];
    const found = allOf([scoresForTerm(index, first, fold(first), PART_GUESSES), scoresForTerm(index, second, fold(second), PART_GUESSES)]);
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
export type MoreScores = (term: string, fuzzy: boolean, typedFolded: string) => Map<number, number>;

/**
 * What to look for: the terms, and those among them that only add to a score ("and" in "Children and
 * youth"): an organisation need not have them. When every term is optional, all are required. `folded`
 * gives a term's lexeme when the typed word is folded before stemming (see candidatesFor); without it the
 * term is folded as it is.
 */
export type Search = { terms: string[]; optional?: ReadonlySet<string>; folded?: ReadonlyMap<string, string> };

/**
 * The organisations matching every term (exactly, folded, by the beginning of a word, or with `fuzzy` also by a
 * similar word, a word containing it, or the parts of a compound) in their own words or, through `more`,
 * elsewhere, each with its score: the sum of its best score per term.
 */
export function matchTerms(index: WordIndex, { terms, optional, folded }: Search, fuzzy: boolean, more?: MoreScores): Map<number, number> {
  const scoresOf = (term: string) => {
    const typedFolded = folded?.get(term) ?? fold(term);
    const scores = scoresForTerm(index, term, typedFolded, fuzzy ? ALL_GUESSES : NO_GUESSES);
    for (const [entry, score] of more?.(term, fuzzy, typedFolded) ?? []) if (score > (scores.get(entry) ?? 0)) scores.set(entry, score);
    return fuzzy && scores.size === 0 ? compoundScores(index, term) : scores;
  };
  const isOptional = (term: string) => optional?.has(term) || STOP_WORDS_FOLDED.has(term);
  const required = terms.filter((term) => !isOptional(term));
  if (!required.length) return allOf(terms.map(scoresOf));
  const found = allOf(required.map(scoresOf));
  for (const term of terms.filter(isOptional)) {
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
