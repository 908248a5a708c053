import { integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { municipality } from "../db/schema";

/** Long work started from the web UI (an import, say), with progress the page can show while it runs. */
export const job = pgTable("job", {
  id: uuid("id").primaryKey().defaultRandom(),
  municipalityId: uuid("municipality_id").notNull().references(() => municipality.id),
  kind: text("kind").notNull(),
  status: text("status", { enum: ["running", "done", "failed"] }).notNull().default("running"),
  processed: integer("processed").notNull().default(0),
  total: integer("total"),
  result: jsonb("result").$type<Record<string, unknown>>(),
  error: text("error"),
  startedBy: uuid("started_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});
