import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheKey, clearCache, lookup, store } from "./microcache";

afterEach(() => {
  clearCache();
  vi.useRealTimers();
});

describe("microcache", () => {
  const page = { status: 200, headers: [["content-type", "text/html"]] as [string, string][], body: Buffer.from("<h1>Frivillige lag</h1>") };

  it("keeps a page for five seconds", () => {
    vi.useFakeTimers();
    const key = cacheKey("/organisasjoner?q=kor", "nb", "text/html");
    store(key, { ...page });
    expect(lookup(key)?.body.toString()).toBe("<h1>Frivillige lag</h1>");
    vi.advanceTimersByTime(5_001);
    expect(lookup(key)).toBeUndefined();
  });

  it("keeps languages and HTML apart", () => {
    store(cacheKey("/", "nb", "text/html"), { ...page });
    expect(lookup(cacheKey("/", "en", "text/html"))).toBeUndefined();
    expect(lookup(cacheKey("/", "nb", "application/json"))).toBeUndefined();
  });
});
