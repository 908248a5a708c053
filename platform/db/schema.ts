import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** The tenant: every other table carries the municipality it belongs to. */
export const municipality = pgTable("municipality", {
  id: uuid("id").primaryKey().defaultRandom(),
  kommunenummer: text("kommunenummer").notNull().unique(),
  name: text("name").notNull(),
  maalform: text("maalform", { enum: ["nb", "nn"] }).notNull().default("nb"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Installation-wide values the app generates once, such as the signing secret. */
export const appSetting = pgTable("app_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
