import { STATUS_CODES } from "node:http";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { SESSION_COOKIE } from "../auth/session";
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, problemSchema } from "./problem";

type JsonSchema = { [key: string]: unknown };

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * "none": anyone may call it; "session-or-token": a signed-in person (cookie) or an API token (bearer);
 * "session": only a signed-in person, for what is done in the person's own name (an API key belongs to no one).
 */
export type EndpointAuth = "none" | "session-or-token" | "session";

const SECURITY: Record<EndpointAuth, JsonSchema[]> = {
  none: [],
  "session-or-token": [{ bearer: [] }, { cookie: [] }],
  session: [{ cookie: [] }],
};

export type EndpointSpec = {
  method: HttpMethod;
  /** In OpenAPI form, with {name} for path parameters: "/api/v1/organizations/{id}". */
  path: `/api/v1/${string}`;
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  auth: EndpointAuth;
  request?: { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };
  /** The bodies the endpoint answers with, by status; null for an answer without a body (204). */
  responses: { readonly [status: number]: z.ZodType | null };
  /** Problem statuses the endpoint's use case can answer, beyond those its kind always can (400, 401, 403, 415). */
  problems?: readonly number[];
  /** "public": the same answer for everyone, which clients and proxies may keep for a while. Otherwise no-store. */
  cache?: "public";
};

const ENDPOINT = Symbol.for("dugnad.endpoint");

export type Endpoint<S extends EndpointSpec = EndpointSpec> = S & { readonly [ENDPOINT]: true };

/**
 * Describes one API operation next to the schemas it uses. The route parses with the same schemas
 * (see apiHandler in app/lib/api.server.ts) and the OpenAPI document is generated from the description.
 */
export function defineEndpoint<const S extends EndpointSpec>(spec: S): Endpoint<S> {
  return { ...spec, [ENDPOINT]: true };
}

export function isEndpoint(value: unknown): value is Endpoint {
  return typeof value === "object" && value !== null && ENDPOINT in value;
}

export function isWrite(method: string): boolean {
  return method !== "GET" && method !== "HEAD";
}

/** The status a successful call answers with: the first 2xx the endpoint lists. */
export function successStatus(endpoint: EndpointSpec): number {
  const statuses = Object.keys(endpoint.responses).map(Number).filter((s) => s >= 200 && s < 300);
  return statuses.length ? Math.min(...statuses) : 204;
}

const SCHEMA_REF = "#/components/schemas/";

/** Responses may grow new fields, so their objects are documented as open even though zod strips extras. */
function openObjects({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }): void {
  const def = zodSchema._zod.def;
  if (def.type === "object" && !def.catchall && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
}

/**
 * The document's components.schemas. Schemas named with .meta({ id }) keep their name, others are named
 * after the operation; the $defs zod emits move up into components so every $ref resolves in the document.
 */
class SchemaComponents {
  readonly schemas: Record<string, JsonSchema> = {};
  private readonly references = new Map<string, JsonSchema>();
  private readonly seen = { input: new Map<z.ZodType, JsonSchema>(), output: new Map<z.ZodType, JsonSchema>() };

  reference(schema: z.ZodType, io: "input" | "output", fallbackName: string): JsonSchema {
    const known = this.seen[io].get(schema);
    if (known) return known;
    const id = z.globalRegistry.get(schema)?.id;
    const name = id ?? fallbackName;
    const root = this.inline(schema, io, name);
    if (!id) this.add(name, root);
    const reference = id ? root : { $ref: SCHEMA_REF + name };
    this.seen[io].set(schema, reference);
    return reference;
  }

  inline(schema: z.ZodType, io: "input" | "output", name: string): JsonSchema {
    const { $schema: _dialect, $defs = {}, ...root } = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io,
      override: io === "output" ? openObjects : undefined,
    }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    // zod names the definitions it invents __schema0, __schema1… in every conversion: keep them apart.
    const rename = (key: string) => (key.startsWith("__") ? `${name}${key}` : key);
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (typeof value !== "object" || value === null) return value;
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => {
          if (key !== "$ref" || typeof inner !== "string") return [key, rewrite(inner)];
          if (inner === "#") return [key, SCHEMA_REF + name];
          return [key, inner.startsWith("#/$defs/") ? SCHEMA_REF + rename(inner.slice("#/$defs/".length)) : inner];
        }),
      );
    };
    for (const [key, definition] of Object.entries($defs)) this.add(rename(key), rewrite(definition) as JsonSchema);
    return rewrite(root) as JsonSchema;
  }

  /** The schema a reference names in the document, or the schema itself when it is no reference. */
  resolve(schema: JsonSchema): JsonSchema {
    const ref = schema.$ref;
    return typeof ref === "string" && ref.startsWith(SCHEMA_REF) ? (this.schemas[ref.slice(SCHEMA_REF.length)] ?? schema) : schema;
  }

  private add(name: string, schema: JsonSchema): void {
    const existing = this.schemas[name];
    if (existing && !isDeepStrictEqual(existing, schema)) {
      throw new Error(`Two different schemas are called ${name} in the API document: give one of them another id`);
    }
    this.schemas[name] = schema;
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function description(status: number): string {
  return STATUS_CODES[status] ?? `HTTP ${status}`;
}

function parameters(endpoint: EndpointSpec, components: SchemaComponents): JsonSchema[] {
  const name = capitalized(endpoint.operationId);
  const fromSchema = (schema: z.ZodType | undefined, where: "path" | "query") => {
    if (!schema) return [];
    // A schema named with .meta({ id }) comes back as a reference to itself: its parameters are in what it names.
    const object = components.resolve(components.inline(schema, "input", `${name}${capitalized(where)}`));
    const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((object.required ?? []) as string[]);
    return Object.entries(properties).map(([key, property]) => {
      const { description: about, ...propertySchema } = property;
      return { name: key, in: where, required: where === "path" || required.has(key), ...(about ? { description: about } : {}), schema: propertySchema };
    });
  };
  const documented = [...fromSchema(endpoint.request?.params, "path"), ...fromSchema(endpoint.request?.query, "query")];
  const undocumentedPath = [...endpoint.path.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1]!)
    .filter((key) => !documented.some((p) => p.in === "path" && p.name === key))
    .map((key) => ({ name: key, in: "path", required: true, schema: { type: "string" } }));
  return [...undocumentedPath, ...documented];
}

function problemStatuses(endpoint: EndpointSpec): number[] {
  const statuses = new Set(endpoint.problems ?? []);
  if (endpoint.request?.body || endpoint.request?.query || endpoint.request?.params) statuses.add(400);
  if (endpoint.request?.body) statuses.add(415);
  if (endpoint.auth !== "none") statuses.add(401);
  if (isWrite(endpoint.method) || endpoint.auth === "session") statuses.add(403);
  return [...statuses].sort((a, b) => a - b);
}

function operation(endpoint: EndpointSpec, components: SchemaComponents): JsonSchema {
  const name = capitalized(endpoint.operationId);
  const first = successStatus(endpoint);
  const responses: Record<string, JsonSchema> = {};
  for (const [status, schema] of Object.entries(endpoint.responses)) {
    const fallback = Number(status) === first ? `${name}Response` : `${name}Response${status}`;
    responses[status] = schema
      ? { description: description(Number(status)), content: { "application/json": { schema: components.reference(schema, "output", fallback) } } }
      : { description: description(Number(status)) };
  }
  const problem = { content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `${SCHEMA_REF}Problem` } } } };
  for (const status of problemStatuses(endpoint)) responses[status] = { description: description(status), ...problem };
  responses.default = { description: "Any other problem (404, 405, 429, 500 …)", ...problem };
  const params = parameters(endpoint, components);
  const body = endpoint.request?.body;
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [...endpoint.tags],
    security: SECURITY[endpoint.auth],
    ...(params.length ? { parameters: params } : {}),
    ...(body
      ? { requestBody: { required: true, content: { "application/json": { schema: components.reference(body, "input", `${name}Request`) } } } }
      : {}),
    responses,
  };
}

const API_DESCRIPTION = `The JSON API of Dugnad, the platform where the municipality and its voluntary sector work together.

**Authentication.** Public reads need nothing. Everything else takes an API key made by the municipality's
administrator (\`Authorization: Bearer <key>\`, scoped to the municipality or to one organisation) or the
session cookie of a signed-in person (\`POST /api/v1/session\`), except what a person does in their own name
(registering an organisation makes them its admin): that takes the cookie only, and an API key gets 403 with
type ${PROBLEM_TYPES.personRequired}. Writes made with the cookie must carry an \`Origin\` header from this
site; writes with an API key need none.

**Errors** are \`application/problem+json\` (RFC 9457). Invalid input answers **400** with \`type\`
${PROBLEM_TYPES.validation} and an \`errors\` list naming each field (\`name\`), what is wrong (\`detail\`) and a
stable message key (\`code\`); a body that is not JSON answers 400 with type ${PROBLEM_TYPES.malformedJson}.
Then 401 (sign in; with \`WWW-Authenticate: Bearer\`), 403 (not allowed, or type ${PROBLEM_TYPES.crossOrigin} or ${PROBLEM_TYPES.personRequired}),
404, 405, 409 (type ${PROBLEM_TYPES.conflict}; \`existing\` gives the id and address of what it clashes with),
415 (send \`application/json\`), 429 (with \`Retry-After\`) and 500.

**Language.** Problem texts follow \`?lang=\`, else the best match in \`Accept-Language\`, else Norwegian
bokmål: nb, nn or en, and English for ar, uk, pl, so and ti (the public pages' other languages).`;

export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, JsonSchema>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
} & JsonSchema;

/** The OpenAPI 3.1 document (JSON Schema 2020-12) for the given endpoints. */
export function buildOpenApiDocument(endpoints: readonly Endpoint[], version: string): OpenApiDocument {
  const components = new SchemaComponents();
  components.reference(problemSchema, "output", "Problem");
  const paths: OpenApiDocument["paths"] = {};
  const sorted = [...endpoints].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  for (const endpoint of sorted) {
    const item = (paths[endpoint.path] ??= {});
    const method = endpoint.method.toLowerCase();
    if (item[method]) throw new Error(`Two endpoints describe ${endpoint.method} ${endpoint.path}`);
    item[method] = operation(endpoint, components);
  }
  const tags = [...new Set(sorted.flatMap((e) => e.tags))].sort().map((name) => ({ name }));
  return {
    openapi: "3.1.1",
    info: { title: "Dugnad API", version, description: API_DESCRIPTION },
    servers: [{ url: "/" }],
    tags,
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components.schemas).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API key from the administration pages." },
        cookie: { type: "apiKey", in: "cookie", name: SESSION_COOKIE, description: "The session cookie of a signed-in person." },
      },
    },
  };
}
