import type { Db } from "../../platform/db/client";
import { organization } from "./schema";

/** Creates an organisation row directly, without a rights check: test fixtures; people register with registerOrganization (profile.ts). */
export async function insertOrganization(db: Db, input: { municipalityId: string; name: string; organizationNumber?: string }) {
  const [row] = await db.insert(organization).values(input).returning();
  return row!;
}
