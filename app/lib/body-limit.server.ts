import { data, type MiddlewareFunction } from "react-router";
import { bodyRefused } from "./api.server";

/** Forms are read whole into memory, so a request body larger than this is refused before anyone reads it. */
export const BODY_LIMIT_BYTES = 32 * 1024 * 1024;

/** The register import checks its own, larger limit before reading, so it can say at its field what to upload. */
const CHECKS_ITS_OWN_LIMIT = new Set(["/koordinering/import"]);

const WITHOUT_BODY = new Set(["GET", "HEAD", "OPTIONS"]);

/** The API answers with a problem document, a page with the error page in the visitor's language. */
function refuse(request: Request, status: 411 | 413): Response {
  if (new URL(request.url).pathname.startsWith("/api/")) return bodyRefused(request, status, BODY_LIMIT_BYTES / 1024 / 1024);
  throw data(null, { status });
}

/**
 * Refuses a body that does not declare its length (411) or declares more than the limit (413) before a
 * route reads it. Node reads exactly the declared length, so the check holds.
 */
export const refuseOversizedBodies: MiddlewareFunction<Response> = ({ request }, next) => {
  if (WITHOUT_BODY.has(request.method.toUpperCase())) return next();
  const declared = request.headers.get("content-length");
  if (declared === null) return request.headers.has("transfer-encoding") ? refuse(request, 411) : next();
  if (Number(declared) > BODY_LIMIT_BYTES && !CHECKS_ITS_OWN_LIMIT.has(new URL(request.url).pathname)) return refuse(request, 413);
  return next();
};
