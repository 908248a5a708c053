import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  // public
  route("tilgjengelighet", "routes/accessibility.tsx"),
  route("personvern", "routes/privacy.tsx"),
  // account
  // admin
  // api
  route("api/v1/health", "routes/api.v1.health.ts"),
  route("api/v1/openapi.json", "routes/api.v1.openapi.ts"),
  route("api/v1/*", "routes/api.v1.not-found.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
