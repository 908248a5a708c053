import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "..");

/** The components and pages, whose text a reader sees; tests and the catalogs themselves excepted. */
const SOURCES = readdirSync(APP, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".tsx") && !file.includes(".test.") && !file.startsWith("i18n"))
  .map((file) => [file, readFileSync(path.join(APP, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")] as const);

function found(pattern: RegExp): string[] {
  return SOURCES.flatMap(([file, source]) => [...source.matchAll(pattern)].map((match) => `${file}: ${match[0].trim()}`));
}

describe("text a page shows", () => {
  it("finds the pages", () => {
    expect(SOURCES.map(([file]) => file)).toEqual(expect.arrayContaining(["root.tsx", path.join("routes", "my-organizations.tsx")]));
  });

  it("has no words written between tags: they would read the same in every language", () => {
    expect(found(/>[^<>{}=;()]*\p{L}{2,}[^<>{}=;()]*<\//gu)).toEqual([]);
  });

  it("has no words in a label, title, alternative text or placeholder written into the code, only message keys", () => {
    expect(found(/\b(?:aria-label|alt|title|placeholder|label|description)="(?!\w+(?:\.\w+)+")[^"]*\p{L}[^"]*"/gu)).toEqual([]);
  });

  it("builds no screen-reader label from translated pieces: word order and punctuation belong to the catalog", () => {
    expect(found(/\baria-label=\{`(?:[^`$]|\$(?!\{))*\$\{[^`]*`\}/g).filter((hit) => /`[^`]*[^\s`}][^`]*\$\{|\}[^`$]*[^\s`$][^`$]*(?:\$|`)/.test(hit))).toEqual([]);
  });
});
