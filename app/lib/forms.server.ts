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
  /** Every value of a field sent more than once (ticked checkboxes); `values` holds only the last. */
  lists: Record<string, string[]>;
  retryAfterSeconds?: number;
};

/**
 * Ten times the longest text any form takes. A value beyond it is shown again only this far: the writer can
 * still see and shorten it, and a page does not grow to twice the size of a huge body sent against it.
 */
export const ECHO_MAX_LENGTH = 50_000;

function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) {
    // Passwords and tokens are never echoed back into the page.
    if (typeof value === "string" && !/password|passord|_csrf|token/i.test(name)) values[name] = value.slice(0, ECHO_MAX_LENGTH);
  }
  return values;
}

function listsOf(form: FormData, values: Record<string, string>): Record<string, string[]> {
  const all = Object.keys(values).map((name) => [name, form.getAll(name).filter((v) => typeof v === "string")] as const);
  return Object.fromEntries(all.filter(([, list]) => list.length > 1));
}

export function formFailure(form: FormData, errors: FieldErrors, status = 400, extra: Partial<FormFailure> = {}) {
  const values = valuesOf(form);
  return data<FormFailure>({ ok: false, errors, values, lists: listsOf(form, values), ...extra }, { status });
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/**
 * The POSTed form. A body that is not a form (JSON, none at all) is answered 415 and a form that cannot be
 * parsed 400, as pages in the visitor's language: they are the sender's mistakes, not server errors.
 */
export async function formDataOf(request: Request): Promise<FormData> {
  if (!FORM_TYPES.test(request.headers.get("content-type") ?? "")) throw data(null, { status: 415 });
  try {
    return await request.formData();
  } catch (error) {
    if (error instanceof TypeError) throw data(null, { status: 400 });
    throw error;
  }
}

/** Which button sent a form with several, read from a copy so that the action can still read the form. */
export async function intentOf(request: Request): Promise<string> {
  return String((await formDataOf(request.clone())).get("intent") ?? "");
}

/**
 * Reads a POSTed form: checks the CSRF token (a 419 page if it fails) and parses the fields with the
 * shared zod schema. Returns the data, or a response to return from the action as it is.
 */
export async function readForm<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ form: FormData; data: z.infer<S>; failure?: undefined } | { form: FormData; data?: undefined; failure: ReturnType<typeof formFailure> }> {
  const form = await formDataOf(request);
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
  const form = await formDataOf(request);
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

/**
 * A row changed or removed after someone else removed it (in another tab, say): `gone` names, by what the use
 * case did not find, the message the page's error summary gives instead of the 404 page. The answer is a 404,
 * so that `readAgainAfterGone` (revalidate.ts) has the page read again and show the rows as they are now.
 */
export function goneOrFailure(error: unknown, gone: Record<string, string>, form: FormData, request: Request) {
  if (error instanceof NotFoundError && Object.hasOwn(gone, error.what)) return formFailure(form, { _form: [{ key: gone[error.what]! }] }, 404);
  return handleUseCaseError(error, form, request);
}

