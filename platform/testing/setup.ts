import { afterEach } from "vitest";

process.env.TZ = "UTC";
// Tests hash many passwords; production strength is covered by platform/auth/password.test.ts.
process.env.PASSWORD_HASH_COST ??= "low";

/**
 * node-postgres still queues a query sent while its connection is busy, but warns that version 9 will refuse
 * it; on a transaction's single connection that means a `Promise.all` of queries. The warning comes once per
 * process, so the test that causes it fails here, on PostgreSQL (the embedded database runs one at a time anyway).
 */
let overlapping: string | undefined;
process.on("warning", (warning) => {
  if (/already executing a query/.test(warning.message)) overlapping = warning.message;
});
afterEach(() => {
  if (!overlapping) return;
  const message = overlapping;
  overlapping = undefined;
  throw new Error(`Two queries overlapped on one database connection: ${message}`);
});
