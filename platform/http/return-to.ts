/**
 * Where to send someone after signing in: only a path on this site. "//host", "/\host" and anything
 * with a scheme or control characters would let a crafted link send a fresh session elsewhere.
 */
export function safeReturnTo(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const parsed = new URL(value, "http://dugnad.invalid");
  if (parsed.origin !== "http://dugnad.invalid") return fallback;
  return parsed.pathname + parsed.search + parsed.hash;
}
