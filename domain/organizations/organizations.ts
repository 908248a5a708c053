import type { Db } from "../../platform/db/client";
import { organization } from "./schema";

type OrganizationFixture = Pick<typeof organization.$inferInsert, "municipalityId" | "name" | "organizationNumber" | "source" | "email">;

/**
 * Creates an organisation row directly, without a rights check: test fixtures (`source: "imported"` for one
 * from the registers, with no admin); people register with registerOrganization (profile.ts).
 */
export async function insertOrganization(db: Db, input: OrganizationFixture) {
  const [row] = await db.insert(organization).values(input).returning();
  return row!;
}
