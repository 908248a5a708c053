import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../platform/i18n/languages";
import { SPOKEN_LANGUAGE_CODES, spokenLanguageName } from "./names";

describe("names of spoken languages", () => {
  it("are in the reader's language for every language offered, never the English name in its place", () => {
    for (const lang of LANGUAGES.filter((l) => l !== "en")) {
      for (const code of SPOKEN_LANGUAGE_CODES) {
        const name = spokenLanguageName(code, lang);
        expect(name, `${code} in ${lang}`).not.toBe(code);
        expect(name, `${code} in ${lang}`).not.toBe(spokenLanguageName(code, "en"));
      }
    }
  });

  it("name Bengali in Somali as a language, not as the country Bangladesh", () => {
    expect(spokenLanguageName("bn", "so")).toBe("Af-Bangaali");
    expect(spokenLanguageName("tr", "so")).toBe("Af-Turki");
  });
});
