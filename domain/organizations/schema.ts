import { sql, type SQL } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { municipality } from "../../platform/db/schema";
import type { PUBLIC_LANGUAGES } from "../../platform/i18n/languages";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * A name in each of the full languages; vocabularies (categories, target groups, competences) use it. The
 * shared vocabulary also has names in the other public languages (migration 0008); a municipality's own terms do not.
 */
export type LocalizedName = { nb: string; nn: string; en: string } & Partial<Record<(typeof PUBLIC_LANGUAGES)[number], string>>;

/**
 * An organisation in the voluntary sector (lag, forening, frivilligsentral, informal group).
 * `ownFields` lists the fields the organisation or the coordinator has edited by hand: an import from
 * the registers never overwrites those.
 */
export const organization = pgTable(
  "organization",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id").notNull().references(() => municipality.id),
    name: text("name").notNull(),
    organizationNumber: text("organization_number"),
    organizationForm: text("organization_form"),
    shortDescription: text("short_description").notNull().default(""),
    description: text("description").notNull().default(""),
    website: text("website"),
    email: text("email"),
    phone: text("phone"),
    streetAddress: text("street_address"),
    postalCode: text("postal_code"),
    postalTown: text("postal_town"),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    memberCount: integer("member_count"),
    activeVolunteerCount: integer("active_volunteer_count"),
    logoFileId: uuid("logo_file_id"),
    foundedOn: date("founded_on"),
    inFrivillighetsregisteret: boolean("in_frivillighetsregisteret").notNull().default(false),
    hasPreparednessPlan: boolean("has_preparedness_plan").notNull().default(false),
    preparednessPlanReviewedOn: date("preparedness_plan_reviewed_on"),
    crisisCapacity24h: integer("crisis_capacity_24h"),
    emergencyContactName: text("emergency_contact_name"),
    emergencyContactPhone: text("emergency_contact_phone"),
    hasCooperationAgreement: boolean("has_cooperation_agreement").notNull().default(false),
    cooperationAgreementOn: date("cooperation_agreement_on"),
    cooperationAgreementScope: text("cooperation_agreement_scope"),
    source: text("source", { enum: ["registered", "imported"] }).notNull().default("registered"),
    ownFields: text("own_fields").array().notNull().default(sql`'{}'::text[]`),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedBy: uuid("verified_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('norwegian', coalesce(${organization.name}, '')), 'A') || setweight(to_tsvector('norwegian', coalesce(${organization.shortDescription}, '')), 'B') || setweight(to_tsvector('norwegian', coalesce(${organization.description}, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("organization_number_unique").on(t.municipalityId, t.organizationNumber),
    index("organization_municipality_name_idx").on(t.municipalityId, t.name),
    index("organization_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("organization_languages_idx").using("gin", t.languages),
  ],
);

/** Contact people of an organisation; shown only to municipal roles and the organisation's own people. */
export const organizationContact = pgTable(
  "organization_contact",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role"),
    email: text("email"),
    phone: text("phone"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("organization_contact_org_idx").on(t.organizationId)],
);

/** The Frivillighetsregisteret (ICNPO) category list, seeded as data. */
export const icnpoCategory = pgTable("icnpo_category", {
  code: text("code").primaryKey(),
  name: jsonb("name").$type<LocalizedName>().notNull(),
  position: integer("position").notNull(),
});

export const organizationCategory = pgTable(
  "organization_category",
  {
    organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
    categoryCode: text("category_code").notNull().references(() => icnpoCategory.code),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.categoryCode] }), index("organization_category_code_idx").on(t.categoryCode)],
);

/** Target groups (målgrupper): a built-in list every municipality shares, and the coordinator's own additions. */
export const targetGroup = pgTable(
  "target_group",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id").references(() => municipality.id),
    code: text("code").notNull(),
    name: jsonb("name").$type<LocalizedName>().notNull(),
    position: integer("position").notNull().default(100),
  },
  (t) => [uniqueIndex("target_group_code_unique").on(sql`coalesce(${t.municipalityId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.code)],
);

export const organizationTargetGroup = pgTable(
  "organization_target_group",
  {
    organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
    targetGroupId: uuid("target_group_id").notNull().references(() => targetGroup.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.targetGroupId] }), index("organization_target_group_tg_idx").on(t.targetGroupId)],
);

/** The municipality's districts (bydeler, grender) that organisations say they serve. */
export const district = pgTable(
  "district",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id").notNull().references(() => municipality.id),
    name: text("name").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("district_name_unique").on(t.municipalityId, t.name)],
);

export const organizationDistrict = pgTable(
  "organization_district",
  {
    organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
    districtId: uuid("district_id").notNull().references(() => district.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.districtId] }), index("organization_district_d_idx").on(t.districtId)],
);

/** The shared competence vocabulary the coordinator keeps (førstehjelp, transport, tolking …). */
export const competence = pgTable(
  "competence",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id").references(() => municipality.id),
    code: text("code").notNull(),
    name: jsonb("name").$type<LocalizedName>().notNull(),
  },
  (t) => [uniqueIndex("competence_code_unique").on(sql`coalesce(${t.municipalityId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.code)],
);

export const RESOURCE_KINDS = ["competence", "equipment", "premises", "vehicle"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/**
 * What an organisation can offer the municipality and others. One table for the four kinds, so "who can
 * help with …" searches them together; the columns that do not apply to a kind stay empty.
 */
export const organizationResource = pgTable(
  "organization_resource",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: RESOURCE_KINDS }).notNull(),
    competenceId: uuid("competence_id").references(() => competence.id),
    name: text("name").notNull(),
    quantity: integer("quantity"),
    capacity: integer("capacity"),
    seats: integer("seats"),
    wheelchairAccessible: boolean("wheelchair_accessible"),
    accessibility: text("accessibility"),
    address: text("address"),
    vehicleType: text("vehicle_type"),
    conditions: text("conditions"),
    availability: text("availability"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL =>
        sql`to_tsvector('norwegian', coalesce(${organizationResource.name}, '') || ' ' || coalesce(${organizationResource.vehicleType}, '') || ' ' || coalesce(${organizationResource.note}, '') || ' ' || coalesce(${organizationResource.conditions}, ''))`,
    ),
  },
  (t) => [
    index("organization_resource_org_idx").on(t.organizationId),
    index("organization_resource_kind_idx").on(t.kind, t.competenceId),
    index("organization_resource_search_idx").using("gin", t.searchVector),
  ],
);

/** An e-mailed invitation to join an organisation as admin or member. */
export const organizationInvitation = pgTable(
  "organization_invitation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: ["org_admin", "org_member"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organization_invitation_org_idx").on(t.organizationId)],
);

/** A request to take over an imported organisation that has no admin; the coordinator decides. */
export const organizationClaim = pgTable(
  "organization_claim",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    message: text("message").notNull().default(""),
    status: text("status", { enum: ["pending", "approved", "rejected"] }).notNull().default("pending"),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organization_claim_org_idx").on(t.organizationId), index("organization_claim_status_idx").on(t.status)],
);

/** The coordinator's invitations to organisations to claim and complete their profile, and what came of each. */
export const outreachInvitation = pgTable(
  "outreach_invitation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id").notNull().references(() => municipality.id),
    organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    sentBy: uuid("sent_by"),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    /** When someone took the organisation over through one of its invitations: then none of them grants it again. */
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("outreach_invitation_org_idx").on(t.organizationId), index("outreach_invitation_municipality_idx").on(t.municipalityId, t.sentAt)],
);

/**
 * Counts the changes to what the directory shows, per municipality: triggers on the organisation tables
 * (drizzle/0003_directory-version.sql) raise it in the same transaction as the change, so a server's
 * in-memory directory (directory-index.ts) knows by one small read whether it must load again.
 */
export const directoryVersion = pgTable("directory_version", {
  // No foreign key: a trigger writes here while a municipality's rows are being deleted too.
  municipalityId: uuid("municipality_id").primaryKey(),
  version: integer("version").notNull().default(0),
});

/**
 * Which organisations each directory version changed (drizzle/0006_directory-change-log.sql), so a server
 * whose directory is a few versions behind reads just those again. No organisation means "everything"
 * (a vocabulary, or a statement changing more than a hundred). The triggers keep the last thousand versions.
 */
export const directoryChange = pgTable(
  "directory_change",
  {
    municipalityId: uuid("municipality_id").notNull(),
    version: integer("version").notNull(),
    organizationId: uuid("organization_id"),
  },
  (t) => [index("directory_change_version_idx").on(t.municipalityId, t.version)],
);
