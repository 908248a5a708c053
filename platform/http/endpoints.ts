import { z } from "zod";
import { defineEndpoint } from "./openapi";

export const healthSchema = z
  .object({
    status: z.enum(["ok", "error"]),
    database: z.enum(["pglite", "postgres", "unavailable"]),
    version: z.string(),
  })
  .meta({ id: "Health" });

export const healthEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/health",
  operationId: "getHealth",
  summary: "Whether the service and its database answer",
  description: "For load balancers and monitoring: 200 when the database answers, 503 when it does not.",
  tags: ["service"],
  auth: "none",
  responses: { 200: healthSchema, 503: healthSchema },
});

export const openApiEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This API described as OpenAPI 3.1",
  tags: ["service"],
  auth: "none",
  responses: { 200: z.looseObject({ openapi: z.string() }).meta({ id: "OpenApiDocument" }) },
  cache: "public",
});
