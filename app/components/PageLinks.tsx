import { Link as RouterLink, useLocation } from "react-router";
import { Pagination, PaginationButton, PaginationItem, PaginationList } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";

/** The query parameter that carries the page number in every paged list. */
export const PAGE_PARAM = "side";

/** The page numbers to show: the first, the last, and two either side of the current; 0 marks a gap. */
export function visiblePages(page: number, pageCount: number): number[] {
  const pages: number[] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (n === 1 || n === pageCount || Math.abs(n - page) <= 2) pages.push(n);
    else if (pages.at(-1) !== 0) pages.push(0);
  }
  return pages;
}

/**
 * Links to the other pages of a list, keeping the search in the address, so paging works without
 * JavaScript. The first and last items are the previous/next links Designsystemet expects there.
 */
export function PageLinks({ page, pageCount }: { page: number; pageCount: number }) {
  const t = useT();
  const location = useLocation();
  if (pageCount <= 1) return null;
  const hrefFor = (n: number) => {
    const params = new URLSearchParams(location.search);
    if (n === 1) params.delete(PAGE_PARAM);
    else params.set(PAGE_PARAM, String(n));
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ""}`;
  };
  const step = (target: number, label: string) =>
    target >= 1 && target <= pageCount ? (
      <PaginationButton asChild variant="tertiary">
        <RouterLink to={hrefFor(target)}>{label}</RouterLink>
      </PaginationButton>
    ) : (
      <span aria-hidden="true">{label}</span>
    );
  return (
    <Pagination aria-label={t("pager.label")} role="navigation">
      <PaginationList>
        <PaginationItem>{step(page - 1, t("pager.previous"))}</PaginationItem>
        {visiblePages(page, pageCount).map((n, index) =>
          n === 0 ? (
            <PaginationItem key={`gap-${index}`} />
          ) : (
            <PaginationItem key={n}>
              <PaginationButton asChild variant="tertiary" aria-current={n === page ? "true" : undefined}>
                <RouterLink to={hrefFor(n)} aria-label={t("pager.page", { page: n })}>
                  {n}
                </RouterLink>
              </PaginationButton>
            </PaginationItem>
          ),
        )}
        <PaginationItem>{step(page + 1, t("pager.next"))}</PaginationItem>
      </PaginationList>
    </Pagination>
  );
}
