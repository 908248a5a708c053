import { createHash, randomBytes } from "node:crypto";

/** A random secret for a cookie, a link or an API key; only its hash is stored. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
