import { sign, verifySignature } from "../auth/secret";
import { readCookie } from "./cookies";

export const CSRF_COOKIE = "dugnad_csrf";
export const CSRF_FIELD = "_csrf";

/**
 * Signed double-submit token: the browser holds a random id in an http-only cookie, every form carries
 * the id's signature. A forged form on another site can read neither.
 */
export function csrfTokenFor(request: Request): string {
  const id = readCookie(request, CSRF_COOKIE);
  return id ? sign(`csrf:${id}`) : "";
}

export function isValidCsrf(request: Request, submitted: FormDataEntryValue | null): boolean {
  const id = readCookie(request, CSRF_COOKIE);
  return !!id && typeof submitted === "string" && submitted.length > 0 && verifySignature(`csrf:${id}`, submitted);
}

/** Writes with a cookie must come from our own pages; the browser always sends Origin on those. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  return origin === new URL(request.url).origin;
}
