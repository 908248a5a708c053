import { sign, verifySignature } from "./secret";

/**
 * A small JSON value the browser carries (in a cookie) but cannot alter or reuse for another purpose,
 * valid for a limited time: the state of a sign-in stays with the visitor, not in any one app process.
 */
export function signValue(purpose: string, value: unknown, maxAgeSeconds: number): string {
  const payload = Buffer.from(JSON.stringify({ value, expires: Date.now() + maxAgeSeconds * 1000 })).toString("base64url");
  return `${payload}.${sign(`${purpose}:${payload}`)}`;
}

/** The value as signed, or null when it is missing, altered, signed for another purpose or expired. */
export function readSignedValue(purpose: string, signed: string | undefined): unknown {
  if (!signed) return null;
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const payload = signed.slice(0, dot);
  if (!verifySignature(`${purpose}:${payload}`, signed.slice(dot + 1))) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { value?: unknown; expires?: unknown };
    return typeof parsed.expires === "number" && parsed.expires > Date.now() ? (parsed.value ?? null) : null;
  } catch {
    return null;
  }
}
