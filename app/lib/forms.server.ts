import { data, redirect } from "react-router";
import type { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError, ValidationError, type FieldErrors } from "../../platform/errors";
import { isValidCsrf } from "../../platform/http/csrf";
import { fieldErrorsOf, safeParseInput } from "../../platform/validation";

/** What an action returns when the form must be shown again: the field errors and what the user typed. */
export type FormFailure = {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string>;
  retryAfterSeconds?: number;
};

function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) {
    // Passwords and tokens are never echoed back into the page.
    if (typeof value === "string" && !/password|passord|_csrf|token/i.test(name)) values[name] = value;
  }
  return values;
}

export function formFailure(form: FormData, errors: FieldErrors, status = 400, extra: Partial<FormFailure> = {}) {
  return data<FormFailure>({ ok: false, errors, values: valuesOf(form), ...extra }, { status });
}

/**
 * Reads a POSTed form: checks the CSRF token (a 419 page if it fails) and parses the fields with the
 * shared zod schema. Returns the data, or a response to return from the action as it is.
 */
export async function readForm<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ form: FormData; data: z.infer<S>; failure?: undefined } | { form: FormData; data?: undefined; failure: ReturnType<typeof formFailure> }> {
  const form = await request.formData();
  if (!isValidCsrf(request, form.get("_csrf"))) throw data(null, { status: 419 });
  const entries: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key === "_csrf") continue;
    const all = form.getAll(key);
    entries[key] = all.length > 1 ? all : all[0];
  }
  const parsed = safeParseInput(schema, entries);
  if (!parsed.success) return { form, failure: formFailure(form, fieldErrorsOf(parsed.error)) };
  return { form, data: parsed.data };
}

/** Checks only the CSRF token, for forms with no fields beyond a button. */
export async function readEmptyForm(request: Request): Promise<FormData> {
  const form = await request.formData();
  if (!isValidCsrf(request, form.get("_csrf"))) throw data(null, { status: 419 });
  return form;
}

/**
 * Turns a use case's error into what the user sees: the form again with messages at the fields, the
 * sign-in page, or a 403/404 page. Anything else is a real failure and becomes the 500 page.
 */
export function handleUseCaseError(error: unknown, form: FormData, request: Request) {
  if (error instanceof ValidationError) return formFailure(form, error.fieldErrors);
  if (error instanceof ConflictError) {
    return formFailure(form, { [error.field]: [{ key: error.messageKey, params: error.details }] }, 409);
  }
  if (error instanceof RateLimitedError) {
    return formFailure(
      form,
      { _form: [{ key: "validation.rateLimited", params: { minutes: Math.ceil(error.retryAfterSeconds / 60) } }] },
      429,
      { retryAfterSeconds: error.retryAfterSeconds },
    );
  }
  throwForAccess(error, request);
  throw error;
}

/** For loaders: sends the anonymous to sign in and answers 403/404 as pages. */
export function throwForAccess(error: unknown, request: Request): void {
  if (error instanceof UnauthenticatedError) {
    const url = new URL(request.url);
    throw redirect(`/logg-inn?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (error instanceof ForbiddenError) throw data(null, { status: 403 });
  if (error instanceof NotFoundError) throw data(null, { status: 404 });
}
