import { PGlite } from "@electric-sql/pglite";
import type { Db } from "./client";

/**
 * Calls `onNotify` with the payload of every NOTIFY on `channel`, when `db` is the embedded database.
 * Only this process can open it, so every change passes through here, and PGlite runs the callback before
 * the statement that notified returns to its caller. Resolves false on PostgreSQL: other servers change the
 * data too, and the caller has to ask the database instead.
 */
export async function listenToEmbedded(db: Db, channel: string, onNotify: (payload: string) => void): Promise<boolean> {
  const client: unknown = (db as { $client?: unknown }).$client;
  if (!(client instanceof PGlite)) return false;
  await client.listen(channel, onNotify);
  return true;
}
