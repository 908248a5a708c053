import { sql } from "drizzle-orm";
import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { municipality } from "../db/schema";
import { person } from "../auth/schema";
import { organization } from "../../domain/organizations/schema";

export const ROLES = ["admin", "coordinator", "staff", "org_admin", "org_member", "volunteer"] as const;
export type Role = (typeof ROLES)[number];

/** A role a person holds in a municipality; org_admin and org_member name the organisation too. */
export const roleGrant = pgTable(
  "role_grant",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull().references(() => person.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id").notNull().references(() => municipality.id),
    role: text("role", { enum: ROLES }).notNull(),
    organizationId: uuid("organization_id").references(() => organization.id, { onDelete: "cascade" }),
    grantedBy: uuid("granted_by").references(() => person.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("role_grant_unique").on(
      t.personId,
      t.municipalityId,
      t.role,
      sql`coalesce(${t.organizationId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
  ],
);
