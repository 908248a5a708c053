import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildOpenApiDocument, defineEndpoint, isEndpoint, successStatus } from "./openapi";

const tagSchema = z.enum(["sport", "kultur"]).meta({ id: "TestTag" });
type Category = { name: string; children: Category[] };
const categorySchema: z.ZodType<Category> = z.object({ name: z.string(), get children() { return z.array(categorySchema); } });

const listEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/lag/{id}/aktiviteter",
  operationId: "listActivities",
  summary: "Activities",
  tags: ["activities"],
  auth: "none",
  request: {
    params: z.object({ id: z.uuid() }),
    query: z.object({ q: z.string().optional().describe("Search words"), page: z.coerce.number().int().min(1).default(1) }),
  },
  responses: { 200: z.object({ items: z.array(z.object({ title: z.string(), tags: z.array(tagSchema) })), category: categorySchema }) },
});

const createEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/lag/{id}/aktiviteter",
  operationId: "createActivity",
  summary: "New activity",
  tags: ["activities"],
  auth: "session-or-token",
  request: { body: z.object({ title: z.string().min(1), tags: z.array(tagSchema).default([]) }) },
  responses: { 201: z.object({ id: z.uuid() }) },
  problems: [409],
});

type Operation = { parameters?: { name: string; in: string; required: boolean }[]; responses: Record<string, unknown>; security: unknown[] };

describe("buildOpenApiDocument", () => {
  const doc = buildOpenApiDocument([listEndpoint, createEndpoint], "1.2.3");
  const item = doc.paths["/api/v1/lag/{id}/aktiviteter"] as Record<string, Operation>;

  it("documents path and query parameters from the request schemas", () => {
    expect(item.get!.parameters).toEqual([
      { name: "id", in: "path", required: true, schema: expect.objectContaining({ type: "string", format: "uuid" }) },
      { name: "q", in: "query", required: false, description: "Search words", schema: { type: "string" } },
      { name: "page", in: "query", required: false, schema: expect.objectContaining({ type: "integer", default: 1 }) },
    ]);
  });

  it("documents an endpoint for signed-in people only as taking the session cookie, and refusing others", () => {
    const personal = defineEndpoint({ ...createEndpoint, path: "/api/v1/lag", operationId: "foundClub", auth: "session" });
    const found = buildOpenApiDocument([personal], "1").paths["/api/v1/lag"]!.post as Operation;
    expect(found.security).toEqual([{ cookie: [] }]);
    expect(Object.keys(found.responses)).toEqual(["201", "400", "401", "403", "409", "415", "default"]);
  });

  it("documents the query parameters of a query schema named with an id", () => {
    const named = defineEndpoint({
      ...listEndpoint,
      path: "/api/v1/lag",
      operationId: "searchClubs",
      request: { query: z.object({ q: z.string().default(""), pageSize: z.coerce.number().int().default(20) }).meta({ id: "TestClubQuery" }) },
    });
    const search = buildOpenApiDocument([named], "1").paths["/api/v1/lag"]!.get as Operation;
    expect(search.parameters).toEqual([
      { name: "q", in: "query", required: false, schema: expect.objectContaining({ type: "string" }) },
      { name: "pageSize", in: "query", required: false, schema: expect.objectContaining({ type: "integer", default: 20 }) },
    ]);
  });

  it("lists the problems each kind of endpoint can answer", () => {
    expect(Object.keys(item.get!.responses)).toEqual(["200", "400", "default"]);
    expect(Object.keys(item.post!.responses)).toEqual(["201", "400", "401", "403", "409", "415", "default"]);
    expect(item.get!.security).toEqual([]);
    expect(item.post!.security).toEqual([{ bearer: [] }, { cookie: [] }]);
  });

  it("keeps named schemas once and resolves every reference, recursive ones too", () => {
    const names = Object.keys(doc.components.schemas);
    expect(names).toEqual(expect.arrayContaining(["TestTag", "Problem", "CreateActivityRequest", "CreateActivityResponse", "ListActivitiesResponse"]));
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs).toContain("#/components/schemas/TestTag");
    for (const ref of refs) expect(ref.startsWith("#/components/schemas/") && ref.slice(21) in doc.components.schemas, ref).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/\$defs|"\$schema"/);
  });

  it("documents the problem's extension member that names what a conflict clashes with", () => {
    expect(doc.components.schemas.Problem).toMatchObject({ properties: { existing: { $ref: "#/components/schemas/ProblemExisting" } } });
    expect(doc.components.schemas.ProblemExisting).toMatchObject({ required: ["id", "href"] });
  });

  it("documents request bodies as clients send them: fields with defaults are optional", () => {
    expect(doc.components.schemas.CreateActivityRequest).toMatchObject({ required: ["title"] });
  });

  it("refuses two endpoints for one method and path, and two different schemas under one name", () => {
    expect(() => buildOpenApiDocument([listEndpoint, listEndpoint], "1")).toThrow(/Two endpoints/);
    const clash = defineEndpoint({ ...createEndpoint, method: "PUT", responses: { 200: z.object({ other: z.string() }).meta({ id: "TestTag" }) } });
    expect(() => buildOpenApiDocument([createEndpoint, clash], "1")).toThrow(/Two different schemas are called TestTag/);
  });
});

describe("endpoint descriptions", () => {
  it("are recognised and answer with their first success status", () => {
    expect(isEndpoint(createEndpoint)).toBe(true);
    expect(isEndpoint({ ...createEndpoint.request })).toBe(false);
    expect(successStatus(createEndpoint)).toBe(201);
    expect(successStatus(defineEndpoint({ ...createEndpoint, responses: { 204: null } }))).toBe(204);
  });
});
