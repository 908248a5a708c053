export * from "./schema";
export * from "../auth/schema";
export * from "../permissions/schema";
export * from "../notifications/schema";
export * from "../audit/schema";
export * from "../../domain/organizations/schema";
export * from "../files/schema";
export * from "../jobs/schema";
