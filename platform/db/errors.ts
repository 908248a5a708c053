/**
 * Whether a database error is a unique index refusing a row: from node-postgres or PGlite, directly or as
 * the cause Drizzle wraps it in. Use cases check for duplicates first; this catches two requests that
 * passed that check at the same moment.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current = error; current instanceof Error || (typeof current === "object" && current !== null); ) {
    const { code, constraint: name, cause } = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (code === "23505" && name === constraint) return true;
    current = cause;
  }
  return false;
}
