import { exists, sql, type SQL } from "drizzle-orm";
import { roleGrant } from "../../platform/permissions/schema";
import { organization } from "./schema";

/** The organisation of the row being read has an admin: for a query's conditions or its select list. */
export function hasAdmin(): SQL {
  return exists(sql`(select 1 from ${roleGrant} where ${roleGrant.organizationId} = ${organization.id} and ${roleGrant.role} = 'org_admin')`);
}
