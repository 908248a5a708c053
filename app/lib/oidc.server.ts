import { data } from "react-router";
import { oidcSettings, OIDC_FLOW_SECONDS } from "../../platform/auth/oidc";
import { serializeCookie } from "../../platform/http/cookies";
import { secureCookies } from "../../platform/http/request";

/** The OpenID Connect pages exist only where the municipality has configured a provider. */
export function requireOidc(): { name: string } {
  const settings = oidcSettings();
  if (!settings) throw data(null, { status: 404 });
  return { name: settings.name };
}

/** A cookie that carries one step of the sign-in for as long as the provider's part may take. */
export function flowCookie(name: string, value: string): string {
  return serializeCookie(name, value, { maxAgeSeconds: OIDC_FLOW_SECONDS, secure: secureCookies() });
}

export function clearedCookie(name: string): string {
  return serializeCookie(name, "", { maxAgeSeconds: 0, secure: secureCookies() });
}
