import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "./accept-language";

describe("negotiateLanguage", () => {
  it("picks the first of our languages by weight", () => {
    expect(negotiateLanguage("de-DE,de;q=0.9,en;q=0.8,nb;q=0.7")).toBe("en");
    expect(negotiateLanguage("en;q=0.5, nn-NO")).toBe("nn");
  });

  it("reads region tags and the old 'no' as bokmål", () => {
    expect(negotiateLanguage("no")).toBe("nb");
    expect(negotiateLanguage("nb-NO")).toBe("nb");
    expect(negotiateLanguage("uk-UA,uk;q=0.9")).toBe("uk");
  });

  it("answers nothing for languages we do not have, wildcards and refusals", () => {
    expect(negotiateLanguage("de, fr;q=0.8, *;q=0.5")).toBeUndefined();
    expect(negotiateLanguage("en;q=0")).toBeUndefined();
    expect(negotiateLanguage("")).toBeUndefined();
    expect(negotiateLanguage(null)).toBeUndefined();
  });
});
