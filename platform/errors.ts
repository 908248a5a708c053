/** Errors a use case throws; the web and API adapters turn each into the right page or problem document. */

/** A message key from the catalogs (e.g. "validation.email") with its parameters, translated at the edge. */
export type FieldMessage = { key: string; params?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldMessage[]>;

export class ValidationError extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    message = "Invalid input",
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class UnauthenticatedError extends Error {
  constructor(message = "Sign in required") {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

export class ForbiddenError extends Error {
  constructor(readonly permission: string) {
    super(`Not allowed: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends Error {
  constructor(readonly what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends Error {
  constructor(
    readonly field: string,
    readonly messageKey: string,
    readonly details: Record<string, string> = {},
  ) {
    super(`Conflict on ${field}: ${messageKey}`);
    this.name = "ConflictError";
  }
}

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; retry after ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
  }
}
