import { describe, expect, it } from "vitest";
import { addDocument, buildWordIndex, fold, FUZZY_THRESHOLD, joinedNeighbours, matchTerms, parseTsvector, removeDocument, trigrams, wordMatches } from "./directory-words";

describe("parseTsvector", () => {
  it("keeps each word's highest weight, quotes and all", () => {
    const words = parseTsvector(`'eldr':3A,9C 'kor':5 'o''neil':1B 'tur':2C,4B`);
    expect([...words]).toEqual([
      ["eldr", 1],
      ["kor", 0.1],
      ["o'neil", 0.4],
      ["tur", 0.4],
    ]);
  });

  it("reads a vector without positions and an empty one", () => {
    expect([...parseTsvector(`'a' 'b'`).keys()]).toEqual(["a", "b"]);
    expect(parseTsvector("").size).toBe(0);
  });
});

describe("trigrams", () => {
  it("pads the word as pg_trgm does", () => {
    expect([...trigrams("kor")]).toEqual(["  k", " ko", "kor", "or "]);
  });
});

describe("matchTerms", () => {
  const documents = [
    new Map([["frivilligsentral", 1], ["eldr", 0.2]]),
    new Map([["idrettslag", 1], ["barn", 0.4]]),
    new Map([["kor", 1], ["eldr", 0.4]]),
    new Map([["idrett", 0.2]]),
    new Map([["idrett", 1]]),
  ];
  const index = buildWordIndex(documents);
  const found = (terms: string[], fuzzy = false) => [...matchTerms(index, { terms }, fuzzy)].sort((a, b) => b[1] - a[1]).map(([entry]) => entry);

  it("finds a word and scores it by where it stands", () => {
    expect(found(["eldr"])).toEqual([2, 0]);
  });

  it("asks every word of the search", () => {
    expect(found(["eldr", "kor"])).toEqual([2]);
    expect(found(["eldr", "barn"])).toEqual([]);
  });

  it("finds words by their beginning, below the word itself", () => {
    // The word in a name first, then a longer word in a name, then the word in a description.
    expect(found(["idrett"])).toEqual([4, 1, 3]);
    expect(found(["id"])).toEqual([]);
  });

  it("guesses a mistyped word only when asked to", () => {
    expect(found(["frivilighetsentral"])).toEqual([]);
    expect(found(["frivilighetsentral"], true)).toEqual([0]);
    expect(found(["xylofon"], true)).toEqual([]);
  });

  it("keeps guesses above the similarity threshold", () => {
    expect(FUZZY_THRESHOLD).toBeGreaterThan(0.3);
    expect(found(["sentrum"], true)).toEqual([]);
  });
});

describe("matchTerms on compound words", () => {
  const documents = [
    new Map([["flerkulturell", 1], ["forening", 1]]),
    new Map([["idrettsforening", 1]]),
    new Map([["frivilligsentral", 1]]),
    new Map([["kultur", 0.4], ["fotball", 1]]),
  ];
  const index = buildWordIndex(documents);
  const found = (terms: string[], fuzzy = false) => [...matchTerms(index, { terms }, fuzzy)].sort((a, b) => b[1] - a[1]).map(([entry]) => entry);

  it("finds a word inside a longer one only when guessing", () => {
    expect(found(["sentral"])).toEqual([]);
    expect(found(["sentral"], true)).toEqual([2]);
    expect(found(["idrett", "forening"])).toEqual([]);
    expect(found(["idrett", "forening"], true)).toEqual([1]);
  });

  it("finds a compound whose parts the directory has apart", () => {
    expect(found(["kulturforening"])).toEqual([]);
    expect(found(["kulturforening"], true)).toEqual([0]);
    expect(found(["kulturfotball"], true)).toEqual([3]);
  });

  it("splits a compound only into parts that are both found", () => {
    expect(found(["xylofonforening"], true)).toEqual([]);
  });
});

describe("parseTsvector on escapes", () => {
  it("reads a backslash-escaped character and a lexeme with spaces", () => {
    expect([...parseTsvector(String.raw`'a\\b':1 'two words':2B`)]).toEqual([
      ["a\\b", 0.1],
      ["two words", 0.4],
    ]);
  });
});

describe("addDocument and removeDocument", () => {
  const kor = new Map([["kor", 1], ["eldr", 0.4]]);
  const idrett = new Map([["idrettslag", 1], ["barn", 0.4]]);
  const found = (index: ReturnType<typeof buildWordIndex>, terms: string[], fuzzy = false) => [...matchTerms(index, { terms }, fuzzy).keys()].sort();

  it("finds a changed organisation by its new words under its new entry, and no longer by its old ones", () => {
    const index = buildWordIndex([kor, idrett]);
    removeDocument(index, 0);
    addDocument(index, 2, new Map([["korps", 1], ["ungdom", 0.4], ["barn", 0.2]]));
    expect(found(index, ["eldr"])).toEqual([]);
    expect(found(index, ["kor"])).toEqual([2]);
    expect(found(index, ["barn"])).toEqual([1, 2]);
    expect(found(index, ["ung"])).toEqual([2]);
    expect(found(index, ["ungdon"], true)).toEqual([2]);
  });

  it("keeps the words in order for searches by beginning, whichever order they arrive in", () => {
    const index = buildWordIndex([kor]);
    for (const [entry, word] of ["speider", "aksjon", "korpsmusikk", "sjakk"].entries()) addDocument(index, entry + 1, new Map([[word, 1]]));
    expect(index.sorted.map((id) => index.words[id])).toEqual(["aksjon", "eldr", "kor", "korpsmusikk", "sjakk", "speider"]);
    expect(found(index, ["kor"])).toEqual([0, 3]);
  });
});

describe("matchTerms with scores from elsewhere", () => {
  const index = buildWordIndex([new Map([["kor", 1]]), new Map([["eldr", 0.2]]), new Map([["tur", 1]])]);
  const tagged = (term: string) => (term === "eldr" ? new Map([[0, 0.3], [1, 0.3]]) : new Map<number, number>());

  it("finds an organisation by either, keeps the better score, and still needs every term", () => {
    expect([...matchTerms(index, { terms: ["eldr"] }, false, tagged)]).toEqual([[1, 0.3], [0, 0.3]]);
    expect([...matchTerms(index, { terms: ["eldr", "kor"] }, false, tagged)]).toEqual([[0, 1.3]]);
    expect([...matchTerms(index, { terms: ["tur"] }, false, tagged)]).toEqual([[2, 1]]);
  });
});

describe("matchTerms with optional terms", () => {
  const index = buildWordIndex([new Map([["barn", 1], ["ungdom", 1]]), new Map([["barn", 1], ["and", 1], ["ungdom", 1]]), new Map([["andr", 1]])]);

  it("does not need an optional term, and scores it where it is found; all optional means all needed", () => {
    const optional = new Set(["and"]);
    expect([...matchTerms(index, { terms: ["barn", "and", "ungdom"], optional }, false)]).toEqual([[0, 2], [1, 3]]);
    expect([...matchTerms(index, { terms: ["barn", "and", "ungdom"] }, false)]).toEqual([[1, 3]]);
    expect([...matchTerms(index, { terms: ["and"], optional }, false).keys()].sort()).toEqual([1, 2]);
  });
});

describe("joinedNeighbours", () => {
  it("writes each two neighbouring words as one, for short searches only", () => {
    expect(joinedNeighbours(" idretts  lag ")).toEqual(["idrettslag"]);
    expect(joinedNeighbours("frivillig sentral sund")).toEqual(["frivilligsentral sund", "frivillig sentralsund"]);
    expect(joinedNeighbours("kor")).toEqual([]);
    expect(joinedNeighbours("a b c d e")).toEqual([]);
  });
});

describe("wordMatches", () => {
  const index = buildWordIndex([new Map([["idrett", 0.1]]), new Map([["idrettslag", 0.1]]), new Map([["kultur", 0.1]])]);

  it("gives how well a word fits whatever its weight: the word itself, one it begins, and with fuzzy a similar one", () => {
    expect([...wordMatches(index, "idrett", false)]).toEqual([[0, 1], [1, 0.6]]);
    expect(wordMatches(index, "kulture", false).size).toBe(0);
    expect([...wordMatches(index, "kulture", true).keys()]).toEqual([2]);
  });
});

describe("fold", () => {
  it("writes Norwegian letters as they are typed without them, and drops accents", () => {
    expect(["Løperen", "loeperen", "loperen"].map(fold)).toEqual(["loperen", "loperen", "loperen"]);
    expect(["Vågen", "vaagen", "vagen"].map(fold)).toEqual(["vagen", "vagen", "vagen"]);
    expect(["Bærum", "Baerum", "barum"].map(fold)).toEqual(["barum", "barum", "barum"]);
    expect(["kafé", "Müller", "crème"].map(fold)).toEqual(["kafe", "muller", "creme"]);
  });

  it("leaves other scripts' letters as they are", () => {
    expect(fold("Київ")).toBe("київ");
    expect(fold("Допомога з домашнім")).toBe("допомога з домашнім");
  });
});

describe("matchTerms without Norwegian letters", () => {
  const documents = [
    new Map([["sjakklubb", 1], ["løper", 1]]),
    new Map([["båtforening", 1], ["våg", 1]]),
    new Map([["våg", 0.2]]),
    new Map([["språkkafe", 1]]),
    new Map([["språkkafé", 0.4]]),
    new Map([["kaffetreff", 0.4]]),
    new Map([["loper", 1]]),
  ];
  const index = buildWordIndex(documents);
  const found = (terms: string[], fuzzy = false, folded?: Map<string, string>) =>
    [...matchTerms(index, { terms, folded }, fuzzy)].sort((a, b) => b[1] - a[1]).map(([entry]) => entry);

  it("finds the Norwegian spelling by the word typed without its letters, also on the word's beginning", () => {
    expect(found(["loper"])).toEqual([6, 0]);
    expect(found(["vag"])).toEqual([1, 2]);
    expect(found(["batforening", "vag"])).toEqual([1]);
    expect(found(["spraakkaf"])).toEqual([3, 4]);
    expect(found(["sprakkaf"])).toEqual([3, 4]);
  });

  it("ranks the word as typed first, so a Norwegian spelling ranks as it did", () => {
    expect(found(["løper"])).toEqual([0, 6]);
    expect(matchTerms(index, { terms: ["løper"] }, false).get(0)).toBe(1);
    expect(matchTerms(index, { terms: ["våg"] }, false).get(1)).toBe(1);
  });

  it("finds an accented word as the typed word stemmed without the accent, as the search gives it", () => {
    expect(found(["kafé"])).toEqual([]);
    expect(found(["kafé"], false, new Map([["kafé", "kaf"]]))).toEqual([5]);
  });

  it("finds a mistyped word without Norwegian letters", () => {
    expect(found(["batforenig"], true)).toEqual([1]);
  });

  it("does not need a stop word typed without its letters", () => {
    expect(found(["sjakklubb", "pa", "loper"])).toEqual([0]);
  });

  it("finds a word added later by its folded beginning", () => {
    const later = buildWordIndex([new Map([["kor", 1]])]);
    addDocument(later, 1, new Map([["pynt", 1]]));
    addDocument(later, 2, new Map([["øvingslokal", 1]]));
    expect(later.sorted.map((id) => later.words[id])).toEqual(["kor", "øvingslokal", "pynt"]);
    expect([...matchTerms(later, { terms: ["ovingslok"] }, false).keys()]).toEqual([2]);
  });
});

describe("wordMatches without Norwegian letters", () => {
  const index = buildWordIndex([new Map([["nordmør", 0.1]]), new Map([["eldr", 0.1]])]);

  it("finds a name the word typed without Norwegian letters names, a little below the name itself", () => {
    expect([...wordMatches(index, "nordmor", false)]).toEqual([[0, 0.9]]);
    expect([...wordMatches(index, "nordmør", false)]).toEqual([[0, 1]]);
  });
});
