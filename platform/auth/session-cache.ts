import type { Db } from "../db/client";
import { listenToEmbedded } from "../db/listen";
import type { PersonActor } from "./actor";

export type SignedIn = { actor: PersonActor; expiresAt: Date };

/** `epoch` counts notices: a session read while one arrived may be stale and is not kept. */
type Cache = { notified: Promise<boolean>; sessions: Map<string, SignedIn>; epoch: number };

const MAX_SESSIONS = 10_000;
const caches = new WeakMap<Db, Cache>();

function cacheOf(db: Db): Cache {
  let cache = caches.get(db);
  if (!cache) {
    const sessions = new Map<string, SignedIn>();
    const created: Cache = { sessions, epoch: 0, notified: Promise.resolve(false) };
    created.notified = listenToEmbedded(db, "sessions_changed", (personId) => {
      created.epoch++;
      for (const [key, known] of sessions) if (known.actor.personId === personId) sessions.delete(key);
    });
    caches.set(db, (cache = created));
  }
  return cache;
}

/**
 * Who a session belongs to, remembered on the embedded database: triggers notify this process of every
 * change to sessions, people and roles (drizzle/0005), and the person is forgotten before the change
 * returns. On PostgreSQL other servers sign people out too, so `read` asks the database every time.
 */
export async function rememberSession(db: Db, key: string, read: () => Promise<SignedIn | null>): Promise<PersonActor | null> {
  const cache = cacheOf(db);
  if (!(await cache.notified)) return (await read())?.actor ?? null;
  const known = cache.sessions.get(key);
  if (known && known.expiresAt.getTime() > Date.now()) return known.actor;
  cache.sessions.delete(key);
  const epoch = cache.epoch;
  const found = await read();
  if (found && cache.epoch === epoch) {
    if (cache.sessions.size >= MAX_SESSIONS) cache.sessions.delete(cache.sessions.keys().next().value!);
    cache.sessions.set(key, { actor: Object.freeze(found.actor), expiresAt: found.expiresAt });
  }
  return found?.actor ?? null;
}
