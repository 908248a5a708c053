import { and, asc, desc, eq, ilike, inArray, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { norwegianOrder } from "../../platform/db/norwegian-order";
import { containsPattern, prefixPattern } from "../administration/paging";
import { organization } from "./schema";

export type OrganizationChoice = { id: string; name: string };
export type OrganizationMatch = OrganizationChoice & { organizationNumber: string | null };

/**
 * Names the organisations these ids (of roles, API keys …) point to, read for just those: the answer gives
 * null for null and for another municipality's organisation.
 */
export async function organizationNames(db: Db, municipalityId: string, ids: (string | null)[]): Promise<(id: string | null) => string | null> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = wanted.length
    ? await db
        .select({ id: organization.id, name: organization.name })
        .from(organization)
        .where(and(eq(organization.municipalityId, municipalityId), inArray(organization.id, wanted)))
    : [];
  const names = new Map(rows.map((o) => [o.id, o.name]));
  return (id) => (id ? (names.get(id) ?? null) : null);
}

/**
 * Up to `limit` of the municipality's organisations for a picker: nine digits (spaces allowed) find the
 * one with that organisasjonsnummer, anything else the names containing the text, those beginning with it
 * first. Both are index lookups (the number's unique index, the name's trigram index), so a register of
 * ten thousand never travels to the page.
 */
export async function findOrganizationChoices(db: Db, municipalityId: string, text: string, limit: number): Promise<OrganizationMatch[]> {
  const digits = text.replace(/\s/g, "");
  const matches = /^\d{9}$/.test(digits) ? eq(organization.organizationNumber, digits) : ilike(organization.name, containsPattern(text));
  return db
    .select({ id: organization.id, name: organization.name, organizationNumber: organization.organizationNumber })
    .from(organization)
    .where(and(eq(organization.municipalityId, municipalityId), matches))
    .orderBy(desc(sql`${organization.name} ilike ${prefixPattern(text)}`), asc(norwegianOrder(organization.name)), asc(organization.id))
    .limit(limit);
}

/** The organisation if it belongs to the municipality; another municipality's id counts as unknown. */
export async function findOrganizationChoice(db: Db, municipalityId: string, id: string): Promise<OrganizationChoice | undefined> {
  const [row] = await db
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(and(eq(organization.municipalityId, municipalityId), eq(organization.id, id)));
  return row;
}
