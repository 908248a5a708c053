import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { municipality } from "../../platform/db/schema";

/** An organisation in the voluntary sector. The foundation needs only what roles and API tokens refer to. */
export const organization = pgTable(
  "organization",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id").notNull().references(() => municipality.id),
    name: text("name").notNull(),
    organizationNumber: text("organization_number"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organization_number_unique").on(t.municipalityId, t.organizationNumber)],
);
