import { describe, expect, it } from "vitest";
import { parseResourceQuery } from "./resource-query";

describe("parseResourceQuery", () => {
  it("keeps a plain word to look for in the resources", () => {
    expect(parseResourceQuery("minibuss")).toEqual({ words: ["minibuss"] });
    expect(parseResourceQuery("  Aggregat, telt ")).toEqual({ words: ["aggregat", "telt"] });
  });

  it("reads a premises capacity", () => {
    expect(parseResourceQuery("lokale for 50")).toEqual({ kind: "premises", minCapacity: 50, words: [] });
    expect(parseResourceQuery("lokaler med plass til minst 120 personer")).toEqual({ kind: "premises", minCapacity: 120, words: [] });
    expect(parseResourceQuery("plass til 30")).toEqual({ kind: "premises", minCapacity: 30, words: [] });
  });

  it("reads seats in a vehicle", () => {
    expect(parseResourceQuery("bil med 8 seter")).toEqual({ kind: "vehicle", minSeats: 8, words: [] });
    expect(parseResourceQuery("minibuss 9 seter rullestol")).toEqual({ kind: "vehicle", minSeats: 9, wheelchairAccessible: true, words: ["minibuss"] });
    expect(parseResourceQuery("buss for 20")).toEqual({ kind: "vehicle", minSeats: 20, words: [] });
  });

  it("understands a spoken language and an agreement with the municipality", () => {
    expect(parseResourceQuery("snakker arabisk")).toEqual({ languages: ["ar"], words: [] });
    expect(parseResourceQuery("Snakker Ukrainsk")).toEqual({ languages: ["uk"], words: [] });
    expect(parseResourceQuery("snakker engelsk og arabisk, arabisk")).toEqual({ languages: ["en", "ar"], words: [] });
    expect(parseResourceQuery("snakker nynorsk")).toEqual({ languages: ["nn"], words: [] });
    expect(parseResourceQuery("beredskapsavtale")).toEqual({ agreement: true, words: [] });
    expect(parseResourceQuery("tolking somali")).toEqual({ languages: ["so"], words: ["tolking"] });
  });

  it("asks nothing when only filler words were typed", () => {
    expect(parseResourceQuery("")).toEqual({ words: [] });
    expect(parseResourceQuery("for til med")).toEqual({ words: [] });
  });
});
