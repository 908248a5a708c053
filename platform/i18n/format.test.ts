import { describe, expect, it } from "vitest";
import { formatList } from "./format";

describe("lists", () => {
  it("are joined as the page's language joins them, not with a Latin comma", () => {
    expect(formatList("nb", ["norsk", "engelsk", "arabisk"])).toBe("norsk, engelsk og arabisk");
    expect(formatList("ar", ["النرويجية", "الإنجليزية", "العربية"])).toBe("النرويجية والإنجليزية والعربية");
    expect(formatList("ti", ["ኣ", "ለ", "ሐ"])).toContain("፣");
    expect(formatList("en", ["Arabic"])).toBe("Arabic");
  });
});
