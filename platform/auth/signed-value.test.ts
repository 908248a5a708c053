import { afterEach, describe, expect, it, vi } from "vitest";
import { useSecret as loadTestSecret } from "./secret";
import { readSignedValue, signValue } from "./signed-value";

loadTestSecret("test-secret");

afterEach(() => {
  vi.useRealTimers();
});

describe("signed values", () => {
  it("gives back what was signed for the same purpose", () => {
    expect(readSignedValue("login", signValue("login", { a: 1 }, 60))).toEqual({ a: 1 });
  });

  it("refuses a value that was altered, signed for another purpose, signed with another secret or missing", () => {
    const signed = signValue("login", { subject: "kari" }, 60);
    const [payload, signature] = signed.split(".");
    const altered = Buffer.from(JSON.stringify({ value: { subject: "ola" }, expires: Date.now() + 60_000 })).toString("base64url");
    expect(readSignedValue("login", `${altered}.${signature}`)).toBeNull();
    expect(readSignedValue("pending", signed)).toBeNull();
    expect(readSignedValue("login", payload)).toBeNull();
    expect(readSignedValue("login", undefined)).toBeNull();
    loadTestSecret("another-secret");
    expect(readSignedValue("login", signed)).toBeNull();
    loadTestSecret("test-secret");
  });

  it("refuses a value after its time is up", () => {
    vi.useFakeTimers();
    const signed = signValue("login", "x", 600);
    vi.advanceTimersByTime(599_000);
    expect(readSignedValue("login", signed)).toBe("x");
    vi.advanceTimersByTime(2_000);
    expect(readSignedValue("login", signed)).toBeNull();
  });
});
