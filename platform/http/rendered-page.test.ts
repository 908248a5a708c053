import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzippedBody, isRenderedWhole, readRenderedPage } from "./rendered-page";

const typed = (type: string, body: BodyInit | null = "x") => new Response(body, { headers: { "content-type": type } });

describe("pages rendered whole", () => {
  it("are HTML pages and JSON answers, not downloads, files or empty answers", () => {
    expect(isRenderedWhole(typed("text/html; charset=utf-8"))).toBe(true);
    expect(isRenderedWhole(typed("application/json"))).toBe(true);
    expect(isRenderedWhole(typed("application/problem+json"))).toBe(true);
    expect(isRenderedWhole(typed("text/csv; charset=utf-8"))).toBe(false);
    expect(isRenderedWhole(typed("image/png"))).toBe(false);
    expect(isRenderedWhole(typed("application/jsonx"))).toBe(false);
    expect(isRenderedWhole(typed("text/html", null))).toBe(false);
    expect(isRenderedWhole(new Response(null, { status: 302, headers: { location: "/" } }))).toBe(false);
  });

  it("are gzipped once, only when the visitor takes gzip and the page is worth it", async () => {
    const page = await readRenderedPage(typed("text/html", "<p>Frivillig</p>".repeat(200)));
    expect(gzippedBody(page, false)).toBeUndefined();
    const zipped = gzippedBody(page, true)!;
    expect(gunzipSync(zipped).toString()).toBe("<p>Frivillig</p>".repeat(200));
    expect(gzippedBody(page, true)).toBe(zipped);

    const short = await readRenderedPage(typed("text/html", "<p>Kort</p>"));
    expect(gzippedBody(short, true)).toBeUndefined();
  });
});
