import { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import type { Db } from "./client";
import type { PgNotifications } from "./notifications";

const notificationsOfPools = new WeakMap<pg.Pool, PgNotifications>();

/** connectPostgres hands its pool's notices here, so that caches on that database can listen. */
export function registerNotifications(pool: pg.Pool, notifications: PgNotifications): void {
  notificationsOfPools.set(pool, notifications);
}

/**
 * Calls `onNotify` with the payload of every NOTIFY on `channel`, when `db` is the embedded database.
 * Only this process can open it, so every change passes through here, and PGlite runs the callback before
 * the statement that notified returns to its caller. Resolves false on PostgreSQL, where PgNotifications listens.
 */
async function listenToEmbedded(db: Db, channel: string, onNotify: (payload: string) => void): Promise<boolean> {
  const client: unknown = (db as { $client?: unknown }).$client;
  if (!(client instanceof PGlite)) return false;
  await client.listen(channel, onNotify);
  return true;
}

/** Whether what a cache kept may be used now: every change made so far has been notified. */
export type Listening = { upToDate: () => Promise<boolean> };

const ALWAYS: Listening = { upToDate: async () => true };

/**
 * Notices on `channel` on either database. On the embedded one they arrive before the change returns; on
 * PostgreSQL, other servers' within milliseconds, and `upToDate` waits for this server's own. When notices
 * may have been lost (the listening connection broke), `onReset` is called and `upToDate` answers false.
 */
export async function listenForChanges(db: Db, channel: string, onNotify: (payload: string) => void, onReset: () => void): Promise<Listening | null> {
  if (await listenToEmbedded(db, channel, onNotify)) return ALWAYS;
  const notifications = notificationsOfPools.get((db as { $client?: unknown }).$client as pg.Pool);
  if (!notifications) return null;
  await notifications.listen(channel, { onNotify, onReset });
  return notifications;
}
