import { z } from "zod";
import { osloDate } from "../../platform/i18n/format";
import { cleanText, emailWithAsciiDomain, isCalendarDate } from "../../platform/validation";
import { callingCodeOf } from "./calling-codes";

/**
 * Field schemas for organisation data, shared by the forms, the API and the import. Each accepts what a
 * form sends (strings, "" for empty) as well as JSON, and gives back the normalised value; an empty
 * optional field becomes null. Messages are catalog keys so the user reads them in their own language.
 */

const MOD11_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Brønnøysundregistrene's check digit: the ninth digit is MOD11 of the first eight with fixed weights. */
export function isValidOrganizationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const sum = MOD11_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(value[8]);
}

/** Removes the spaces, dots and dashes people type inside numbers ("974 760 673", "+47 912-34 567"). */
export function compactDigits(value: string): string {
  return value.replace(/[\s.\-()]/g, "");
}

const blankToNull = (value: unknown) => {
  if (value === undefined || value === null) return value;
  if (typeof value === "string" && cleanText(value) === "") return null;
  return value;
};

/** Optional and nullable: undefined leaves a field alone in an update, null (or "") clears it. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToNull, schema.nullable().optional());
}

export const organizationNumberValue = z
  .string()
  .transform(compactDigits)
  .refine(isValidOrganizationNumber, { error: "validation.organizationNumber" });

/** Organisasjonsnummer: optional for informal groups, and when given it must pass the MOD11 check. */
export const organizationNumberField = optional(organizationNumberValue);

/**
 * A Norwegian number is kept as its eight digits; any other needs its +country code and is kept as +digits.
 * With +47 the Norwegian rule still applies: "+47 0000 0000" is no more a number than "0000 0000"; any other
 * country code must be one that exists (+999 does not).
 */
export function normalizePhone(value: string): string | null {
  const compact = compactDigits(value).replace(/^00/, "+");
  const norwegian = /^(?:\+47)?([2-9]\d{7})$/.exec(compact);
  if (norwegian) return norwegian[1]!;
  if (!/^\+[1-9]\d{6,14}$/.test(compact)) return null;
  const code = callingCodeOf(compact);
  return code && code !== "47" ? compact : null;
}

export const phoneValue = z
  .string()
  .transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (phone === null) {
      ctx.addIssue({ code: "custom", message: "validation.phone" });
      return z.NEVER;
    }
    return phone;
  });

export const phoneField = optional(phoneValue);

export const emailValue = z.string().trim().toLowerCase().transform(emailWithAsciiDomain).pipe(z.email({ error: "validation.email" }).max(254));
export const emailField = optional(emailValue);

/** Four digits; Norway's postcodes run from 0001 to 9991, so 0000 is none. */
export const postalCodeValue = z
  .string()
  .trim()
  .regex(/^(?!0000)\d{4}$/, { error: "validation.postalCode" });
export const postalCodeField = optional(postalCodeValue);

/** A website: the scheme may be left out ("frivillig.no"), then https is assumed. */
export const websiteValue = z
  .string()
  .trim()
  .max(300)
  .transform((value, ctx) => {
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
    const url = URL.canParse(withScheme) ? new URL(withScheme) : null;
    if (!url || !["http:", "https:"].includes(url.protocol) || !url.hostname.includes(".")) {
      ctx.addIssue({ code: "custom", message: "validation.website" });
      return z.NEVER;
    }
    // "https://kommune.no@evil.example" reads as the municipality's address but leads to evil.example.
    if (url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "validation.websiteCredentials" });
      return z.NEVER;
    }
    return url.toString();
  });
export const websiteField = optional(websiteValue);

/**
 * An Enhetsregisteret form code such as FLI. Which codes a profile may take is the use case's to say: the
 * offered list, and an imported organisation keeps the one the register gave it.
 */
export const organizationFormField = optional(z.string().trim().regex(/^[A-Z]{1,10}$/, { error: "validation.organizationForm" }));

export function textField(max: number) {
  return optional(z.string().overwrite(cleanText).max(max));
}


/** Only plain decimal text is read as a number: JavaScript's Number() would also read "0x10", "1e3" and "0b11". */
const decimalText = /^-?\d+(\.\d+)?$/;

/**
 * A page number or page size in an API address: plain decimal digits ("0x2" and "1e1" are not numbers here),
 * from 1 to `highest`; left out or empty, the default.
 */
export function queryNumberField(highest: number, fallback: number) {
  return z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      const text = value.trim();
      if (text === "") return undefined;
      return decimalText.test(text) ? Number(text) : value;
    },
    z
      .number({ error: (issue) => (issue.code === "invalid_type" ? "validation.wholeNumber" : undefined) })
      .int({ error: "validation.wholeNumber" })
      .min(1)
      .max(highest)
      .default(fallback),
  );
}

/** A count of people: a whole number, 0 or more. */
export const countField = optional(
  z.preprocess((value) => (typeof value === "string" && decimalText.test(value.trim()) ? Number(value.trim()) : value), z
      .number({ error: (issue) => (issue.code === "invalid_type" ? "validation.wholeNumber" : undefined) })
      .int({ error: "validation.wholeNumber" })
      .min(0)
      .max(10_000_000)),
);

const calendarDate = z.string().trim().refine(isCalendarDate, { error: "validation.date", abort: true });

/** A date that has happened: today in Norway at the latest. YYYY-MM-DD strings compare as dates. */
export const pastDateField = optional(calendarDate.refine((date) => date <= osloDate(new Date()), { error: "validation.dateInFuture" }));

/**
 * A checkbox: a form sends "on" when ticked and nothing otherwise; the API sends true or false. Anything else
 * ("yes", 1, null) is refused rather than read as "no", so a client's mistake does not store a wrong answer.
 */
export const checkboxField = z.preprocess(
  (value) => (value === undefined || value === "false" ? false : value === "on" || value === "true" ? true : value),
  z.boolean({ error: "validation.invalid" }),
);

/** A checkbox group: a form sends the field once per ticked box (or not at all); the API sends an array. */
export function listField<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(200));
}
