import { buildOpenApiDocument, isEndpoint, type OpenApiDocument } from "../../platform/http/openapi";

/** Every capability describes its endpoints in an endpoints.ts beside its schemas; the document picks them all up. */
const modules = import.meta.glob<Record<string, unknown>>(["../../domain/*/endpoints.ts", "../../platform/*/endpoints.ts"], { eager: true });

export const apiEndpoints = Object.values(modules).flatMap((module) => Object.values(module).filter(isEndpoint));

let document: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  document ??= buildOpenApiDocument(apiEndpoints, process.env.npm_package_version ?? "0.1.0");
  return document;
}
