import { beforeAll, describe, expect, it } from "vitest";
import { apiToken } from "../../platform/auth/schema";
import { actorForSession, createSession, SESSION_COOKIE } from "../../platform/auth/session";
import { hashToken, newToken } from "../../platform/auth/tokens";
import { withRouteTestWorld } from "../../platform/testing/routes";
import { TEST_PASSWORD } from "../../platform/testing/world";
import { apiEndpoints } from "../lib/openapi.server";
import routes from "../routes";
import * as health from "./api.v1.health";
import * as me from "./api.v1.me";
import * as notFound from "./api.v1.not-found";
import * as openapi from "./api.v1.openapi";
import * as session from "./api.v1.session";

const { conn, w } = withRouteTestWorld();

const ORIGIN = "http://localhost";

type Handler = (args: never) => Promise<Response>;

function call(handler: Handler, path: string, init: RequestInit = {}, params: Record<string, string> = {}): Promise<Response> {
  return handler({ request: new Request(`${ORIGIN}${path}`, init), params, context: {} } as never);
}

function json(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } };
}

async function sessionCookie(personId: string): Promise<string> {
  return `${SESSION_COOKIE}=${await createSession(conn.db, personId, "password")}`;
}

function sessionTokenIn(response: Response): string | undefined {
  const match = response.headers.get("set-cookie")?.match(new RegExp(`${SESSION_COOKIE}=([^;]*)`));
  return match ? decodeURIComponent(match[1]!) : undefined;
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("cache-control")).toBe("no-store");
  const problem = await response.json();
  expect(problem).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  return problem;
}

async function makeToken(organizationId: string | null): Promise<string> {
  const token = newToken();
  await conn.db.insert(apiToken).values({ municipalityId: w.municipality.id, organizationId, name: "Integrasjon", tokenHash: hashToken(token) });
  return token;
}

describe("GET /api/v1/health", () => {
  it("says the service and its database are up", async () => {
    const response = await call(health.loader, "/api/v1/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });
});

describe("GET /api/v1/openapi.json", () => {
  type Doc = {
    openapi: string;
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> }; responses: object }>>;
    components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>; securitySchemes: object };
  };
  let doc: Doc;

  beforeAll(async () => {
    const response = await call(openapi.loader, "/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    doc = await response.json();
  });

  it("is an OpenAPI 3.1 document with both ways to sign in and the problem schema", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "cookie"]);
    expect(doc.components.schemas.Problem?.required).toEqual(expect.arrayContaining(["type", "title", "status"]));
  });

  it("documents every /api/v1 route in the route table", () => {
    const apiPaths = routes
      .map((r) => r.path ?? "")
      .filter((path) => path.startsWith("api/v1/") && path !== "api/v1/*")
      .map((path) => `/${path.replace(/:(\w+)/g, "{$1}")}`);
    expect(apiPaths).toEqual(expect.arrayContaining(["/api/v1/health", "/api/v1/openapi.json", "/api/v1/session", "/api/v1/me"]));
    expect(Object.keys(doc.paths).sort()).toEqual(apiPaths.sort());
    expect(Object.keys(doc.paths["/api/v1/session"]!).sort()).toEqual(["delete", "post"]);
  });

  it("documents registering an organisation as for a signed-in person only, and changing one for a person or an API key", () => {
    const security = (path: string, method: string) => (doc.paths[path]![method] as unknown as { security: unknown[] }).security;
    expect(security("/api/v1/organizations", "post")).toEqual([{ cookie: [] }]);
    expect(security("/api/v1/organizations/{id}", "patch")).toEqual([{ bearer: [] }, { cookie: [] }]);
    expect(security("/api/v1/organizations", "get")).toEqual([]);
  });

  it("describes the sign-in body from the same schema the route parses with", () => {
    const ref = doc.paths["/api/v1/session"]!.post!.requestBody!.content["application/json"]!.schema.$ref;
    const body = doc.components.schemas[ref.replace("#/components/schemas/", "")]!;
    expect(Object.keys(body.properties!).sort()).toEqual(["email", "password"]);
    expect(body.required).toEqual(["email", "password"]);
  });

  it("lists the organisation search's filters as query parameters", () => {
    const search = doc.paths["/api/v1/organizations"]!.get as unknown as { parameters?: { name: string; in: string }[] };
    expect(search.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(
      ["q", "category", "targetGroup", "district", "language", "resource", "page", "pageSize"].map((name) => `query:${name}`),
    );
  });

  it("says a request body's field takes null wherever the body's schema takes it (null clears a field)", () => {
    type Schema = { $ref?: string; type?: string | string[]; anyOf?: Schema[]; oneOf?: Schema[]; const?: unknown; properties?: Record<string, Schema> };
    const schemas = doc.components.schemas as Record<string, Schema>;
    const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(schemas[schema.$ref.replace("#/components/schemas/", "")]!) : schema);
    const takesNull = (schema: Schema): boolean => {
      const { type, anyOf = [], oneOf = [] } = resolve(schema);
      return type === "null" || (Array.isArray(type) && type.includes("null")) || [...anyOf, ...oneOf].some(takesNull);
    };
    const bodies = apiEndpoints.filter((e) => e.request?.body);
    expect(bodies.length).toBeGreaterThan(3);
    for (const endpoint of bodies) {
      const operation = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
      const documented = resolve(operation.requestBody!.content["application/json"]!.schema);
      // A union documents each kind apart: try each with its discriminator, which itself never takes null.
      for (const variant of (documented.oneOf ?? [documented]).map(resolve)) {
        const properties = Object.entries(variant.properties ?? {});
        const discriminators = Object.fromEntries(properties.filter(([, p]) => "const" in p).map(([name, p]) => [name, p.const]));
        for (const [name, property] of properties.filter(([, p]) => !("const" in p))) {
          const result = endpoint.request!.body!.safeParse({ ...discriminators, [name]: null });
          const accepted = result.success || !result.error.issues.some((issue) => issue.path[0] === name);
          expect(takesNull(property), `${endpoint.operationId}: ${name}`).toBe(accepted);
        }
      }
    }
  });

  it("has no reference that leads nowhere", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(doc.components.schemas[ref.replace("#/components/schemas/", "")], ref).toBeDefined();
  });
});

describe("POST /api/v1/session", () => {
  it("signs in, sets the session cookie and answers with the person and their roles", async () => {
    const response = await call(session.action, "/api/v1/session", json({ email: "LEDER@1505.test", password: TEST_PASSWORD }));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("set-cookie")).toMatch(/HttpOnly/);
    const token = sessionTokenIn(response)!;
    expect((await actorForSession(conn.db, token, w.municipality.id))?.personId).toBe(w.orgAdmin.personId);
    expect(await response.json()).toEqual({
      kind: "person",
      id: w.orgAdmin.personId,
      name: "leder",
      email: "leder@1505.test",
      language: null,
      roles: [{ role: "org_admin", organizationId: w.organization.id, organizationName: "Testlaget" }],
    });
  });

  it("refuses a wrong password with a problem in bokmål, or in English when the client asks for it", async () => {
    const wrong = { email: "leder@1505.test", password: "feil-passord" };
    const nb = await expectProblem(await call(session.action, "/api/v1/session", json(wrong)), 400);
    expect(nb.detail).toMatch(/passord/i);
    expect(nb.type).toBe("urn:dugnad:problem:validation");
    const en = await expectProblem(await call(session.action, "/api/v1/session", json(wrong, { "accept-language": "en-GB,en;q=0.9" })), 400);
    expect(en.detail).toMatch(/password/i);
    expect(en.detail).not.toBe(nb.detail);
  });

  it("answers wholly in English when asked for a language only the public pages have", async () => {
    const problem = await expectProblem(await call(session.action, "/api/v1/session", json({ email: "x" }, { "accept-language": "pl" })), 400);
    const en = await expectProblem(await call(session.action, "/api/v1/session?lang=en", json({ email: "x" })), 400);
    expect(problem).toEqual(en);
  });

  it("names each invalid field", async () => {
    const response = await call(session.action, "/api/v1/session?lang=en", json({ email: "ikke-en-adresse" }));
    const problem = await expectProblem(response, 400);
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { name: "email", code: "validation.email", detail: expect.stringMatching(/email/) },
        { name: "password", code: "validation.required", detail: "This field is required" },
      ]),
    );
  });

  it("answers malformed JSON with 400 and another content type with 415", async () => {
    const malformed = await call(session.action, "/api/v1/session", { method: "POST", body: "{email:", headers: { "content-type": "application/json" } });
    expect((await expectProblem(malformed, 400)).type).toBe("urn:dugnad:problem:malformed-json");
    const form = await call(session.action, "/api/v1/session", { method: "POST", body: "email=a", headers: { "content-type": "application/x-www-form-urlencoded" } });
    await expectProblem(form, 415);
  });

  it("refuses a sign-in sent from another site", async () => {
    const response = await call(session.action, "/api/v1/session", json({ email: "leder@1505.test", password: TEST_PASSWORD }, { origin: "https://evil.example" }));
    const problem = await expectProblem(response, 403);
    expect(problem.type).toBe("urn:dugnad:problem:cross-origin-write");
    expect(sessionTokenIn(response)).toBeUndefined();
  });

  it("answers an unsupported method with 405 and the methods it has", async () => {
    const response = await call(session.loader, "/api/v1/session");
    await expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe("POST, DELETE");
  });
});

describe("DELETE /api/v1/session", () => {
  it("signs out and clears the cookie", async () => {
    const cookie = await sessionCookie(w.volunteer.personId);
    const response = await call(session.action, "/api/v1/session", { method: "DELETE", headers: { cookie, origin: ORIGIN } });
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(await actorForSession(conn.db, cookie.split("=")[1]!, w.municipality.id)).toBeNull();
  });

  it("refuses a cookie write from another site or without saying where it comes from", async () => {
    const cookie = await sessionCookie(w.volunteer.personId);
    const crossSite = await call(session.action, "/api/v1/session", { method: "DELETE", headers: { cookie, origin: "https://evil.example" } });
    await expectProblem(crossSite, 403);
    const unknownOrigin = await call(session.action, "/api/v1/session", { method: "DELETE", headers: { cookie } });
    await expectProblem(unknownOrigin, 403);
    expect(await actorForSession(conn.db, cookie.split("=")[1]!, w.municipality.id)).not.toBeNull();
  });
});

describe("GET /api/v1/me", () => {
  it("describes the person behind the session cookie", async () => {
    const response = await call(me.loader, "/api/v1/me", { headers: { cookie: await sessionCookie(w.coordinator.personId) } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({
      kind: "person",
      id: w.coordinator.personId,
      email: "koordinator@1505.test",
      roles: [{ role: "coordinator", organizationId: null, organizationName: null }],
    });
  });

  it("describes an API token and its scope", async () => {
    const token = await makeToken(w.organization.id);
    const response = await call(me.loader, "/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      kind: "token",
      name: "Integrasjon",
      scope: { municipalityId: w.municipality.id, organizationId: w.organization.id, organizationName: "Testlaget" },
    });
  });

  it("asks the anonymous to sign in with a 401 problem", async () => {
    const response = await call(me.loader, "/api/v1/me");
    const problem = await expectProblem(response, 401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(problem.instance).toBe("/api/v1/me");
  });

  it("tells a client with an unknown token that the token is the problem", async () => {
    const response = await call(me.loader, "/api/v1/me", { headers: { authorization: "Bearer ukjent" } });
    await expectProblem(response, 401);
    expect(response.headers.get("www-authenticate")).toMatch(/invalid_token/);
  });
});

describe("unknown /api/v1 paths", () => {
  it("answer a 404 problem, not the HTML page", async () => {
    const response = await call(notFound.loader, "/api/v1/finnes-ikke?lang=nn", {}, { "*": "finnes-ikke" });
    const problem = await expectProblem(response, 404);
    expect(problem.title).toBe("Finst ikkje");
  });
});
