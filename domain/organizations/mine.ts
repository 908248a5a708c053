import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { norwegianOrder } from "../../platform/db/norwegian-order";
import { assertPerson } from "../../platform/permissions";
import { roleGrant } from "../../platform/permissions/schema";
import { organization } from "./schema";

export type MyOrganization = { id: string; name: string; role: "org_admin" | "org_member"; verified: boolean; source: "registered" | "imported" };

/** The organisations the person belongs to, with their role in each (admin before member where both). */
export async function listMyOrganizations(db: Db, actor: Actor): Promise<MyOrganization[]> {
  assertPerson(actor);
  const rows = await db
    .select({ id: organization.id, name: organization.name, role: roleGrant.role, verifiedAt: organization.verifiedAt, source: organization.source })
    .from(roleGrant)
    .innerJoin(organization, eq(organization.id, roleGrant.organizationId))
    .where(
      and(
        eq(roleGrant.personId, actor.personId),
        eq(roleGrant.municipalityId, actor.municipalityId),
        inArray(roleGrant.role, ["org_admin", "org_member"]),
      ),
    )
    .orderBy(asc(norwegianOrder(organization.name)), asc(roleGrant.role));
  const byId = new Map<string, MyOrganization>();
  for (const row of rows) {
    if (byId.has(row.id)) continue;
    byId.set(row.id, { id: row.id, name: row.name, role: row.role as MyOrganization["role"], verified: row.verifiedAt !== null, source: row.source });
  }
  return [...byId.values()];
}
