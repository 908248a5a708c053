import { openApiEndpoint } from "../../platform/http/endpoints";
import { apiHandler, apiRoute } from "../lib/api.server";
import { openApiDocument } from "../lib/openapi.server";

const api = apiRoute(apiHandler(openApiEndpoint, () => openApiDocument()));

export const loader = api;
export const action = api;
