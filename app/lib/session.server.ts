import { SESSION_COOKIE, SESSION_DAYS } from "../../platform/auth/session";
import { serializeCookie } from "../../platform/http/cookies";
import { secureCookies } from "../../platform/http/request";

export function sessionCookie(token: string): string {
  return serializeCookie(SESSION_COOKIE, token, { maxAgeSeconds: SESSION_DAYS * 86_400, secure: secureCookies() });
}

export function clearedSessionCookie(): string {
  return serializeCookie(SESSION_COOKIE, "", { maxAgeSeconds: 0, secure: secureCookies() });
}
