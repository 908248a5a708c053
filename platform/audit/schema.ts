import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { municipality } from "../db/schema";
import { person } from "../auth/schema";

/** Who did what to which record, and when. A deleted person's entries keep only an anonymous label. */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id").references(() => municipality.id),
    actorId: uuid("actor_id").references(() => person.id, { onDelete: "set null" }),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_created_idx").on(t.municipalityId, t.createdAt),
    index("audit_subject_idx").on(t.subjectType, t.subjectId),
    index("audit_actor_idx").on(t.actorId),
  ],
);
