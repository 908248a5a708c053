import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { organization } from "./schema";

export type OrganizationChoice = { id: string; name: string };

/** The municipality's organisations by name, for pickers in other capabilities (role grants, API token scopes). */
export async function organizationChoices(db: Db, municipalityId: string): Promise<OrganizationChoice[]> {
  return db
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(eq(organization.municipalityId, municipalityId))
    .orderBy(asc(organization.name), asc(organization.id));
}

/** The organisation if it belongs to the municipality; another municipality's id counts as unknown. */
export async function findOrganizationChoice(db: Db, municipalityId: string, id: string): Promise<OrganizationChoice | undefined> {
  const [row] = await db
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(and(eq(organization.municipalityId, municipalityId), eq(organization.id, id)));
  return row;
}
