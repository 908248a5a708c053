import { describe, expect, it } from "vitest";
import { withinPages } from "./paging.server";

function locationOf(path: string, list: { page: number; pageCount: number }): string | null {
  try {
    expect(withinPages(new Request(`http://localhost${path}`), list)).toBe(list);
    return null;
  } catch (response) {
    return (response as Response).headers.get("location");
  }
}

describe("a page past the last", () => {
  it("sends the visitor to the last page of the same search", () => {
    expect(locationOf("/organisasjoner?q=idrett&side=999", { page: 999, pageCount: 3 })).toBe("/organisasjoner?q=idrett&side=3");
    expect(locationOf("/organisasjoner?side=999&q=idrett", { page: 999, pageCount: 1 })).toBe("/organisasjoner?q=idrett");
  });

  it("leaves the pages that exist alone", () => {
    expect(locationOf("/organisasjoner?side=3", { page: 3, pageCount: 3 })).toBeNull();
    expect(locationOf("/organisasjoner", { page: 1, pageCount: 1 })).toBeNull();
  });
});
