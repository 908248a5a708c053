import { createHash } from "node:crypto";
import { asc, count, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { parseInput } from "../../platform/validation";
import { organization } from "./schema";
import { queryNumberField } from "./validation";

/**
 * Open Referral HSDS 3.0 export of the municipality's organisations: public facts only, never contact
 * persons. The organisasjonsnummer travels as an organization_identifier in the org-id.guide scheme NO-BRC.
 */

export const HSDS_MAX_PAGE_SIZE = 100;

export const hsdsQuerySchema = z.object({
  page: queryNumberField(100_000, 1),
  per_page: queryNumberField(HSDS_MAX_PAGE_SIZE, 50),
});

const hsdsIdentifierSchema = z.object({
  id: z.uuid(),
  organization_id: z.uuid(),
  identifier_scheme: z.string(),
  identifier_type: z.string(),
  identifier: z.string(),
});

const hsdsPhoneSchema = z.object({ id: z.uuid(), organization_id: z.uuid(), number: z.string(), type: z.string() });

export const hsdsOrganizationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    email: z.string().optional(),
    website: z.string().optional(),
    legal_status: z.string().optional(),
    year_incorporated: z.number().optional(),
    uri: z.string().optional(),
    phones: z.array(hsdsPhoneSchema),
    organization_identifiers: z.array(hsdsIdentifierSchema),
  })
  .meta({ id: "HsdsOrganization", description: "An Open Referral HSDS 3.0 organization." });

export const hsdsOrganizationPageSchema = z
  .object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(hsdsOrganizationSchema),
  })
  .meta({ id: "HsdsOrganizationPage", description: "One page of HSDS 3.0 organizations, in HSDS's paged list shape." });

export type HsdsOrganization = z.infer<typeof hsdsOrganizationSchema>;
export type HsdsOrganizationPage = z.infer<typeof hsdsOrganizationPageSchema>;

/** HSDS wants a uuid for every object; the ones we have no row for get a stable one derived from the organisation. */
function derivedUuid(organizationId: string, what: string): string {
  const hex = createHash("sha256").update(`${organizationId}:${what}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Only absolute http(s) addresses are URIs in HSDS's sense; a bare "example.no" typed by hand is not. */
function absoluteUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  if (URL.canParse(value)) return /^https?:/i.test(value) ? value : undefined;
  return URL.canParse(`https://${value}`) ? `https://${value}` : undefined;
}

const EMAIL = z.email();

type Row = Pick<
  typeof organization.$inferSelect,
  "id" | "name" | "organizationNumber" | "organizationForm" | "shortDescription" | "description" | "website" | "email" | "phone" | "foundedOn"
>;

export function toHsdsOrganization(row: Row): HsdsOrganization {
  const identifiers = row.organizationNumber
    ? [
        {
          id: derivedUuid(row.id, "organisasjonsnummer"),
          organization_id: row.id,
          identifier_scheme: "NO-BRC",
          identifier_type: "organisasjonsnummer",
          identifier: row.organizationNumber,
        },
      ]
    : [];
  return {
    id: row.id,
    name: row.name,
    description: row.description || row.shortDescription,
    email: row.email && EMAIL.safeParse(row.email).success ? row.email : undefined,
    website: absoluteUrl(row.website),
    legal_status: row.organizationForm ?? undefined,
    year_incorporated: row.foundedOn ? Number(row.foundedOn.slice(0, 4)) : undefined,
    uri: row.organizationNumber ? `https://data.brreg.no/enhetsregisteret/api/enheter/${row.organizationNumber}` : undefined,
    phones: row.phone ? [{ id: derivedUuid(row.id, "phone"), organization_id: row.id, number: row.phone, type: "voice" }] : [],
    organization_identifiers: identifiers,
  };
}

/** One page of the municipality's organisations as HSDS; public data, so anyone may read it. */
export async function exportHsdsOrganizations(db: Db, actor: Actor, input: unknown): Promise<HsdsOrganizationPage> {
  const { page, per_page: perPage } = parseInput(hsdsQuerySchema, input);
  const inMunicipality = eq(organization.municipalityId, actor.municipalityId);
  const [[{ total } = { total: 0 }], rows] = await Promise.all([
    db.select({ total: count() }).from(organization).where(inMunicipality),
    db
      .select({
        id: organization.id,
        name: organization.name,
        organizationNumber: organization.organizationNumber,
        organizationForm: organization.organizationForm,
        shortDescription: organization.shortDescription,
        description: organization.description,
        website: organization.website,
        email: organization.email,
        phone: organization.phone,
        foundedOn: organization.foundedOn,
      })
      .from(organization)
      .where(inMunicipality)
      .orderBy(asc(organization.name), asc(organization.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    // HSDS: "the number of entities in the current page", not the page size asked for.
    size: rows.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: rows.length === 0,
    contents: rows.map(toHsdsOrganization),
  };
}
