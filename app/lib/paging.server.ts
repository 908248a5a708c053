import { redirect } from "react-router";
import { PAGE_PARAM } from "../components/PageLinks";

/**
 * A page past the last (an old bookmark, a list that has since shrunk, an edited address) would show the
 * number of hits and then "nothing found": the visitor is sent to the last page of the same search instead.
 */
export function throwIfPastLastPage(request: Request, list: { page: number; pageCount: number }): void {
  if (list.page <= list.pageCount) return;
  const url = new URL(request.url);
  if (list.pageCount > 1) url.searchParams.set(PAGE_PARAM, String(list.pageCount));
  else url.searchParams.delete(PAGE_PARAM);
  throw redirect(`${url.pathname}${url.search}`);
}
