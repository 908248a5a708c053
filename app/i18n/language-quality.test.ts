import { describe, expect, it } from "vitest";
import type { Lang } from "../../platform/i18n/languages";
import { nb } from "./nb";
import { nn } from "./nn";
import { en } from "./en";
import { ar } from "./ar";
import { uk } from "./uk";
import { pl } from "./pl";
import { so } from "./so";
import { ti } from "./ti";

type Catalog = Record<string, string | undefined>;

const catalogs: [Lang, Catalog][] = [
  ["nb", nb],
  ["nn", nn],
  ["en", en],
  ["ar", ar],
  ["uk", uk],
  ["pl", pl],
  ["so", so],
  ["ti", ti],
];
const publicOnly = catalogs.filter(([lang]) => !["nb", "nn", "en"].includes(lang));

/** Whole words from the list; `\b` would not see the end of a word that ends in æ, ø or å. */
function words(list: string[]): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${list.join("|")})(?!\\p{L})`, "giu");
}

/** "key: what matched" for every text in which the pattern is found, after `strip` has taken out what may match. */
function findings(catalog: Catalog, pattern: RegExp, strip: (text: string) => string = (text) => text): string[] {
  return Object.entries(catalog).flatMap(([key, text]) => {
    const found = strip(text ?? "").match(pattern);
    return found ? [`${key}: ${[...new Set(found)].join(", ")}`] : [];
  });
}

const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, " ");

/** Forms that exist in bokmål and not in nynorsk; a nynorsk page that shows one was left untranslated. */
const BOKMAL_ONLY = words([
  "ikke", "jeg", "hva", "hvordan", "hvor", "hvorfor", "hvis", "hvem", "hvilken", "hvilke", "hvilket", "hver", "hvert",
  "noen", "noe", "fra", "også", "være", "vært", "ble", "mye", "dere", "bare", "selv", "uten", "kun", "gjøre", "gjør",
  "allerede", "ennå", "følgende", "disse", "sammen", "hjem", "kommer", "skrevet", "bekreft\\p{L}*", "forespørs\\p{L}*",
  "tjeneste\\p{L}*", "enhet\\p{L}*",
  // -lig and -het, which nynorsk writes -leg and -heit (frivillig is nynorsk too).
  "\\p{L}+[^l\\P{L}]lig(?:e|ere|st|ste)?", "\\p{L}+het(?:en|er|ene)?",
]);

/** Norwegian that an English page should not show: letters English has not, and common words English has not. */
const NORWEGIAN = new RegExp(
  `[æøå]|${words(["og", "ikke", "ikkje", "eller", "det", "som", "av", "på", "du", "deg", "laget", "lag", "kommunen", "hvis", "når", "med", "frivillig\\p{L}*", "organisasjon\\p{L}*"]).source}`,
  "giu",
);

/** Norwegian names an English text keeps, as the reader meets them on Norwegian sites and in the registers' files. */
const NORWEGIAN_NAMES = ["Bokmål", "Enhetsregisteret", "Frivillighetsregisteret", "Brønnøysund", "Datatilsynet", "Tilsynet for universell utforming av ikt"];

/** What an English text may say in Norwegian: quoted examples of what to type, glosses in brackets, web addresses and names. */
function englishProse(text: string): string {
  const names = NORWEGIAN_NAMES.reduce((rest, name) => rest.replaceAll(name, " "), text);
  return withoutPlaceholders(names)
    .replace(/“[^”]*”/g, " ")
    .replace(/\([^)]*\)/g, " ")
    .replace(/\S+\.no\b/g, " ");
}

/** Names, codes, loanwords and Latin-script glosses in brackets that a text in Arabic, Ukrainian or Tigrinya rightly keeps. */
const LATIN_KEPT = ["Dugnad", "ID-porten", "BankID", "MinID", "JSON", "ID", "spam"];

function nonLatinProse(text: string): string {
  const names = LATIN_KEPT.reduce((rest, name) => rest.replaceAll(name, " "), text);
  return withoutPlaceholders(names)
    .replace(/\([^)]*\)/g, " ")
    .replace(/\S+@\S+/g, " ");
}

/** Texts that are rightly the same as in English or bokmål: the product's name, and words the language shares. */
const SAME_AS_SOURCE: Partial<Record<Lang, string[]>> = {
  ar: ["app.name"],
  uk: ["app.name"],
  pl: ["app.name", "directory.contact", "directory.phone", "account.myData.profile", "account.role.admin"],
  so: ["app.name"],
  ti: ["app.name"],
};

describe("untranslated text", () => {
  it("nynorsk has no bokmål word forms", () => {
    expect(findings(nn, BOKMAL_ONLY, (text) => withoutPlaceholders(text).replace(/\S+\.json\S*/g, " "))).toEqual([]);
  });

  it("English has no Norwegian words outside quoted examples, glosses and names", () => {
    expect(findings(en, NORWEGIAN, englishProse)).toEqual([]);
  });

  it.each(publicOnly)("%s translates every text rather than repeating the English or bokmål one", (lang, catalog) => {
    const same = Object.entries(catalog)
      .filter(([key, text]) => (text === en[key as keyof typeof en] || text === nb[key as keyof typeof nb]) && !SAME_AS_SOURCE[lang]?.includes(key))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it.each(publicOnly.filter(([lang]) => ["ar", "uk", "ti"].includes(lang)))("%s has no Latin-script words but names and glosses", (_lang, catalog) => {
    expect(findings(catalog, /\p{Script=Latin}{2,}/gu, nonLatinProse)).toEqual([]);
  });
});

/**
 * Forms each catalog has chosen against, so a concept keeps one name: the same word for the same thing on every
 * page, and one of two correct spellings rather than both.
 */
const REJECTED: Partial<Record<Lang, [RegExp, string][]>> = {
  nb: [[words(["bydel\\p{L}*", "grend\\p{L}*"]), "område (the word the profile, the filters and the coverage use)"]],
  nn: [
    [words(["lenkj\\p{L}*"]), "lenke, lenka, lenkene"],
    [words(["ei (?:ny )?invitasjon"]), "ein invitasjon (masculine)"],
    [words(["medlemer"]), "medlemmer"],
    [words(["gje"]), "gi"],
    [words(["bydel\\p{L}*", "grender"]), "område"],
  ],
  en: [
    [words(["competences?"]), "skills"],
    [words(["districts?"]), "area"],
    [/Register of Business Enterprises|Central Coordinating Register(?! for Legal Entities)/g, "the Central Coordinating Register for Legal Entities (Enhetsregisteret)"],
  ],
  // Polish addresses the reader with a capital, as a letter does.
  pl: [[new RegExp(words(["ci", "cię", "ty", "tobą", "tobie", "twoj\\p{L}*"]).source, "gu"), "Ci, Cię, Ty, Tobą, Tobie, Twój"]],
};

/** A link and the heading of the page it opens, which should begin with the link's words. */
const LINKS_AND_HEADINGS: [string, string][] = [
  ["nav.organizations", "directory.title"],
  ["nav.myOrganizations", "organization.mine.title"],
  ["nav.myData", "account.myData.title"],
  ["nav.admin", "admin.title"],
  ["nav.coordinator", "coordination.title"],
  ["coordination.link.sectorMap", "sectorMap.title"],
  ["coordination.link.whoCanHelp", "whoCanHelp.title"],
  ["coordination.link.coverage", "coverage.title"],
  ["coordination.link.import", "orgImport.title"],
  ["coordination.link.outreach", "outreach.title"],
  ["coordination.link.vocabulary", "orgResources.vocabulary.title"],
];

const full: [Lang, Catalog][] = [
  ["nb", nb],
  ["nn", nn],
  ["en", en],
];

describe("terminology", () => {
  it.each(catalogs.filter(([lang]) => lang in REJECTED))("%s names each concept one way", (lang, catalog) => {
    const found = (REJECTED[lang] ?? []).flatMap(([pattern, instead]) => findings(catalog, pattern, withoutPlaceholders).map((hit) => `${hit} (say ${instead})`));
    expect(found).toEqual([]);
  });

  it.each(full)("%s names a page in the link to it as the page's heading does", (_lang, catalog) => {
    const differ = LINKS_AND_HEADINGS.filter(([link, heading]) => !catalog[heading]!.toLowerCase().startsWith(catalog[link]!.toLowerCase())).map(
      ([link, heading]) => `${link} «${catalog[link]}» → ${heading} «${catalog[heading]}»`,
    );
    expect(differ).toEqual([]);
  });
});

/** The quotation marks each language writes; any other kind in its catalog is a slip. */
const QUOTES: Record<Lang, RegExp> = {
  nb: /["“”„]/g,
  nn: /["“”„]/g,
  en: /["«»„]/g,
  ar: /["“”„]/g,
  uk: /["“”„]/g,
  pl: /["«»“]/g,
  so: /["“”„]/g,
  ti: /["“”„]/g,
};

describe("typography", () => {
  it.each(catalogs)("%s has no stray spaces", (_lang, catalog) => {
    expect(findings(catalog, /^\s+|\s+$| {2,}| \n|\t/g)).toEqual([]);
  });

  it.each(catalogs)("%s writes an ellipsis as … and a dash between words as –", (_lang, catalog) => {
    expect(findings(catalog, /\.\.\.| - /g)).toEqual([]);
  });

  it.each(catalogs)("%s uses its language's quotation marks", (lang, catalog) => {
    expect(findings(catalog, QUOTES[lang])).toEqual([]);
  });

  it.each(catalogs)("%s writes its apostrophes one way", (_lang, catalog) => {
    const straight = findings(catalog, /'/g);
    const curly = findings(catalog, /’/g);
    expect(straight.length && curly.length ? straight : []).toEqual([]);
  });
});
