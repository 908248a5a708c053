import { describe, expect, it } from "vitest";
import type { Lang } from "../../platform/i18n/languages";
import { nb, publicNamespaces } from "./nb";
import { nn } from "./nn";
import { en } from "./en";
import { ar } from "./ar";
import { uk } from "./uk";
import { pl } from "./pl";
import { so } from "./so";
import { ti } from "./ti";

type Catalog = Record<string, string | undefined>;

const full: [Lang, Catalog][] = [
  ["nn", nn],
  ["en", en],
];
const publicOnly: [Lang, Catalog][] = [
  ["ar", ar],
  ["uk", uk],
  ["pl", pl],
  ["so", so],
  ["ti", ti],
];
const source: Catalog = nb;
const publicKeys = Object.values(publicNamespaces).flatMap((namespace) => Object.keys(namespace));

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

function wrongPlaceholders(catalog: Catalog): string[] {
  return Object.entries(catalog)
    .filter(([key, text]) => key in source && placeholders(text ?? "").join() !== placeholders(source[key]!).join())
    .map(([key]) => key);
}

function emptyValues(catalog: Catalog): string[] {
  return Object.entries(catalog)
    .filter(([, text]) => typeof text !== "string" || text.trim() === "")
    .map(([key]) => key);
}

describe("message catalogs", () => {
  it("nb has text for every key", () => {
    expect(emptyValues(source)).toEqual([]);
  });

  it("publishes at least the shell, validation and front page to every language", () => {
    expect(publicKeys).toEqual(expect.arrayContaining(["app.name", "validation.required", "home.title"]));
  });

  it.each(full)("%s has exactly the keys of nb", (_lang, catalog) => {
    expect(Object.keys(source).filter((key) => !(key in catalog))).toEqual([]);
    expect(Object.keys(catalog).filter((key) => !(key in source))).toEqual([]);
  });

  it.each(publicOnly)("%s translates every public key and nothing nb does not have", (_lang, catalog) => {
    expect(publicKeys.filter((key) => !(key in catalog))).toEqual([]);
    expect(Object.keys(catalog).filter((key) => !(key in source))).toEqual([]);
  });

  it.each([...full, ...publicOnly])("%s keeps the placeholders of nb and has no empty text", (_lang, catalog) => {
    expect(wrongPlaceholders(catalog)).toEqual([]);
    expect(emptyValues(catalog)).toEqual([]);
  });
});

/** Texts that tell a person their own role in an organisation, or the role they are about to get. */
const OWN_ROLE_TEXTS = [
  "organization.mine.lead",
  "organization.new.lead",
  "organization.edit.registered",
  "account.role.org_admin",
  "outreach.invitation.claimHelp",
  "outreach.invitation.youAreAdmin",
  "outreach.claim.taken",
];

describe("an organisation's admin", () => {
  it.each([["nb", nb as Catalog], ...full])("%s is called what the members page calls the role, wherever a person reads about it", (_lang, catalog) => {
    const name = catalog["orgResources.members.roleName.org_admin"]!.toLowerCase();
    expect(OWN_ROLE_TEXTS.filter((key) => !catalog[key]!.toLowerCase().includes(name) || /administrator/i.test(catalog[key]!))).toEqual([]);
  });
});
