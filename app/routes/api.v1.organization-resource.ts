import { getResourceEndpoint, removeResourceEndpoint, updateResourceEndpoint } from "../../domain/organizations/endpoints";
import { removeResource, showResource, updateResource } from "../../domain/organizations/resources";
import { apiHandler, apiRoute } from "../lib/api.server";

const get = apiHandler(getResourceEndpoint, ({ ctx, params }) =>
  showResource(ctx.db, ctx.actor, { organizationId: params.id, resourceId: params.resourceId }),
);

const update = apiHandler(updateResourceEndpoint, ({ ctx, params, body }) =>
  updateResource(ctx.db, ctx.actor, { organizationId: params.id, resourceId: params.resourceId, resource: body }),
);

const remove = apiHandler(removeResourceEndpoint, ({ ctx, params }) =>
  removeResource(ctx.db, ctx.actor, { organizationId: params.id, resourceId: params.resourceId }),
);

const api = apiRoute(get, update, remove);

export const loader = api;
export const action = api;
