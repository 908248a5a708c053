import { z } from "zod";
import { ValidationError, type FieldErrors, type FieldMessage } from "./errors";

/**
 * Every schema's custom messages are catalog keys ("validation.organizationNumber"); zod's own issues
 * are mapped to the shared keys below, so forms and the API name the field in the user's language.
 */
function toMessage(issue: z.core.$ZodIssue): FieldMessage {
  if (issue.message.startsWith("validation.")) return { key: issue.message };
  switch (issue.code) {
    case "invalid_type":
      // zod keeps the input on an issue only when asked (reportInput): a value of the wrong type is not a missing one.
      return { key: missingOrInvalid(issue) };
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return { key: "validation.required" };
      return issue.origin === "string"
        ? { key: "validation.tooShort", params: { minimum: Number(issue.minimum) } }
        : { key: "validation.tooSmall", params: { minimum: Number(issue.minimum) } };
    case "too_big":
      return issue.origin === "string"
        ? { key: "validation.tooLong", params: { maximum: Number(issue.maximum) } }
        : { key: "validation.tooBig", params: { maximum: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.email" : "validation.invalid" };
    default:
      return { key: "validation.invalid" };
  }
}

/**
 * The message for a value a field cannot take: "required" when there is none, else "invalid". For schemas
 * whose own message would otherwise call a wrong value (a vehicle kind "spaceship", a name sent as a list) missing.
 */
export function missingOrInvalid(issue: { input?: unknown }): "validation.required" | "validation.invalid" {
  return issue.input === undefined || issue.input === null || issue.input === "" ? "validation.required" : "validation.invalid";
}

/**
 * Each issue under the field it belongs to, each message once. An item of a list ("targetGroupIds.0") is
 * named by its list: a form's checkbox group is one field, and its message belongs beside the group.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const firstIndex = issue.path.findIndex((part) => typeof part === "number");
    const field = (firstIndex === -1 ? issue.path : issue.path.slice(0, firstIndex)).join(".") || "_form";
    const message = toMessage(issue);
    const messages = (result[field] ??= []);
    if (!messages.some((m) => JSON.stringify(m) === JSON.stringify(message))) messages.push(message);
  }
  return result;
}

/** What a NUL becomes, as a decoder marks bytes it cannot read. */
const REPLACEMENT = "\uFFFD";

/** How deep into nested lists and objects NULs are looked for. */
const NESTING_CHECKED = 32;

/**
 * The input with the NUL character in every string, in plain objects and arrays, replaced: PostgreSQL's
 * text cannot hold it (a search or form with one would fail as a server error), and nobody types it. It is
 * replaced rather than dropped so that it cannot clean an id ("<uuid>\0" in an address), an e-mail address
 * or a number into a valid one: those fail their check, and free text keeps a visible mark.
 */
export function withoutNul(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.includes("\0") ? value.replaceAll("\0", REPLACEMENT) : value;
  // No schema reaches this deep, so what lies below fails its check anyway; following 100,000 nested
  // brackets in a 200 KB body would only exhaust the stack.
  if (depth === NESTING_CHECKED) return value;
  if (Array.isArray(value)) return value.map((item) => withoutNul(item, depth + 1));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNul(item, depth + 1)]));
  }
  return value;
}

/** Checks input as forms and use cases do: without NUL, with the input kept on each issue for its message. */
export function safeParseInput<S extends z.ZodType>(schema: S, input: unknown) {
  return schema.safeParse(withoutNul(input), { reportInput: true });
}

/** The fields an object schema (or the option of a discriminated union the input picks) reads; undefined for others. */
function fieldsRead(schema: z.ZodType, input: Record<string, unknown>): string[] | undefined {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (!(schema instanceof z.ZodDiscriminatedUnion)) return undefined;
  const discriminator = String(schema._zod.def.discriminator);
  const picked = schema.options.find(
    (option) => option instanceof z.ZodObject && (option.shape[discriminator] as z.ZodType | undefined)?._zod.values?.has(input[discriminator] as never),
  );
  return picked instanceof z.ZodObject ? Object.keys(picked.shape) : undefined;
}

/**
 * Refuses fields the schema does not read, each named: a client sending "verified" or a misspelt field would
 * otherwise be told its change succeeded while nothing was kept. For the API; forms carry fields of their own.
 */
export function assertOnlyKnownFields(schema: z.ZodType, input: unknown): void {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return;
  const known = fieldsRead(schema, input as Record<string, unknown>);
  if (!known) return;
  const unknown = Object.keys(input).filter((field) => !known.includes(field));
  if (unknown.length) throw new ValidationError(Object.fromEntries(unknown.map((field) => [field, [{ key: "validation.unknownField" }]])));
}

/** Parses input for a use case; throws ValidationError keyed by field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = safeParseInput(schema, input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}

/**
 * An e-mail address with its domain in the form mail travels in: "post@bølerlaget.no" (Norway has had æ, ø
 * and å in domain names since 2004) becomes "post@xn--blerlaget-l8a.no", which the e-mail check and every mail
 * server accept. Anything but letters, digits, dots and hyphens in the domain is left for the check to refuse.
 */
export function emailWithAsciiDomain(address: string): string {
  const at = address.lastIndexOf("@");
  const domain = address.slice(at + 1);
  if (at < 1 || /^[\x21-\x7e]*$/.test(domain) || /[^\p{L}\p{M}\p{N}.-]/u.test(domain)) return address;
  const host = URL.canParse(`http://${domain}`) ? new URL(`http://${domain}`).hostname : undefined;
  return host ? `${address.slice(0, at)}@${host}` : address;
}

/**
 * Whether the text is a real calendar date as YYYY-MM-DD from the year 1000. JavaScript reads "2026-02-31"
 * as 3 March, and PostgreSQL refuses it, so the date must read back the same.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Characters that show nothing yet change how the text around them looks: bidi embeddings, overrides and
 * isolates (a name with U+202E reads backwards, past its own end, into the page title) and zero-width spaces,
 * the word joiner, the byte order mark and the soft hyphen (two names that look the same). The joiners
 * U+200C and U+200D stay: Persian words and emoji need them. Control characters go too (a bell, or an escape
 * that recolours the terminal a CSV export is read in): nobody types them, and only the tab and line breaks
 * belong in a text.
 */
const INVISIBLE = /(?![\t\n\r])\p{Cc}|[\u00AD\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A text as its writer meant it: without invisible characters, with each line break as one "\n", and without
 * spaces at its ends. A browser sends a text area's line breaks as "\r\n", so without this a description of
 * 4,990 characters in ten paragraphs would be too long on the form yet fit through the API.
 */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").trim();
}

/** Whether the text shows anything: one made of joiners, combining marks or spaces alone does not. */
export function hasVisibleCharacter(value: string): boolean {
  return /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}]/u.test(value);
}

/** A text that must be filled in with something a reader can see, at most `max` characters once cleaned. */
export function visibleText(max: number) {
  return z
    .string({ error: (issue) => (issue.code === "invalid_type" ? missingOrInvalid(issue) : undefined) })
    .overwrite(cleanText)
    .min(1)
    .refine(hasVisibleCharacter, { error: "validation.required", abort: true })
    .max(max);
}
