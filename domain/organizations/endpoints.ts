import { z } from "zod";
import { defineEndpoint } from "../../platform/http/openapi";
import { PROBLEM_TYPES } from "../../platform/http/problem";
import { organizationsQuerySchema } from "./api-search";
import { hsdsOrganizationPageSchema, hsdsQuerySchema } from "./hsds";
import { profileInput, registerInput } from "./profile-input";
import { resourceInput } from "./resources";
import { RESOURCE_KINDS } from "./schema";

/** The JSON API of the sector map. Bodies are the same zod schemas the web forms and use cases check with. */

const TAGS = ["organizations"] as const;

export const localizedNameSchema = z
  .object({
    nb: z.string(),
    nn: z.string(),
    en: z.string(),
    ar: z.string().optional(),
    uk: z.string().optional(),
    pl: z.string().optional(),
    so: z.string().optional(),
    ti: z.string().optional(),
  })
  .meta({ id: "LocalizedName", description: "A name in bokmål, nynorsk and English; the shared vocabulary also in Arabic, Ukrainian, Polish, Somali and Tigrinya." });

const categorySchema = z.object({ code: z.string(), name: localizedNameSchema }).meta({ id: "OrganizationCategory", description: "An ICNPO category of Frivillighetsregisteret." });

export const organizationSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organizationNumber: z.string().nullable(),
    shortDescription: z.string(),
    postalTown: z.string().nullable(),
    languages: z.array(z.string()).describe("ISO 639-1 codes of the languages the organisation's volunteers speak."),
    verified: z.boolean().describe("Whether the municipality's coordinator has verified the organisation."),
    categories: z.array(categorySchema),
    targetGroups: z.array(localizedNameSchema),
  })
  .meta({ id: "OrganizationSummary" });

export const organizationListSchema = z
  .object({ items: z.array(organizationSummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: "OrganizationList" });

export const organizationResourceSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(RESOURCE_KINDS),
    name: z.string(),
    competenceId: z.uuid().nullable().describe("A competence's id in the vocabulary (`GET /api/v1/vocabulary`); null for the other kinds."),
    competenceName: localizedNameSchema.nullable(),
    quantity: z.number().int().nullable(),
    capacity: z.number().int().nullable(),
    seats: z.number().int().nullable(),
    wheelchairAccessible: z.boolean().nullable(),
    accessibility: z.string().nullable(),
    address: z.string().nullable(),
    vehicleType: z.string().nullable(),
    conditions: z.string().nullable(),
    availability: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "OrganizationResource", description: "Something the organisation can offer: competence, equipment, premises or a vehicle." });

const contactPersonSchema = z
  .object({ id: z.uuid(), name: z.string(), role: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
  .meta({ id: "ContactPerson" });

export const organizationDetailSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organizationNumber: z.string().nullable(),
    shortDescription: z.string(),
    description: z.string(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    streetAddress: z.string().nullable(),
    postalCode: z.string().nullable(),
    postalTown: z.string().nullable(),
    languages: z.array(z.string()),
    verified: z.boolean(),
    organizationForm: z.string().nullable().describe("The organisation form's code in Enhetsregisteret, such as FLI."),
    foundedOn: z.iso.date().nullable(),
    memberCount: z.number().int().nullable(),
    activeVolunteerCount: z.number().int().nullable(),
    hasPreparednessPlan: z.boolean(),
    preparednessPlanReviewedOn: z.iso.date().nullable().describe("Only while `hasPreparednessPlan` is true: setting that to false clears it, and giving a new date while it is false is refused."),
    crisisCapacity24h: z.number().int().nullable().describe("How many volunteers the organisation can call out within 24 hours in a crisis."),
    emergencyContactName: z
      .string()
      .nullable()
      .optional()
      .describe("Who answers the organisation's 24/7 emergency phone: only for those who may see `contacts`, left out for everyone else."),
    emergencyContactPhone: z.string().nullable().optional().describe("The 24/7 emergency phone: only for those who may see `contacts`, left out for everyone else."),
    hasCooperationAgreement: z.boolean().describe("Whether the organisation has a cooperation agreement with the municipality."),
    cooperationAgreementOn: z.iso.date().nullable().describe("Only while `hasCooperationAgreement` is true: setting that to false clears it, and giving a new date while it is false is refused."),
    cooperationAgreementScope: z.string().nullable().describe("Only while `hasCooperationAgreement` is true, as `cooperationAgreementOn`."),
    categories: z.array(categorySchema),
    targetGroups: z.array(localizedNameSchema),
    districts: z.array(z.string()),
    categoryCodes: z.array(z.string()).describe("The codes of `categories`, in their order: the `category` filter and PATCH take them."),
    targetGroupIds: z.array(z.uuid()).describe("The ids of `targetGroups`, in their order: the `targetGroup` filter and PATCH take them."),
    districtIds: z.array(z.uuid()).describe("The ids of `districts`, in their order: the `district` filter and PATCH take them."),
    resources: z.array(organizationResourceSchema),
    contacts: z
      .array(contactPersonSchema)
      .nullable()
      .describe("The contact persons: only for the municipality's staff, the organisation's own people and API keys for either; null for everyone else."),
  })
  .meta({ id: "Organization" });

const vocabularyTermSchema = z.object({ id: z.uuid(), code: z.string(), name: localizedNameSchema });

export const vocabularySchema = z
  .object({
    categories: z
      .array(
        z
          .object({ code: z.string(), parentCode: z.string().nullable().describe("The main category a subcategory belongs to; null for a main category."), name: localizedNameSchema })
          .meta({ id: "VocabularyCategory" }),
      )
      .describe("The ICNPO categories of Frivillighetsregisteret, each main category before its subcategories: `category` and `categoryCodes` take the codes."),
    targetGroups: z
      .array(vocabularyTermSchema.meta({ id: "VocabularyTargetGroup" }))
      .describe("The shared target groups and the municipality's own: `targetGroup` and `targetGroupIds` take the ids."),
    districts: z
      .array(z.object({ id: z.uuid(), name: z.string() }).meta({ id: "VocabularyDistrict" }))
      .describe("The municipality's districts: `district` and `districtIds` take the ids."),
    competences: z
      .array(vocabularyTermSchema.meta({ id: "VocabularyCompetence" }))
      .describe("The shared competences and the municipality's own: a competence resource's `competenceId` takes the ids."),
    languages: z.array(z.string()).describe("The ISO 639-1 codes of the languages a profile may list: `language` and `languages` take them."),
  })
  .meta({ id: "Vocabulary" });

const idParams = z.object({ id: z.string().describe("The organisation's id.") });
const resourceParams = z.object({ id: z.string().describe("The organisation's id."), resourceId: z.string().describe("The resource's id.") });
const createdSchema = z.object({ id: z.uuid() }).meta({ id: "Created" });
const resourceBody = resourceInput.meta({ id: "OrganizationResourceInput" });

export const listOrganizationsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/organizations",
  operationId: "listOrganizations",
  summary: "Search the organisations",
  description:
    "The public directory: words (Norwegian full text, tolerant of typos; the name of a category, target group, district or competence " +
    "in any of the eight languages finds the organisations that have it), ICNPO category (a main category includes its subcategories), " +
    "target group, district and language, and what the organisation can offer (`resource`). Anyone may call it.",
  tags: TAGS,
  auth: "none",
  request: { query: organizationsQuerySchema },
  responses: { 200: organizationListSchema },
});

export const registerOrganizationEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/organizations",
  operationId: "registerOrganization",
  summary: "Register an organisation",
  description:
    "The signed-in person becomes the organisation's admin; it stays unverified until the coordinator verifies it. So only a person " +
    `may register one, with the session cookie: an API key answers 403 with type ${PROBLEM_TYPES.personRequired}. A duplicate ` +
    "organisasjonsnummer answers 409, with the existing organisation's name in the detail and its id and address in `existing`.",
  tags: TAGS,
  auth: "session",
  request: { body: registerInput.meta({ id: "OrganizationRegistration" }) },
  responses: { 201: createdSchema },
  problems: [409],
});

export const getOrganizationEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/organizations/{id}",
  operationId: "getOrganization",
  summary: "One organisation",
  description:
    "Its public profile and resources, for anyone; its contact persons and 24/7 emergency contact only for those who may see them (see `contacts`).",
  tags: TAGS,
  auth: "none",
  request: { params: idParams },
  responses: { 200: organizationDetailSchema },
  problems: [404],
});

export const updateOrganizationEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/organizations/{id}",
  operationId: "updateOrganization",
  summary: "Change an organisation's profile",
  description:
    "Changes the fields sent and leaves the rest. For the organisation's admins, the coordinator and API keys for the municipality or " +
    "the organisation; others get 403. Answers with the fields that changed; the registers' imports never overwrite them afterwards. " +
    "An organisasjonsnummer that another organisation has answers 409, as when registering.",
  tags: TAGS,
  auth: "session-or-token",
  request: { params: idParams, body: profileInput.meta({ id: "OrganizationChange" }) },
  responses: { 200: z.object({ changed: z.array(z.string()) }).meta({ id: "OrganizationChanged" }) },
  problems: [404, 409],
});

export const listResourcesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/organizations/{id}/resources",
  operationId: "listOrganizationResources",
  summary: "What an organisation can offer",
  tags: TAGS,
  auth: "none",
  request: { params: idParams },
  responses: { 200: z.object({ items: z.array(organizationResourceSchema) }).meta({ id: "OrganizationResourceList" }) },
  problems: [404],
});

export const addResourceEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/organizations/{id}/resources",
  operationId: "addOrganizationResource",
  summary: "Add a resource",
  description: "`kind` decides which facts the resource has. For those who may change the organisation.",
  tags: TAGS,
  auth: "session-or-token",
  request: { params: idParams, body: resourceBody },
  responses: { 201: createdSchema },
  problems: [404],
});

export const getResourceEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/organizations/{id}/resources/{resourceId}",
  operationId: "getOrganizationResource",
  summary: "One thing an organisation can offer",
  description: "As in the list of its resources, for anyone. A resource of another organisation answers 404.",
  tags: TAGS,
  auth: "none",
  request: { params: resourceParams },
  responses: { 200: organizationResourceSchema },
  problems: [404],
});

export const updateResourceEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/organizations/{id}/resources/{resourceId}",
  operationId: "updateOrganizationResource",
  summary: "Change a resource",
  description: "Send the resource whole, as when adding it: the facts of its kind are replaced, and a changed kind leaves none of the old kind's facts.",
  tags: TAGS,
  auth: "session-or-token",
  request: { params: resourceParams, body: resourceBody },
  responses: { 204: null },
  problems: [404],
});

export const removeResourceEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/organizations/{id}/resources/{resourceId}",
  operationId: "removeOrganizationResource",
  summary: "Remove a resource",
  tags: TAGS,
  auth: "session-or-token",
  request: { params: resourceParams },
  responses: { 204: null },
  problems: [404],
});

export const vocabularyEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/vocabulary",
  operationId: "getVocabulary",
  summary: "The terms organisations are described and found by",
  description:
    "The municipality's categories, target groups, districts, competences and languages, with the codes and ids the search's filters, " +
    "PATCH of an organisation and its resources take. Anyone may call it.",
  tags: TAGS,
  auth: "none",
  responses: { 200: vocabularySchema },
  cache: "public",
});

export const hsdsOrganizationsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/hsds/organizations",
  operationId: "listHsdsOrganizations",
  summary: "The organisations as Open Referral HSDS 3.0",
  description:
    "Open data: the municipality's organisations as HSDS 3.0 organization objects in HSDS's paged list shape. " +
    "The organisasjonsnummer is an organization_identifier with identifier_scheme NO-BRC. No contact persons.",
  tags: ["organizations", "open data"],
  auth: "none",
  request: { query: hsdsQuerySchema },
  responses: { 200: hsdsOrganizationPageSchema },
  cache: "public",
});
