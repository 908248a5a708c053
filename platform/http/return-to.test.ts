import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to";

describe("where to go after signing in", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeReturnTo("/mine-data")).toBe("/mine-data");
    expect(safeReturnTo("/aktiviteter?side=2#liste")).toBe("/aktiviteter?side=2#liste");
  });

  it("sends anything that could leave the site to the front page", () => {
    for (const value of ["//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "mine-data", "/\t/evil.example", "", null, 42]) {
      expect(safeReturnTo(value)).toBe("/");
    }
    expect(safeReturnTo("https://evil.example/", "/logg-inn")).toBe("/logg-inn");
  });
});
