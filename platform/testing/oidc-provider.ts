import { generateKeyPairSync } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type ClientMetadata, type InteractionResults } from "oidc-provider";

/** What the next person at the provider's login page does. */
export type LoginChoice = { accountId: string; acr?: string } | { cancel: true };

export type TestProvider = {
  issuer: string;
  /** Set before each sign-in: who logs in, and at which level of assurance. */
  nextLogin: LoginChoice;
  /** The `use` of every claims lookup, to show that `pid` was offered to the ID token. */
  claimUses: string[];
  close: () => Promise<void>;
};

export const TEST_PID = "12345678901";
export const TEST_CLIENT_SECRET = "klienthemmelighet-for-test";

/**
 * A local OpenID provider shaped like ID-porten: PKCE required, the ID-porten levels of assurance, and an
 * ID token that carries the national identity number `pid`, which the app must never keep. Its login
 * page is a redirect that logs in (or cancels as) `nextLogin`, and consent is given without asking.
 */
export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client: Omit<ClientMetadata, "client_id"> = { redirect_uris: [redirectUri], response_types: ["code"], grant_types: ["authorization_code"] };
  const state: TestProvider = {
    issuer,
    nextLogin: { accountId: "nobody" },
    claimUses: [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const provider = new Provider(issuer, {
    clients: [
      { ...client, client_id: "dugnad-basic", client_secret: TEST_CLIENT_SECRET, token_endpoint_auth_method: "client_secret_basic" },
      { ...client, client_id: "dugnad-post", client_secret: TEST_CLIENT_SECRET, token_endpoint_auth_method: "client_secret_post" },
      { ...client, client_id: "dugnad-public", token_endpoint_auth_method: "none" },
    ],
    jwks: { keys: [generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }) as never] },
    cookies: { keys: ["test-provider-cookie-key"] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    acrValues: ["idporten-loa-substantial", "idporten-loa-high"],
    claims: { openid: ["sub", "pid"], profile: ["name"] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, accountId) => ({
      accountId,
      claims: (use) => {
        state.claimUses.push(use);
        return { sub: accountId, pid: TEST_PID, name: "Kari Nordmann" };
      },
    }),
  });
  const handle = provider.callback();
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!req.url?.startsWith("/interaction/")) return handle(req, res);
    interact(provider, state.nextLogin, req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  return state;
}

async function interact(provider: Provider, choice: LoginChoice, req: http.IncomingMessage, res: http.ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  let result: InteractionResults;
  if ("cancel" in choice) {
    result = { error: "access_denied", error_description: "The user cancelled" };
  } else if (details.prompt.name === "login") {
    result = { login: { accountId: choice.accountId, ...(choice.acr ? { acr: choice.acr } : {}) } };
  } else {
    const grant = new provider.Grant({ accountId: details.session?.accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    result = { consent: { grantId: await grant.save() } };
  }
  const returnTo = await provider.interactionResult(req, res, result, { mergeWithLastSubmission: false });
  res.writeHead(303, { Location: returnTo }).end();
}

/** A browser at the provider: follows redirects and keeps the provider's cookies until it is sent back to the app. */
export async function followProvider(start: string, appOrigin: string): Promise<URL> {
  const jar = new Map<string, string>();
  let next = new URL(start);
  for (let hop = 0; hop < 12; hop++) {
    if (next.origin === appOrigin) return next;
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(next, { redirect: "manual", headers: cookie ? { cookie } : {} });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value && !/expires=Thu, 01 Jan 1970/i.test(line)) jar.set(name, value);
      else jar.delete(name);
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`The provider answered ${response.status} without a redirect`);
    next = new URL(location, next);
  }
  throw new Error("Too many redirects at the provider");
}
