import { sql, type SQL } from "drizzle-orm";

/**
 * A subquery in a select list that names a column of the outer query's table. Drizzle writes the top-level
 * columns of a single-table query without their table, so inside the subquery `organization.id` would read
 * as the subquery's own "id"; a column nested one level down keeps its table.
 */
export function correlated<T>(subquery: SQL<T>): SQL<T> {
  return sql<T>`${subquery}`;
}
