import { defineEndpoint } from "../../platform/http/openapi";
import { hsdsOrganizationPageSchema, hsdsQuerySchema } from "./hsds";

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
