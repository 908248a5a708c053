import { z } from "zod";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/**
 * Problem types that say more than the status code; every other problem is "about:blank". The URNs are
 * names to compare, not addresses to fetch (RFC 9457 §3.1.1).
 */
export const PROBLEM_TYPES = {
  validation: "urn:dugnad:problem:validation",
  malformedJson: "urn:dugnad:problem:malformed-json",
  crossOrigin: "urn:dugnad:problem:cross-origin-write",
  conflict: "urn:dugnad:problem:conflict",
  personRequired: "urn:dugnad:problem:person-required",
} as const;

export const problemFieldErrorSchema = z
  .object({
    name: z.string().describe('The field, as named in the request ("email", "address.postcode").'),
    detail: z.string().describe("What is wrong, in the language of the request."),
    code: z.string().describe('A stable message key, e.g. "validation.email".'),
  })
  .meta({ id: "ProblemFieldError" });

/** RFC 9457 extension member: what the request clashed with, so a client can point to it. */
export const problemExistingSchema = z
  .object({
    id: z.string().describe("Its id."),
    href: z.string().describe('Its address in this API, e.g. "/api/v1/organizations/{id}".'),
  })
  .meta({ id: "ProblemExisting" });

export const problemSchema = z
  .object({
    type: z.string().describe(`"about:blank" or one of ${Object.values(PROBLEM_TYPES).join(", ")}.`),
    title: z.string().describe("A short summary, in the language of the request."),
    status: z.int().min(100).max(599),
    detail: z.string().optional(),
    instance: z.string().optional().describe("The path of the request."),
    errors: z.array(problemFieldErrorSchema).optional().describe("Each invalid field, for validation and conflict problems."),
    existing: problemExistingSchema.optional().describe("For a conflict with something that exists already: which one."),
  })
  .meta({ id: "Problem", description: "An error answer (RFC 9457)." });

export type Problem = z.infer<typeof problemSchema>;
export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;
export type ProblemExisting = z.infer<typeof problemExistingSchema>;
