import { searchOrganizations } from "../../domain/organizations/api-search";
import { getOrganizationEndpoint, listOrganizationsEndpoint, registerOrganizationEndpoint } from "../../domain/organizations/endpoints";
import { registerOrganization } from "../../domain/organizations/profile";
import { apiHandler, apiRoute, conflictWithExisting } from "../lib/api.server";

const list = apiHandler(listOrganizationsEndpoint, ({ ctx, query }) => searchOrganizations(ctx.db, ctx.actor, query));

const register = apiHandler(registerOrganizationEndpoint, async ({ ctx, body, headers }) => {
  const created = await registerOrganization(ctx.db, ctx.actor, body).catch(conflictWithExisting(getOrganizationEndpoint.path));
  headers.set("Location", `/api/v1/organizations/${created.id}`);
  return created;
});

const api = apiRoute(list, register);

export const loader = api;
export const action = api;
