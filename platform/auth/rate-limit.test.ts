import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../testing/hooks";
import { RateLimitedError } from "../errors";
import { rateLimitBucket } from "./schema";
import { countAttempt, enforceRateLimit } from "./rate-limit";

const conn = withTestDatabase();

const limit = { name: "test", max: 3, windowSeconds: 600 };
const start = new Date("2026-03-01T10:00:00Z");
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("rate limits", () => {
  it("lets the allowed attempts through and then says how long to wait", async () => {
    for (let i = 0; i < 3; i++) await enforceRateLimit(conn.db, limit, "kari@example.no", later(i));
    const error = await enforceRateLimit(conn.db, limit, "kari@example.no", later(60)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(540);
  });

  it("counts each subject on its own, whatever the letter case", async () => {
    await enforceRateLimit(conn.db, limit, "ola@example.no", later(1));
    expect((await countAttempt(conn.db, limit, "OLA@example.no", later(2))).count).toBe(2);
  });

  it("starts a new window once the old one has run out", async () => {
    const result = await countAttempt(conn.db, limit, "kari@example.no", later(600));
    expect(result).toEqual({ count: 1, windowStart: later(600) });
    await expect(enforceRateLimit(conn.db, limit, "kari@example.no", later(601))).resolves.toBeUndefined();
  });

  it("stores no e-mail address in the table", async () => {
    const keys = (await conn.db.select().from(rateLimitBucket)).map((row) => row.key);
    expect(keys.join(" ")).not.toContain("@");
  });
});
