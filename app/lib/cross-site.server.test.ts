import { afterEach, describe, expect, it, vi } from "vitest";
import { refuseCrossSiteForms } from "./cross-site.server";

function run(path: string, method: string, headers: Record<string, string> = {}) {
  const next = vi.fn(async () => new Response("ok"));
  const request = new Request(`http://localhost${path}`, { method, headers });
  const result = Promise.resolve().then(() => refuseCrossSiteForms({ request, params: {}, context: {} } as never, next));
  return { next, result };
}

describe("refuseCrossSiteForms", () => {
  afterEach(() => vi.restoreAllMocks());

  it("refuses a form another site sent to a page with 403 and its reason, logging one line and no trace", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const origin of ["https://evil.example", "http://127.0.0.1", "null"]) {
      const { next, result } = run("/organisasjoner/1/rediger", "POST", { origin });
      const refusal: unknown = await result.then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refusal).toMatchObject({ data: { reason: "crossSite" }, init: { status: 403 } });
      expect(next).not.toHaveBeenCalled();
    }
    expect(warned).toHaveBeenCalledTimes(3);
    expect(warned.mock.calls[0]).toEqual([expect.stringContaining("POST /organisasjoner/1/rediger (Origin https://evil.example)")]);
    expect(errors).not.toHaveBeenCalled();
  });

  it("lets through our own forms, requests that say no origin, reading requests and the API", async () => {
    const passing = [
      run("/organisasjoner/1/rediger", "POST", { origin: "http://localhost" }),
      run("/organisasjoner/1/rediger", "POST"),
      run("/organisasjoner", "GET", { origin: "https://evil.example" }),
      run("/api/v1/organizations", "POST", { origin: "https://integrasjon.example" }),
    ];
    for (const { next, result } of passing) {
      await result;
      expect(next).toHaveBeenCalled();
    }
  });
});
