import { contextFor, type RequestContext } from "../../platform/http/request";
import { throwForAccess } from "./forms.server";

/**
 * Runs a loader's use case for the signed-in admin: the anonymous are sent to sign in, anyone else without
 * the right sees the 403 page, and an unknown record the 404 page.
 */
export async function loadForAdmin<T>(request: Request, run: (context: RequestContext) => Promise<T>): Promise<T> {
  const context = await contextFor(request);
  try {
    return await run(context);
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
}

/** The query string as plain values, for the search forms that use GET. */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
