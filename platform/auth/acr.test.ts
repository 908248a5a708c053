import { describe, expect, it } from "vitest";
import { acrSatisfies } from "./acr";

describe("levels of assurance", () => {
  it("accepts the level asked for and any higher one", () => {
    expect(acrSatisfies("idporten-loa-substantial", "idporten-loa-substantial")).toBe(true);
    expect(acrSatisfies("idporten-loa-high", "idporten-loa-substantial")).toBe(true);
    expect(acrSatisfies("Level4", "Level3")).toBe(true);
    expect(acrSatisfies("Level4", "idporten-loa-substantial")).toBe(true);
  });

  it("refuses a lower, unknown or missing level", () => {
    expect(acrSatisfies("idporten-loa-substantial", "idporten-loa-high")).toBe(false);
    expect(acrSatisfies("Level3", "Level4")).toBe(false);
    expect(acrSatisfies("idporten-loa-low", "idporten-loa-substantial")).toBe(false);
    expect(acrSatisfies("something-else", "idporten-loa-substantial")).toBe(false);
    expect(acrSatisfies("", "idporten-loa-substantial")).toBe(false);
  });

  it("accepts any of several levels asked for, and anything when none is asked for", () => {
    expect(acrSatisfies("custom-level", "custom-level idporten-loa-high")).toBe(true);
    expect(acrSatisfies("idporten-loa-substantial", "idporten-loa-high Level3")).toBe(true);
    expect(acrSatisfies("", "  ")).toBe(true);
  });
});
