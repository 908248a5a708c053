import { describe, expect, it } from "vitest";
import { newNonce } from "./security";

describe("script nonces", () => {
  it("gives every response 16 random bytes of its own, also across the blocks they are cut from", () => {
    const nonces = Array.from({ length: 1_000 }, newNonce);
    expect(new Set(nonces).size).toBe(1_000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
