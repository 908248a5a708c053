import { describe, expect, it, vi } from "vitest";
import { BODY_LIMIT_BYTES, refuseOversizedBodies } from "./body-limit.server";

function run(path: string, method: string, headers: Record<string, string>) {
  const next = vi.fn(async () => new Response("ok"));
  const request = new Request(`http://localhost${path}`, { method, headers });
  const result = Promise.resolve().then(() => refuseOversizedBodies({ request, params: {}, context: {} } as never, next));
  return { next, result };
}

const statusOf = (result: Promise<unknown>) => result.then(() => 0, (error: { init?: { status?: number } }) => error.init?.status);

describe("refuseOversizedBodies", () => {
  it("lets through requests without a body and bodies within the limit", async () => {
    const get = run("/organisasjoner", "GET", {});
    await get.result;
    expect(get.next).toHaveBeenCalled();
    const post = run("/organisasjoner/ny", "POST", { "content-length": String(BODY_LIMIT_BYTES) });
    await post.result;
    expect(post.next).toHaveBeenCalled();
  });

  it("refuses a larger body (413) and one that does not say how long it is (411), before the route", async () => {
    const large = run("/organisasjoner/ny", "POST", { "content-length": String(BODY_LIMIT_BYTES + 1) });
    expect(await statusOf(large.result)).toBe(413);
    expect(large.next).not.toHaveBeenCalled();
    const chunked = run("/organisasjoner/ny", "POST", { "transfer-encoding": "chunked" });
    expect(await statusOf(chunked.result)).toBe(411);
  });

  it("answers the API with a problem document in the client's language", async () => {
    const large = run("/api/v1/organizations?lang=en", "POST", { "content-length": String(BODY_LIMIT_BYTES + 1) });
    const response = (await large.result) as Response;
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ status: 413, title: "The content was not accepted", detail: "The content may be at most 32 MB." });
    const chunked = (await run("/api/v1/organizations", "POST", { "transfer-encoding": "chunked" }).result) as Response;
    expect(chunked.status).toBe(411);
  });

  it("leaves the register import to check its own, larger limit", async () => {
    const upload = run("/koordinering/import", "POST", { "content-length": String(150 * 1024 * 1024) });
    await upload.result;
    expect(upload.next).toHaveBeenCalled();
  });
});
