import { vocabularyEndpoint } from "../../domain/organizations/endpoints";
import { describeVocabulary } from "../../domain/organizations/vocabulary";
import { apiHandler, apiRoute } from "../lib/api.server";

const api = apiRoute(apiHandler(vocabularyEndpoint, ({ ctx }) => describeVocabulary(ctx.db, ctx.actor)));

export const loader = api;
export const action = api;
