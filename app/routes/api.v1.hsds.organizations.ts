import { exportHsdsOrganizations } from "../../domain/organizations/hsds";
import { hsdsOrganizationsEndpoint } from "../../domain/organizations/endpoints";
import { apiHandler, apiRoute } from "../lib/api.server";

const api = apiRoute(apiHandler(hsdsOrganizationsEndpoint, ({ ctx, query }) => exportHsdsOrganizations(ctx.db, ctx.actor, query)));

export const loader = api;
export const action = api;
