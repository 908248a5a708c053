import { customType, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { municipality } from "../db/schema";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** Uploaded files (such as logos) kept in the database, so app processes hold no files of their own. */
export const storedFile = pgTable("stored_file", {
  id: uuid("id").primaryKey().defaultRandom(),
  municipalityId: uuid("municipality_id").notNull().references(() => municipality.id),
  contentType: text("content_type").notNull(),
  byteSize: integer("byte_size").notNull(),
  data: bytea("data").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
