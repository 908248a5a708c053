import { z } from "zod";
import type { Db } from "../../platform/db/client";
import { findOrganizationChoices, type OrganizationMatch } from "../organizations/choices";

/** What a form offers to choose from: the organisations matching what the admin searched for. */
export type OrganizationSearch = { q: string; matches: OrganizationMatch[]; more: boolean };

const ORGANIZATION_MATCHES = 20;

/** Typed into a search box: text too long to be a name means no search rather than an error page. */
export const organizationQuery = z.string().trim().max(200).catch("").default("");

/**
 * The organisations matching `q` (a name or an organisasjonsnummer), never the whole register; nothing
 * before the admin has searched. One more than shown is read, to tell the admin when to type more.
 */
export async function searchOrganizationChoices(db: Db, municipalityId: string, q: string): Promise<OrganizationSearch> {
  if (!q) return { q, matches: [], more: false };
  const found = await findOrganizationChoices(db, municipalityId, q, ORGANIZATION_MATCHES + 1);
  return { q, matches: found.slice(0, ORGANIZATION_MATCHES), more: found.length > ORGANIZATION_MATCHES };
}
