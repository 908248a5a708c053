import type { Db } from "../db/client";
import { roleGrant, type Role } from "./schema";

/** Writes a grant without any rights check: for demo data, tests and use cases that have checked already. */
export async function insertGrant(
  db: Db,
  grant: { personId: string; municipalityId: string; role: Role; organizationId?: string | null; grantedBy?: string | null },
): Promise<void> {
  await db
    .insert(roleGrant)
    .values({ ...grant, organizationId: grant.organizationId ?? null, grantedBy: grant.grantedBy ?? null })
    .onConflictDoNothing();
}
