export function readCookies(header: string | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (!header) return result;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in result) continue;
    try {
      result[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      result[name] = part.slice(eq + 1).trim();
    }
  }
  return result;
}

export function readCookie(request: Request, name: string): string | undefined {
  return readCookies(request.headers.get("cookie"))[name];
}

export type CookieOptions = { maxAgeSeconds?: number; httpOnly?: boolean; secure: boolean };

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", "SameSite=Lax"];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  if (options.httpOnly !== false) parts.push("HttpOnly");
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}
