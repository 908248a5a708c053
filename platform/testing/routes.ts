import { beforeAll } from "vitest";
import type { Connection } from "../db/client";
import { useDatabase } from "../db/db";
import { setConfig } from "../config";
import { forgetHomeMunicipality } from "../http/request";
import { CSRF_COOKIE } from "../http/csrf";
import { createSession, SESSION_COOKIE } from "../auth/session";
import { sign, useSecret } from "../auth/secret";
import { withTestWorld } from "./hooks";

/** Lets tests call route loaders and actions directly against their own test database. */
export function routeTestSetup(connection: Connection): void {
  useDatabase(connection);
  setConfig({ secret: "test-secret", demo: false });
  useSecret("test-secret");
  forgetHomeMunicipality();
}

/** A cookie header and form token that pass the CSRF check, for posting forms in tests. */
export function csrfPair(id = "test-csrf-id"): { cookie: string; token: string } {
  return { cookie: `${CSRF_COOKIE}=${id}`, token: sign(`csrf:${id}`) };
}

/**
 * withTestWorld for a file that calls route modules: the routes use this file's database, and `get` and
 * `post` make requests as a browser with the CSRF cookie sends them, signed in as `personId` when given.
 * `csrf` is filled in by the hook, like the database and the world.
 */
export function withRouteTestWorld() {
  const { conn, w } = withTestWorld();
  const csrf = { cookie: "", token: "" };
  beforeAll(() => {
    routeTestSetup(conn);
    Object.assign(csrf, csrfPair());
  });

  async function cookieFor(personId?: string): Promise<string> {
    const session = personId ? `; ${SESSION_COOKIE}=${await createSession(conn.db, personId, "password")}` : "";
    return `${csrf.cookie}${session}`;
  }

  async function get(path: string, personId?: string) {
    return new Request(`http://localhost${path}`, { headers: { cookie: await cookieFor(personId) } });
  }

  async function postBody(path: string, body: BodyInit, contentType: string, personId?: string) {
    return new Request(`http://localhost${path}`, {
      method: "POST",
      body,
      headers: { cookie: await cookieFor(personId), "content-type": contentType, origin: "http://localhost" },
    });
  }

  /** A form as the page posts it, with its CSRF token; a list of pairs sends a field more than once (ticked boxes). */
  async function post(path: string, fields: Record<string, string> | [string, string][], personId?: string) {
    const body = new URLSearchParams([["_csrf", csrf.token], ...(Array.isArray(fields) ? fields : Object.entries(fields))]);
    return postBody(path, body, "application/x-www-form-urlencoded", personId);
  }

  /** JSON sent to a page, which takes only forms. */
  async function postJson(path: string, value: unknown, personId?: string) {
    return postBody(path, JSON.stringify(value), "application/json", personId);
  }

  return { conn, w, csrf, cookieFor, get, post, postJson };
}

/** What a loader or action threw: a redirect, or a status page made with `data(null, { status })`. */
export async function thrown(promise: Promise<unknown>): Promise<Response> {
  const result = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (result instanceof Response) return result;
  const status = (result as { init?: { status?: number } } | null)?.init?.status;
  if (status) return new Response(null, { status });
  throw new Error(`Expected a response to be thrown, got ${String(result)}`);
}

/** The arguments React Router gives a route module's loader or action. */
export const routeArgs = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} as never }) as never;

type RouteEntry = { path?: string; index?: boolean; children?: RouteEntry[] };

/** Every page address in the route table ("/organisasjoner"), through layouts, as links to pages are written. */
export async function routePaths(): Promise<Set<string>> {
  const { default: routes } = (await import("../../app/routes")) as { default: RouteEntry[] };
  const flat = (entries: RouteEntry[]): RouteEntry[] => entries.flatMap((r) => [r, ...flat(r.children ?? [])]);
  return new Set(flat(routes).filter((r) => r.path !== undefined || r.index).map((r) => `/${r.path ?? ""}`));
}
