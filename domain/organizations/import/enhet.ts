import { isCalendarDate } from "../../../platform/validation";
import { DESCRIPTION_MAX_LENGTH, profileFields } from "../profile-input";
import { emailValue, isValidOrganizationNumber, normalizePhone, postalCodeValue, websiteValue } from "../validation";

/**
 * Organisation forms (Enhetsregisteret's `organisasjonsform.kode`) taken as non-profit, so kept even when
 * the unit is not in Frivillighetsregisteret. See README.md for why these and not others.
 */
export const NON_PROFIT_FORMS: readonly string[] = ["FLI", "STI", "ORGL"];

/** What the import sets on an organisation; the same names as the organisation's own fields. */
export type ImportedFields = {
  name: string;
  organizationForm: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  postalTown: string | null;
  foundedOn: string | null;
  /** Empty when the register says nothing: the profile's description is never null. */
  description: string;
  inFrivillighetsregisteret: boolean;
};

export type ImportedUnit = { organizationNumber: string; fields: ImportedFields; categoryCodes?: string[] };

export type SkipReason = "otherMunicipality" | "notVoluntary" | "dissolved";
export type InvalidReason = "notAnObject" | "missingNumber" | "badNumber" | "missingName" | "nameTooLong" | "duplicate";
export type InvalidUnit = { element: number; reason: InvalidReason; organizationNumber?: string; name?: string };

export type Verdict =
  | { kind: "keep"; unit: ImportedUnit }
  | { kind: "skip"; reason: SkipReason }
  | { kind: "invalid"; reason: InvalidReason; organizationNumber?: string; name?: string };

type Address = { adresse?: unknown; postnummer?: unknown; poststed?: unknown; kommunenummer?: unknown };

/** Frivillighetsregisteret's categories per organisasjonsnummer (see frivillighetsregisteret.ts). */
export type CategoriesByNumber = ReadonlyMap<string, string[]>;

/** A string's text, trimmed and without NUL characters, which PostgreSQL's text cannot hold; null when empty. */
const text = (value: unknown): string | null => {
  const trimmed = typeof value === "string" ? value.replaceAll("\0", "").trim() : "";
  return trimmed === "" ? null : trimmed;
};
const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

function valid<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, value: string | null): NonNullable<T> | null {
  if (value === null) return null;
  const result = schema.safeParse(value);
  return result.success ? (result.data ?? null) : null;
}

function addressOf(unit: Record<string, unknown>): Address {
  return (record(unit.forretningsadresse) ?? record(unit.postadresse) ?? {}) as Address;
}

function streetOf(address: Address): string | null {
  const lines = Array.isArray(address.adresse) ? address.adresse.map(text).filter((l): l is string => l !== null) : [];
  return lines.length > 0 ? lines.join(", ") : null;
}

/** What the unit is for, in its own words: the purpose in its articles, else the activity it registered. */
function purposeOf(unit: Record<string, unknown>): string {
  for (const lines of [unit.vedtektsfestetFormaal, unit.aktivitet]) {
    const words = Array.isArray(lines) ? lines.map(text).filter((l): l is string => l !== null) : [];
    if (words.length > 0) return words.join(" ").slice(0, DESCRIPTION_MAX_LENGTH);
  }
  return "";
}

function dateOf(value: unknown): string | null {
  const date = text(value);
  return date && isCalendarDate(date) ? date : null;
}

function isDissolved(unit: Record<string, unknown>): boolean {
  return Boolean(text(unit.slettedato)) || unit.konkurs === true || unit.underAvvikling === true || unit.underTvangsavviklingEllerTvangsopplosning === true;
}

/**
 * What to do with one element of Enhetsregisteret's file. A unit of another municipality, a dissolved one or
 * one that is neither in Frivillighetsregisteret nor of a non-profit form is skipped; only the units the
 * import would keep are checked for a valid number and a name the profile form would take. Optional fields
 * that do not pass the same checks as the profile form (website, e-mail, phone, address, postcode, postal
 * town, form code) are left out rather than refusing the unit.
 */
export function judgeEnhet(raw: unknown, kommunenummer: string, categories: CategoriesByNumber): Verdict {
  const unit = record(raw);
  if (!unit) return { kind: "invalid", reason: "notAnObject" };
  const address = addressOf(unit);
  if (text(address.kommunenummer) !== kommunenummer) return { kind: "skip", reason: "otherMunicipality" };
  if (isDissolved(unit)) return { kind: "skip", reason: "dissolved" };
  const organizationNumber = text(unit.organisasjonsnummer)?.replace(/\s/g, "") ?? null;
  const form = text(record(unit.organisasjonsform)?.kode);
  const inRegister = unit.registrertIFrivillighetsregisteret === true || (organizationNumber !== null && categories.has(organizationNumber));
  if (!inRegister && !(form && NON_PROFIT_FORMS.includes(form))) return { kind: "skip", reason: "notVoluntary" };
  const name = text(unit.navn);
  const known = { ...(organizationNumber ? { organizationNumber } : {}), ...(name ? { name } : {}) };
  if (!organizationNumber) return { kind: "invalid", reason: "missingNumber", ...known };
  if (!isValidOrganizationNumber(organizationNumber)) return { kind: "invalid", reason: "badNumber", ...known };
  if (!name) return { kind: "invalid", reason: "missingName", ...known };
  // The list of invalid units is kept with the job: its start names the unit well enough.
  if (!profileFields.name.safeParse(name).success) return { kind: "invalid", reason: "nameTooLong", ...known, name: `${name.slice(0, 100)}…` };
  const phone = text(unit.telefon) ?? text(unit.mobil);
  return {
    kind: "keep",
    unit: {
      organizationNumber,
      fields: {
        name,
        organizationForm: valid(profileFields.organizationForm, form),
        website: valid(websiteValue, text(unit.hjemmeside)),
        email: valid(emailValue, text(unit.epostadresse)),
        phone: phone ? normalizePhone(phone) : null,
        streetAddress: valid(profileFields.streetAddress, streetOf(address)),
        postalCode: valid(postalCodeValue, text(address.postnummer)),
        postalTown: valid(profileFields.postalTown, text(address.poststed)),
        foundedOn: dateOf(unit.stiftelsesdato),
        description: purposeOf(unit),
        inFrivillighetsregisteret: inRegister,
      },
      ...(categories.has(organizationNumber) ? { categoryCodes: [...new Set(categories.get(organizationNumber))].sort() } : {}),
    },
  };
}
