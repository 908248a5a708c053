import { and, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { NotFoundError } from "../../platform/errors";
import { isUuid } from "../administration/paging";
import { organization } from "./schema";

export type OrganizationRef = { id: string; name: string; source: "registered" | "imported" };

/**
 * The organisation named by an address or a form, if it belongs to the municipality; an id that is not
 * one, or another municipality's organisation, is answered as not found.
 */
export async function findOrganization(db: Db, municipalityId: string, organizationId: unknown): Promise<OrganizationRef> {
  if (!isUuid(organizationId)) throw new NotFoundError("organization");
  const [row] = await db
    .select({ id: organization.id, name: organization.name, source: organization.source })
    .from(organization)
    .where(and(eq(organization.id, organizationId), eq(organization.municipalityId, municipalityId)));
  if (!row) throw new NotFoundError("organization");
  return row;
}
