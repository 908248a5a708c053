import * as client from "openid-client";
import { z } from "zod";
import { config, type OidcConfig } from "../config";
import type { Lang } from "../i18n/languages";
import { safeReturnTo } from "../http/return-to";
import { acrSatisfies } from "./acr";
import { readSignedValue, signValue } from "./signed-value";

/** The browser keeps the state of one sign-in for ten minutes: no app process has to remember it. */
export const OIDC_LOGIN_COOKIE = "dugnad_oidc";
export const OIDC_FLOW_SECONDS = 600;
export const OIDC_PENDING_COOKIE = "dugnad_oidc_pending";
export const OIDC_CALLBACK_PATH = "/logg-inn/idporten/callback";
const LOGIN_PURPOSE = "oidc-login";
const PENDING_PURPOSE = "oidc-pending";

/** Who the provider says signed in: a pseudonymous subject and the level of assurance, nothing more. */
export type OidcIdentity = { provider: string; subject: string; acr: string };

export type OidcLoginResult = { identity: OidcIdentity; name: string | null; returnTo: string };

/**
 * Why a sign-in was refused, as the page explains it. Never carries the provider's error or its cause:
 * those can hold the ID token's claims, and with them the national identity number.
 */
export type OidcRefusalReason = "expired" | "cancelled" | "acr" | "failed" | "unavailable";

export class OidcRefusal extends Error {
  constructor(readonly reason: OidcRefusalReason) {
    super(`OpenID Connect sign-in refused: ${reason}`);
    this.name = "OidcRefusal";
  }
}

const loginState = z.object({
  verifier: z.string().min(43),
  state: z.string().min(1),
  nonce: z.string().min(1),
  returnTo: z.string(),
});
export type OidcLoginState = z.infer<typeof loginState>;

/** The settings, or null when the municipality has not configured OpenID Connect. */
export function oidcSettings(): OidcConfig | null {
  return config().oidc ?? null;
}

/** "idporten" for ID-porten (test and production), the issuer's host for any other provider. */
export function providerId(issuer: string): string {
  const host = new URL(issuer).host;
  return host === "idporten.no" || host.endsWith(".idporten.no") ? "idporten" : host;
}

export function redirectUri(): string {
  return `${config().publicUrl}${OIDC_CALLBACK_PATH}`;
}

/** ID-porten speaks nb, nn, en and se; everyone else gets English. */
export function uiLocale(lang: Lang): string {
  return lang === "nb" || lang === "nn" ? lang : "en";
}

const discovered = new Map<string, Promise<client.Configuration>>();

function clientAuth(settings: OidcConfig): client.ClientAuth {
  if (settings.tokenAuthMethod === "none" || !settings.clientSecret) return client.None();
  return settings.tokenAuthMethod === "client_secret_post"
    ? client.ClientSecretPost(settings.clientSecret)
    : client.ClientSecretBasic(settings.clientSecret);
}

/** Plain HTTP is allowed only for a provider on this machine (a local test provider), never over a network. */
function isLoopback(issuer: URL): boolean {
  return issuer.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname);
}

/** The provider's metadata and keys, fetched once per process and fetched again after a failure. */
function configuration(settings: OidcConfig): Promise<client.Configuration> {
  const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret, settings.tokenAuthMethod]);
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(settings.issuer);
    found = client.discovery(issuer, settings.clientId, undefined, clientAuth(settings), {
      execute: isLoopback(issuer) ? [client.allowInsecureRequests] : [],
      timeout: 10,
    });
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

function requireSettings(): OidcConfig {
  const settings = oidcSettings();
  if (!settings) throw new OidcRefusal("unavailable");
  return settings;
}

export function sealLoginState(state: OidcLoginState): string {
  return signValue(LOGIN_PURPOSE, state, OIDC_FLOW_SECONDS);
}

export function openLoginState(cookie: string | undefined): OidcLoginState | null {
  const parsed = loginState.safeParse(readSignedValue(LOGIN_PURPOSE, cookie));
  return parsed.success ? parsed.data : null;
}

const pendingRegistration = z.object({
  identity: z.object({ provider: z.string(), subject: z.string(), acr: z.string() }),
  name: z.string().nullable(),
  returnTo: z.string(),
});
/** Someone the provider vouched for who has no account yet, while they fill in the registration form. */
export type OidcPendingRegistration = z.infer<typeof pendingRegistration>;

export function sealPendingRegistration(pending: OidcPendingRegistration): string {
  return signValue(PENDING_PURPOSE, pending, OIDC_FLOW_SECONDS);
}

export function openPendingRegistration(cookie: string | undefined): OidcPendingRegistration | null {
  const parsed = pendingRegistration.safeParse(readSignedValue(PENDING_PURPOSE, cookie));
  return parsed.success ? parsed.data : null;
}

/**
 * Starts the authorization code flow with PKCE (S256), state and nonce. Returns where to send the
 * browser and the cookie value that proves, on return, that this browser started this sign-in.
 */
export async function beginOidcLogin(input: { returnTo: unknown; lang: Lang }): Promise<{ url: URL; cookie: string }> {
  const settings = requireSettings();
  let server: client.Configuration;
  try {
    server = await configuration(settings);
  } catch {
    throw new OidcRefusal("unavailable");
  }
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(server, {
    redirect_uri: redirectUri(),
    scope: settings.scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ui_locales: uiLocale(input.lang),
    ...(settings.acrValues.trim() ? { acr_values: settings.acrValues.trim() } : {}),
  });
  const cookie = sealLoginState({ verifier, state, nonce, returnTo: safeReturnTo(input.returnTo) });
  return { url, cookie };
}

function refusalFor(error: unknown): OidcRefusal {
  if (error instanceof OidcRefusal) return error;
  if (error instanceof client.AuthorizationResponseError && error.error === "access_denied") return new OidcRefusal("cancelled");
  return new OidcRefusal("failed");
}

/**
 * Finishes the sign-in on the callback: checks the browser's state cookie, exchanges the code (openid-client
 * checks state, nonce, issuer, audience and signature) and requires an acceptable level of assurance.
 * Only `sub`, `acr` and a display name leave this function; `pid` and every other claim stay behind.
 */
export async function finishOidcLogin(callbackParams: URLSearchParams, cookie: string | undefined): Promise<OidcLoginResult> {
  const settings = requireSettings();
  const started = openLoginState(cookie);
  if (!started) throw new OidcRefusal("expired");
  try {
    const server = await configuration(settings);
    // The registered redirect URI, not request.url: behind a proxy the app may see another host.
    const currentUrl = new URL(redirectUri());
    currentUrl.search = callbackParams.toString();
    const tokens = await client.authorizationCodeGrant(server, currentUrl, {
      pkceCodeVerifier: started.verifier,
      expectedState: started.state,
      expectedNonce: started.nonce,
    });
    const claims = tokens.claims();
    if (!claims?.sub) throw new OidcRefusal("failed");
    const acr = typeof claims.acr === "string" ? claims.acr : "";
    if (!acrSatisfies(acr, settings.acrValues)) throw new OidcRefusal("acr");
    const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 200) : null;
    return { identity: { provider: providerId(settings.issuer), subject: claims.sub, acr }, name, returnTo: started.returnTo };
  } catch (error) {
    throw refusalFor(error);
  }
}
