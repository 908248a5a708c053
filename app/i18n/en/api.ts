import type { api as source } from "../nb/api";

export const api = {
  "api.problem.validation.title": "Invalid data",
  "api.problem.validation.detail": "One or more fields have invalid values.",
  "api.problem.malformedJson.title": "Malformed JSON",
  "api.problem.malformedJson.detail": "The request body is not valid JSON.",
  "api.problem.unsupportedMediaType.title": "Unsupported content type",
  "api.problem.unsupportedMediaType.detail": "Send the body as application/json.",
  "api.problem.unauthenticated.title": "Sign-in required",
  "api.problem.unauthenticated.detail": "Sign in, or send a valid API key in the Authorization header.",
  "api.problem.forbidden.title": "Forbidden",
  "api.problem.forbidden.detail": "You are not allowed to do this.",
  "api.problem.crossOrigin.title": "The request came from another site",
  "api.problem.crossOrigin.detail": "Changes made with the session cookie must come from this site. Other clients use an API key.",
  "api.problem.notFound.title": "Not found",
  "api.problem.notFound.detail": "We could not find what you asked for.",
  "api.problem.methodNotAllowed.title": "Method not allowed",
  "api.problem.methodNotAllowed.detail": "This address only answers {allowed}.",
  "api.problem.conflict.title": "Conflicts with what is already saved",
  "api.problem.rateLimited.title": "Too many attempts",
  "api.problem.internal.title": "Something went wrong",
  "api.problem.internal.detail": "An error occurred on our side. Please try again a little later.",
} as const satisfies Record<keyof typeof source, string>;
