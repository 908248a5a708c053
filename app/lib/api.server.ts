import type { z } from "zod";
import { catalogs } from "../i18n/catalogs.server";
import type { MessageKey } from "../i18n/nb";
import { SESSION_COOKIE } from "../../platform/auth/session";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
  type FieldErrors,
  type FieldMessage,
} from "../../platform/errors";
import { readCookie } from "../../platform/http/cookies";
import { isSameOrigin } from "../../platform/http/csrf";
import { isWrite, successStatus, type Endpoint, type EndpointSpec } from "../../platform/http/openapi";
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type Problem, type ProblemExisting, type ProblemFieldError } from "../../platform/http/problem";
import { contextFor, type RequestContext } from "../../platform/http/request";
import { negotiateLanguage } from "../../platform/i18n/accept-language";
import { interpolate } from "../../platform/i18n/format";
import { isFullLanguage, isLang, type Lang } from "../../platform/i18n/languages";
import { assertOnlyKnownFields, parseInput } from "../../platform/validation";

type RouteParams = Record<string, string | undefined>;
type RouteArgs = { request: Request; params: RouteParams };

type Parsed<E, K extends "params" | "query" | "body", Otherwise> = E extends { request: { [P in K]: infer S extends z.ZodType } }
  ? z.output<S>
  : Otherwise;

type Answer<E extends EndpointSpec> = E["responses"] extends { 200: infer S extends z.ZodType }
  ? z.input<S>
  : E["responses"] extends { 201: infer S extends z.ZodType }
    ? z.input<S>
    : void;

/** What an endpoint's handler gets: the request context and the input, already checked against the endpoint's schemas. */
export type ApiCall<E extends EndpointSpec> = {
  request: Request;
  ctx: RequestContext;
  params: Parsed<E, "params", RouteParams>;
  query: Parsed<E, "query", undefined>;
  body: Parsed<E, "body", undefined>;
  /** Headers to send with a successful answer, such as Set-Cookie. */
  headers: Headers;
};

export type ApiHandler = { endpoint: Endpoint; handle: (args: RouteArgs) => Promise<Response> };

/** A problem the adapter finds itself, before any use case runs. */
class ProblemError extends Error {
  constructor(readonly spec: ProblemSpec) {
    super(spec.title);
  }
}

type ProblemSpec = {
  status: number;
  type?: string;
  title: MessageKey;
  detail: FieldMessage;
  errors?: FieldErrors;
  existing?: ProblemExisting;
  headers?: Record<string, string>;
};

/**
 * Plain JSON, or a JSON merge patch (RFC 7396), which is what PATCH reads: fields given are set, null clears.
 * A JSON Patch (a list of operations) or another +json type would be read as something it is not.
 */
const JSON_CONTENT_TYPE = /^application\/(?:merge-patch\+)?json\s*(?:;|$)/i;

/**
 * `?lang=` first, then the client's Accept-Language, then bokmål. The API speaks the three full languages:
 * asked for one of the public pages' other five, it answers wholly in English rather than in a mix of both.
 */
export function apiLanguage(request: Request): Lang {
  const asked = new URL(request.url).searchParams.get("lang");
  const lang = isLang(asked) ? asked : (negotiateLanguage(request.headers.get("accept-language")) ?? "nb");
  return isFullLanguage(lang) ? lang : "en";
}

function translate(lang: Lang, message: FieldMessage): string {
  const text = (catalogs[lang] as Record<string, string>)[message.key] ?? message.key;
  return interpolate(text, message.params);
}

function hasBearer(request: Request): boolean {
  return /^Bearer\s/i.test(request.headers.get("authorization") ?? "");
}

function problemOf(error: unknown, request: Request): ProblemSpec {
  if (error instanceof ProblemError) return error.spec;
  if (error instanceof ValidationError) {
    const { _form: formMessages = [], ...fields } = error.fieldErrors;
    return {
      status: 400,
      type: PROBLEM_TYPES.validation,
      title: "api.problem.validation.title",
      detail: formMessages[0] ?? { key: "api.problem.validation.detail" },
      errors: fields,
    };
  }
  if (error instanceof ConflictError) return conflict(error);
  if (error instanceof UnauthenticatedError) {
    const challenge = hasBearer(request) ? 'Bearer realm="Dugnad", error="invalid_token"' : 'Bearer realm="Dugnad"';
    return {
      status: 401,
      title: "api.problem.unauthenticated.title",
      detail: { key: "api.problem.unauthenticated.detail" },
      headers: { "WWW-Authenticate": challenge },
    };
  }
  if (error instanceof ForbiddenError) return { status: 403, title: "api.problem.forbidden.title", detail: { key: "api.problem.forbidden.detail" } };
  if (error instanceof NotFoundError) return notFound;
  if (error instanceof RateLimitedError) {
    return {
      status: 429,
      title: "api.problem.rateLimited.title",
      detail: { key: "validation.rateLimited", params: { minutes: Math.ceil(error.retryAfterSeconds / 60) } },
      headers: { "Retry-After": String(error.retryAfterSeconds) },
    };
  }
  console.error("api:", request.method, new URL(request.url).pathname, error);
  return { status: 500, title: "api.problem.internal.title", detail: { key: "api.problem.internal.detail" } };
}

function conflict(error: ConflictError, existing?: ProblemExisting): ProblemSpec {
  const message = { key: error.messageKey, params: error.details };
  return { status: 409, type: PROBLEM_TYPES.conflict, title: "api.problem.conflict.title", detail: message, errors: { [error.field]: [message] }, existing };
}

/**
 * For a handler whose use case refuses a value that something else has already (an organisation number):
 * the 409 also gives that one's id and address in this API, `path` with `{id}` filled in.
 */
export function conflictWithExisting(path: string): (error: unknown) => never {
  return (error) => {
    if (!(error instanceof ConflictError) || !error.details.id) throw error;
    const { id } = error.details;
    throw new ProblemError(conflict(error, { id, href: path.replace("{id}", encodeURIComponent(id)) }));
  };
}

const notFound: ProblemSpec = { status: 404, title: "api.problem.notFound.title", detail: { key: "api.problem.notFound.detail" } };

function fieldErrors(lang: Lang, errors: FieldErrors): ProblemFieldError[] {
  return Object.entries(errors).flatMap(([name, messages]) =>
    messages.map((message) => ({ name, detail: translate(lang, message), code: message.key })),
  );
}

/** An RFC 9457 problem document in the language of the request. */
function problemResponse(request: Request, spec: ProblemSpec): Response {
  const lang = apiLanguage(request);
  const errors = spec.errors && fieldErrors(lang, spec.errors);
  const problem: Problem = {
    type: spec.type ?? "about:blank",
    title: translate(lang, { key: spec.title }),
    status: spec.status,
    detail: translate(lang, spec.detail),
    instance: new URL(request.url).pathname,
    ...(errors?.length ? { errors } : {}),
    ...(spec.existing ? { existing: spec.existing } : {}),
  };
  return new Response(JSON.stringify(problem), {
    status: spec.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", "Content-Language": lang, ...spec.headers },
  });
}

/** A body refused before any handler read it: too large (413), or without a declared length (411). */
export function bodyRefused(request: Request, status: 411 | 413, limitMegabytes: number): Response {
  const detail = status === 413 ? { key: "api.problem.bodyRefused.tooLarge", params: { megabytes: limitMegabytes } } : { key: "api.problem.bodyRefused.lengthRequired" };
  return problemResponse(request, { status, title: "api.problem.bodyRefused.title", detail });
}

/** Turns anything a handler throws into a problem answer; unexpected errors are logged and answered without internals. */
export function apiError(error: unknown, request: Request): Response {
  if (error instanceof Response) return error;
  return problemResponse(request, problemOf(error, request));
}

/**
 * Cookies ride along on any request a browser makes, so a write with the session cookie counts only if it
 * comes from our own pages. Browsers always say where a write comes from (Origin, Sec-Fetch-Site); a
 * client that says neither and sends no session cookie is not a browser and can carry no one's session.
 * That also covers sign-in, which has no session yet: another site cannot sign a visitor in as someone else.
 */
function assertSameOriginWrite(request: Request): void {
  if (!isWrite(request.method) || hasBearer(request)) return;
  const fromBrowser = request.headers.has("origin") || request.headers.has("sec-fetch-site") || readCookie(request, SESSION_COOKIE) !== undefined;
  if (fromBrowser && !isSameOrigin(request)) {
    throw new ProblemError({ status: 403, type: PROBLEM_TYPES.crossOrigin, title: "api.problem.crossOrigin.title", detail: { key: "api.problem.crossOrigin.detail" } });
  }
}

function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  assertOnlyKnownFields(schema, body);
  return parseInput(schema, body);
}

/** What a person does in their own name: an API key belongs to no one, so it is told that a person must sign in. */
const personRequired: ProblemSpec = {
  status: 403,
  type: PROBLEM_TYPES.personRequired,
  title: "api.problem.personRequired.title",
  detail: { key: "api.problem.personRequired.detail" },
};

async function readJson(request: Request): Promise<unknown> {
  if (!JSON_CONTENT_TYPE.test(request.headers.get("content-type") ?? "")) {
    throw new ProblemError({ status: 415, title: "api.problem.unsupportedMediaType.title", detail: { key: "api.problem.unsupportedMediaType.detail" } });
  }
  try {
    return JSON.parse(await request.text());
  } catch {
    throw new ProblemError({
      status: 400,
      type: PROBLEM_TYPES.malformedJson,
      title: "api.problem.malformedJson.title",
      detail: { key: "api.problem.malformedJson.detail" },
    });
  }
}

/**
 * Public data (open data, the health check) may be kept by any cache and read by any site's scripts: no
 * cookie goes with such a request from another site, so the answer is the one everyone gets.
 */
function answerHeaders(endpoint: EndpointSpec): Headers {
  if (endpoint.cache !== "public") return new Headers({ "Cache-Control": "no-store" });
  return new Headers({ "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" });
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length > 1 ? values : values[0]!;
  }
  return query;
}

function withHeaders(response: Response, extra: Headers): Response {
  const headers = new Headers(extra);
  for (const [name, value] of response.headers) if (name !== "set-cookie") headers.set(name, value);
  for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Answers with the endpoint's success status; the body goes through its response schema, so only documented fields leave. */
function success(endpoint: EndpointSpec, result: unknown, headers: Headers): Response {
  const status = successStatus(endpoint);
  const schema = endpoint.responses[status];
  if (!schema) return new Response(null, { status, headers });
  return Response.json(schema.parse(result), { status, headers });
}

/**
 * Serves one endpoint: checks where a write comes from, who is calling and what they sent, runs the
 * handler, and answers JSON, or a problem document for whatever went wrong.
 */
export function apiHandler<E extends Endpoint>(
  endpoint: E,
  handler: (call: ApiCall<E>) => Promise<Answer<E> | Response> | Answer<E> | Response,
): ApiHandler {
  const handle = async ({ request, params }: RouteArgs): Promise<Response> => {
    try {
      assertSameOriginWrite(request);
      const ctx = await contextFor(request);
      // A key that is wrong or revoked is refused on reads too: read as anonymous, an integration would go on
      // getting the public data only, without noticing.
      if ((endpoint.auth !== "none" || hasBearer(request)) && ctx.actor.kind === "anonymous") throw new UnauthenticatedError();
      if (endpoint.auth === "session" && ctx.actor.kind === "token") throw new ProblemError(personRequired);
      const schemas = endpoint.request ?? {};
      const call = {
        request,
        ctx,
        params: schemas.params ? parseInput(schemas.params, params) : params,
        query: schemas.query ? parseInput(schemas.query, queryOf(new URL(request.url))) : undefined,
        body: schemas.body ? parseBody(schemas.body, await readJson(request)) : undefined,
        headers: answerHeaders(endpoint),
      } as ApiCall<E>;
      const result = await handler(call);
      return result instanceof Response ? withHeaders(result, call.headers) : success(endpoint, result, call.headers);
    } catch (error) {
      return apiError(error, request);
    }
  };
  return { endpoint, handle };
}

/**
 * One route module's endpoints, by method; export the result as both `loader` and `action` so that every
 * method gets an answer from the API (405 with Allow for the ones the route does not serve).
 */
export function apiRoute(...handlers: ApiHandler[]): (args: RouteArgs) => Promise<Response> {
  const byMethod = new Map<string, ApiHandler>(handlers.map((h) => [h.endpoint.method, h]));
  const allowed = [...byMethod.keys()].flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m]));
  return async (args) => {
    const method = args.request.method === "HEAD" ? "GET" : args.request.method;
    const handler = byMethod.get(method);
    if (handler) return handler.handle(args);
    return problemResponse(args.request, {
      status: 405,
      title: "api.problem.methodNotAllowed.title",
      detail: { key: "api.problem.methodNotAllowed.detail", params: { allowed: allowed.join(", ") } },
      headers: { Allow: allowed.join(", ") },
    });
  };
}

/** For /api/v1/* paths no route serves: a problem document instead of the HTML page. */
export async function apiNotFound({ request }: { request: Request }): Promise<Response> {
  return problemResponse(request, notFound);
}
