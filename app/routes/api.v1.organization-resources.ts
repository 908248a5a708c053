import { addResourceEndpoint, listResourcesEndpoint } from "../../domain/organizations/endpoints";
import { addResource, listResources } from "../../domain/organizations/resources";
import { apiHandler, apiRoute } from "../lib/api.server";

const list = apiHandler(listResourcesEndpoint, async ({ ctx, params }) => ({
  items: await listResources(ctx.db, ctx.actor, { organizationId: params.id }),
}));

const add = apiHandler(addResourceEndpoint, async ({ ctx, params, body, headers }) => {
  const created = await addResource(ctx.db, ctx.actor, { organizationId: params.id, resource: body });
  headers.set("Location", `/api/v1/organizations/${params.id}/resources/${created.id}`);
  return created;
});

const api = apiRoute(list, add);

export const loader = api;
export const action = api;
