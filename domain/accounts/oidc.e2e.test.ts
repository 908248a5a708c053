import { inspect } from "node:util";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as startRoute from "../../app/routes/oidc.start";
import * as callbackRoute from "../../app/routes/oidc.callback";
import * as completeRoute from "../../app/routes/oidc.complete";
import { auditEvent } from "../../platform/audit/schema";
import { OIDC_LOGIN_COOKIE, OIDC_PENDING_COOKIE, openLoginState, sealLoginState } from "../../platform/auth/oidc";
import { externalIdentity, person } from "../../platform/auth/schema";
import { actorForSession, createSession, SESSION_COOKIE } from "../../platform/auth/session";
import { setConfig, type OidcConfig } from "../../platform/config";
import type { Db } from "../../platform/db/client";
import { outboxMessage } from "../../platform/notifications/schema";
import { stopOutboxWorker } from "../../platform/notifications/worker";
import { followProvider, startTestProvider, TEST_CLIENT_SECRET, TEST_PID, type LoginChoice, type TestProvider } from "../../platform/testing/oidc-provider";
import { csrfPair, withRouteTestWorld } from "../../platform/testing/routes";

/** Our app is never started: its route loaders and actions are called with real requests at this address. */
const APP = "http://localhost:43817";
const CALLBACK = `${APP}/logg-inn/idporten/callback`;

let op: TestProvider;
const logged: string[] = [];

function configureClient(clientId: OidcConfig["clientId"], tokenAuthMethod: OidcConfig["tokenAuthMethod"]) {
  setConfig({
    publicUrl: APP,
    oidc: {
      issuer: op.issuer,
      clientId,
      clientSecret: tokenAuthMethod === "none" ? undefined : TEST_CLIENT_SECRET,
      tokenAuthMethod,
      acrValues: "idporten-loa-substantial",
      scope: "openid profile",
      name: "ID-porten",
    },
  });
}

// Registered first, so the spies are in place before anything else runs.
beforeAll(() => {
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method].bind(console);
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (typeof arg === "string" ? arg : inspect(arg, { depth: 10 }))).join(" "));
      original(...args);
    });
  }
});

const { conn, w } = withRouteTestWorld();

beforeAll(async () => {
  op = await startTestProvider(CALLBACK);
  configureClient("dugnad-basic", "client_secret_basic");
});

afterAll(async () => {
  stopOutboxWorker();
  await op.close();
  vi.restoreAllMocks();
});

type Result = Response | { data: unknown; init: ResponseInit | null };
type Jar = Record<string, string>;

function args(request: Request) {
  return { request, params: {}, context: {} } as never;
}

function cookieHeader(jar: Jar): string {
  return Object.entries(jar)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}

function headersOf(result: Result): Headers {
  return result instanceof Response ? result.headers : new Headers(result.init?.headers);
}

function statusOf(result: Result): number {
  return result instanceof Response ? result.status : (result.init?.status ?? 200);
}

/** The cookies a response sets, as the browser would now send them (an emptied cookie is gone). */
function setCookies(result: Result): Jar {
  const jar: Jar = {};
  for (const line of headersOf(result).getSetCookie()) {
    const [pair = ""] = line.split(";");
    const eq = pair.indexOf("=");
    jar[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return jar;
}

function withCookies(jar: Jar, result: Result): Jar {
  const next = { ...jar, ...setCookies(result) };
  for (const [name, value] of Object.entries(next)) if (!value) delete next[name];
  return next;
}

function problemOf(result: Result): string {
  expect(result).not.toBeInstanceOf(Response);
  return (result as { data: { reason: string } }).data.reason;
}

async function begin(query = "returnTo=/mine-data", jar: Jar = {}): Promise<{ location: URL; jar: Jar }> {
  const result = (await startRoute.loader(args(new Request(`${APP}/logg-inn/idporten?${query}`, { headers: { cookie: cookieHeader(jar) } })))) as Result;
  expect(statusOf(result)).toBe(302);
  return { location: new URL(headersOf(result).get("location")!), jar: withCookies(jar, result) };
}

async function callback(url: URL, jar: Jar): Promise<Result> {
  return (await callbackRoute.loader(args(new Request(url, { headers: { cookie: cookieHeader(jar) } })))) as Result;
}

/** Our sign-in link, the provider's pages, and back to our callback: returns the callback's answer and the browser's cookies. */
async function signIn(login: LoginChoice, jar: Jar = {}, query?: string): Promise<{ result: Result; jar: Jar }> {
  op.nextLogin = login;
  const started = await begin(query, jar);
  const back = await followProvider(started.location.href, APP);
  const result = await callback(back, started.jar);
  return { result, jar: withCookies(started.jar, result) };
}

async function completeRegistration(jar: Jar, fields: Record<string, string>): Promise<Result> {
  const csrf = csrfPair();
  const request = new Request(`${APP}/logg-inn/idporten/fullfor`, {
    method: "POST",
    headers: { cookie: `${cookieHeader(jar)}; ${csrf.cookie}`, "content-type": "application/x-www-form-urlencoded", origin: APP },
    body: new URLSearchParams({ _csrf: csrf.token, ...fields }),
  });
  return (await completeRoute.action(args(request))) as Result;
}

async function signedInPerson(jar: Jar) {
  const token = jar[SESSION_COOKIE];
  return token ? actorForSession(conn.db, token, w.municipality.id) : null;
}

/** Every row of every table, as text: what a stolen database would give away. */
async function dumpDatabase(db: Db): Promise<string> {
  const tables = (await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  )) as unknown as { rows: { table_name: string }[] };
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = (await db.execute(sql.raw(`select row_to_json(t)::text as row from "${table_name}" t`))) as unknown as {
      rows: { row: string }[];
    };
    parts.push(...rows.rows.map((r) => `${table_name}: ${r.row}`));
  }
  return parts.join("\n");
}

describe("signing in with ID-porten against a local OpenID provider", () => {
  it("sends the browser to the provider with PKCE, state, nonce, the level asked for and the page's language", async () => {
    const { location, jar } = await begin("returnTo=/mine-data&lang=nn");
    expect(location.origin).toBe(op.issuer);
    const params = location.searchParams;
    expect(params.get("response_type")).toBe("code");
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(params.get("state")).toBeTruthy();
    expect(params.get("nonce")).toBeTruthy();
    expect(params.get("acr_values")).toBe("idporten-loa-substantial");
    expect(params.get("ui_locales")).toBe("nn");
    expect(params.get("redirect_uri")).toBe(CALLBACK);
    const state = openLoginState(jar[OIDC_LOGIN_COOKIE]);
    expect(state).toMatchObject({ state: params.get("state"), nonce: params.get("nonce"), returnTo: "/mine-data" });
    expect((await begin("lang=uk")).location.searchParams.get("ui_locales")).toBe("en");
  });

  it("keeps the sign-in state in a short-lived signed http-only cookie and only a local returnTo", async () => {
    const result = (await startRoute.loader(args(new Request(`${APP}/logg-inn/idporten?returnTo=//evil.example/x`)))) as Result;
    const line = headersOf(result).getSetCookie().find((l) => l.startsWith(`${OIDC_LOGIN_COOKIE}=`))!;
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/Max-Age=600/);
    expect(openLoginState(setCookies(result)[OIDC_LOGIN_COOKIE])?.returnTo).toBe("/");
  });

  it("registers a new person, who gets a session and a verification e-mail, and finds them again next time", async () => {
    const first = await signIn({ accountId: "pseudonym-kari", acr: "idporten-loa-substantial" });
    expect(statusOf(first.result)).toBe(302);
    expect(headersOf(first.result).get("location")).toBe("/logg-inn/idporten/fullfor");
    expect(first.jar[SESSION_COOKIE]).toBeUndefined();
    expect(first.jar[OIDC_LOGIN_COOKIE]).toBeUndefined();

    const page = (await completeRoute.loader(
      args(new Request(`${APP}/logg-inn/idporten/fullfor`, { headers: { cookie: cookieHeader(first.jar) } })),
    )) as unknown as { step: string; name: string };
    expect(page).toMatchObject({ step: "register", name: "Kari Nordmann" });

    const done = await completeRegistration(first.jar, { name: "Kari Nordmann", email: "Kari@Eksempel.no" });
    expect(statusOf(done)).toBe(302);
    expect(headersOf(done).get("location")).toBe("/mine-data");
    const jar = withCookies(first.jar, done);
    expect(jar[OIDC_PENDING_COOKIE]).toBeUndefined();
    const kari = await signedInPerson(jar);
    expect(kari).toMatchObject({ email: "kari@eksempel.no", name: "Kari Nordmann" });

    const [row] = await conn.db.select().from(person).where(eq(person.id, kari!.personId));
    expect(row!.emailVerifiedAt).toBeNull();
    expect(row!.passwordHash).toBeNull();
    const mails = await conn.db.select().from(outboxMessage).where(eq(outboxMessage.recipient, "kari@eksempel.no"));
    expect(mails.map((m) => m.kind)).toEqual(["account.verify"]);
    expect(mails[0]!.body).toContain(`${APP}/bekreft-epost?token=`);

    const again = await signIn({ accountId: "pseudonym-kari", acr: "idporten-loa-substantial" });
    expect(headersOf(again.result).get("location")).toBe("/mine-data");
    expect((await signedInPerson(again.jar))?.personId).toBe(kari!.personId);
    const identities = await conn.db.select().from(externalIdentity).where(eq(externalIdentity.personId, kari!.personId));
    expect(identities).toHaveLength(1);
    const audit = await conn.db.select().from(auditEvent).where(eq(auditEvent.subjectId, kari!.personId));
    expect(audit.map((a) => [a.action, a.details])).toEqual(
      expect.arrayContaining([
        ["account.created", expect.objectContaining({ method: "oidc" })],
        ["account.signedIn", expect.objectContaining({ method: "oidc", acr: "idporten-loa-substantial" })],
      ]),
    );
  });

  it("accepts a higher level than the one asked for", async () => {
    const { result } = await signIn({ accountId: "pseudonym-kari", acr: "idporten-loa-high" });
    expect(statusOf(result)).toBe(302);
    expect(setCookies(result)[SESSION_COOKIE]).toBeTruthy();
  });

  it("refuses a sign-in at too low a level, or with no level at all", async () => {
    for (const acr of ["idporten-loa-low", undefined]) {
      const { result } = await signIn({ accountId: "pseudonym-kari", acr });
      expect(problemOf(result)).toBe("acr");
      expect(statusOf(result)).toBe(403);
      expect(setCookies(result)[SESSION_COOKIE]).toBeUndefined();
    }
  });

  it("refuses a callback whose state belongs to another sign-in", async () => {
    op.nextLogin = { accountId: "pseudonym-kari", acr: "idporten-loa-substantial" };
    const first = await begin();
    const second = await begin();
    const back = await followProvider(first.location.href, APP);
    const result = await callback(back, second.jar);
    expect(problemOf(result)).toBe("failed");
    expect(setCookies(result)[SESSION_COOKIE]).toBeUndefined();
  });

  it("refuses an ID token whose nonce is not the one this browser sent", async () => {
    op.nextLogin = { accountId: "pseudonym-kari", acr: "idporten-loa-substantial" };
    const started = await begin();
    const back = await followProvider(started.location.href, APP);
    const original = openLoginState(started.jar[OIDC_LOGIN_COOKIE])!;
    const forged = sealLoginState({ ...original, nonce: "a-nonce-from-another-sign-in" });
    const result = await callback(back, { [OIDC_LOGIN_COOKIE]: forged });
    expect(problemOf(result)).toBe("failed");
    expect(setCookies(result)[SESSION_COOKIE]).toBeUndefined();
  });

  it("refuses a callback without the state cookie, a tampered one, and a cancelled sign-in", async () => {
    op.nextLogin = { accountId: "pseudonym-kari", acr: "idporten-loa-substantial" };
    const started = await begin();
    const back = await followProvider(started.location.href, APP);
    expect(problemOf(await callback(back, {}))).toBe("expired");
    expect(problemOf(await callback(back, { [OIDC_LOGIN_COOKIE]: `${started.jar[OIDC_LOGIN_COOKIE]}x` }))).toBe("expired");
    const { result } = await signIn({ cancel: true });
    expect(problemOf(result)).toBe("cancelled");
  });

  it("links a new identity to the person already signed in, and signs them in with it afterwards", async () => {
    const token = await createSession(conn.db, w.resident.personId, "password");
    const linked = await signIn({ accountId: "pseudonym-innbygger", acr: "idporten-loa-substantial" }, { [SESSION_COOKIE]: token });
    expect(statusOf(linked.result)).toBe(302);
    expect(headersOf(linked.result).get("location")).toBe("/mine-data");
    const { result, jar } = await signIn({ accountId: "pseudonym-innbygger", acr: "idporten-loa-substantial" });
    expect(statusOf(result)).toBe(302);
    expect((await signedInPerson(jar))?.personId).toBe(w.resident.personId);
  });

  it("does not let a signed-in person take an identity that belongs to someone else", async () => {
    const token = await createSession(conn.db, w.volunteer.personId, "password");
    const { result } = await signIn({ accountId: "pseudonym-innbygger", acr: "idporten-loa-substantial" }, { [SESSION_COOKIE]: token });
    expect(problemOf(result)).toBe("linkedToOther");
    expect(statusOf(result)).toBe(409);
  });

  it("does not give an existing account to someone who types its e-mail address", async () => {
    const first = await signIn({ accountId: "pseudonym-ola", acr: "idporten-loa-substantial" });
    const result = await completeRegistration(first.jar, { name: "Ola", email: w.volunteer.email });
    expect(statusOf(result)).toBe(409);
    expect((result as { data: { errors: Record<string, { key: string }[]> } }).data.errors.email?.[0]?.key).toBe("oidc.error.emailTaken");
    expect(await conn.db.select().from(externalIdentity).where(eq(externalIdentity.subject, "pseudonym-ola"))).toEqual([]);
  });

  it("lets a person who signed in with their password link the pending identity from the registration page", async () => {
    const first = await signIn({ accountId: "pseudonym-leder", acr: "idporten-loa-substantial" });
    const token = await createSession(conn.db, w.orgAdmin.personId, "password");
    const jar = { ...first.jar, [SESSION_COOKIE]: token };
    const page = (await completeRoute.loader(
      args(new Request(`${APP}/logg-inn/idporten/fullfor`, { headers: { cookie: cookieHeader(jar) } })),
    )) as unknown as { step: string };
    expect(page.step).toBe("link");
    const done = await completeRegistration(jar, {});
    expect(statusOf(done)).toBe(302);
    const again = await signIn({ accountId: "pseudonym-leder", acr: "idporten-loa-substantial" });
    expect((await signedInPerson(again.jar))?.personId).toBe(w.orgAdmin.personId);
  });

  it("works with client_secret_post and with a public client using PKCE alone", async () => {
    for (const [clientId, method] of [
      ["dugnad-post", "client_secret_post"],
      ["dugnad-public", "none"],
    ] as const) {
      configureClient(clientId, method);
      const { result } = await signIn({ accountId: "pseudonym-kari", acr: "idporten-loa-substantial" });
      expect(statusOf(result)).toBe(302);
      expect(setCookies(result)[SESSION_COOKIE]).toBeTruthy();
    }
    configureClient("dugnad-basic", "client_secret_basic");
  });

  it("keeps the national identity number out of the database and the logs", async () => {
    expect(op.claimUses).toContain("id_token");
    expect(await dumpDatabase(conn.db)).not.toContain(TEST_PID);
    expect(logged.join("\n")).not.toContain(TEST_PID);
  });

  it("answers 404 on every ID-porten page when OpenID Connect is not configured", async () => {
    setConfig({ oidc: undefined });
    const request = () => new Request(`${APP}/logg-inn/idporten`);
    for (const call of [
      () => startRoute.loader(args(request())),
      () => callbackRoute.loader(args(request())),
      () => completeRoute.loader(args(request())),
    ]) {
      await expect(call()).rejects.toMatchObject({ init: { status: 404 } });
    }
    configureClient("dugnad-basic", "client_secret_basic");
  });
});
