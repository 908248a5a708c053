import type { Db } from "../../platform/db/client";
import { organization } from "./schema";

/** Creates an organisation row directly: demo data and test fixtures; the registration use case comes with issue 3. */
export async function insertOrganization(db: Db, input: { municipalityId: string; name: string; organizationNumber?: string }) {
  const [row] = await db.insert(organization).values(input).returning();
  return row!;
}
