import { describeMe } from "../../domain/accounts/me";
import { meEndpoint } from "../../domain/accounts/endpoints";
import { apiHandler, apiRoute } from "../lib/api.server";

const api = apiRoute(apiHandler(meEndpoint, ({ ctx }) => describeMe(ctx.db, ctx.actor)));

export const loader = api;
export const action = api;
