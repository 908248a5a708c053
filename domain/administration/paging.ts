import { count, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "../../platform/db/client";

export const PAGE_SIZE = 25;

/**
 * A page number from a query string: anything that is not a positive whole number means the first page. A
 * number above `highest` is read as `highest`, not as the first page, so that any page past the end of a list
 * reaches withinPages, which sends the visitor to the last page.
 */
export function pageNumberField(highest: number) {
  return z.coerce
    .number<unknown>()
    .min(1)
    .refine(Number.isInteger)
    .catch(1)
    .transform((page) => Math.min(page, highest))
    .default(1);
}

export const pageField = pageNumberField(100_000);

/**
 * Optional free text from a search form; an empty box means no filter. Text too long to be a search (only a
 * hand-made address has it) means no search too, as in the directory, rather than an error page.
 */
export const searchText = z.string().trim().max(200).catch("").default("");

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number; pageSize: number };

export function paged<T>(items: T[], total: number, page: number): Paged<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), pageSize: PAGE_SIZE };
}

export function offsetOf(page: number): number {
  return (page - 1) * PAGE_SIZE;
}

/** Counts the rows of `table` that match `where` and reads one page of them with `rows`, at the same time. */
export async function readPage<T>(
  db: Db,
  table: PgTable,
  where: SQL | undefined,
  page: number,
  rows: (limit: number, offset: number) => PromiseLike<T[]>,
): Promise<Paged<T>> {
  const [[{ total } = { total: 0 }], items] = await Promise.all([
    db.select({ total: count() }).from(table).where(where),
    rows(PAGE_SIZE, offsetOf(page)),
  ]);
  return paged(items, total, page);
}

/** A case-insensitive "contains" pattern for ILIKE, with the user's own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** Route parameters that are not ids name nothing we have: they are answered as not found, not as bad input. */
export function isUuid(value: unknown): value is string {
  return z.uuid().safeParse(value).success;
}
