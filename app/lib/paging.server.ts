import { redirect } from "react-router";
import { PAGE_PARAM } from "../components/PageLinks";

/**
 * The paged list, if its page exists. A page past the last (an old bookmark, a list that has since shrunk,
 * an edited address) would show the number of hits and then "nothing found": the visitor is sent to the
 * last page of the same search instead.
 */
export function withinPages<T extends { page: number; pageCount: number }>(request: Request, list: T): T {
  if (list.page <= list.pageCount) return list;
  const url = new URL(request.url);
  if (list.pageCount > 1) url.searchParams.set(PAGE_PARAM, String(list.pageCount));
  else url.searchParams.delete(PAGE_PARAM);
  throw redirect(`${url.pathname}${url.search}`);
}
