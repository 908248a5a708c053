import { getOrganizationEndpoint, updateOrganizationEndpoint } from "../../domain/organizations/endpoints";
import { updateOrganizationProfile } from "../../domain/organizations/profile";
import { getPublicOrganization } from "../../domain/organizations/public-profile";
import { apiHandler, apiRoute, conflictWithExisting } from "../lib/api.server";

const get = apiHandler(getOrganizationEndpoint, ({ ctx, params }) => getPublicOrganization(ctx.db, ctx.actor, { id: params.id }));

const update = apiHandler(updateOrganizationEndpoint, ({ ctx, params, body }) =>
  updateOrganizationProfile(ctx.db, ctx.actor, { ...body, id: params.id }).catch(conflictWithExisting(getOrganizationEndpoint.path)),
);

const api = apiRoute(get, update);

export const loader = api;
export const action = api;
