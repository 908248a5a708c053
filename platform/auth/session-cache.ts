import type { Db } from "../db/client";
import { listenForChanges, type Listening } from "../db/listen";
import type { PersonActor } from "./actor";

export type SignedIn = { actor: PersonActor; expiresAt: Date };

/** Kept no longer than this even while notices flow: a connection that broke without a word is found late. */
const MAX_AGE_MS = 30_000;

type Kept = SignedIn & { readAt: number };

/** `epoch` counts notices: a session read while one arrived may be stale and is not kept. */
type Cache = { listening: Promise<Listening | null>; sessions: Map<string, Kept>; epoch: number };

const MAX_SESSIONS = 10_000;
const caches = new WeakMap<Db, Cache>();

function cacheOf(db: Db): Cache {
  let cache = caches.get(db);
  if (!cache) {
    const sessions = new Map<string, Kept>();
    const created: Cache = { sessions, epoch: 0, listening: Promise.resolve(null) };
    created.listening = listenForChanges(
      db,
      "sessions_changed",
      (personId) => {
        created.epoch++;
        for (const [key, known] of sessions) if (known.actor.personId === personId) sessions.delete(key);
      },
      () => {
        created.epoch++;
        sessions.clear();
      },
    );
    caches.set(db, (cache = created));
  }
  return cache;
}

/**
 * Who a session belongs to, remembered while the database notifies this process of every change to sessions,
 * people and roles (triggers in drizzle/0005). On the embedded database the person is forgotten before the
 * change returns; on PostgreSQL a change made by another server reaches this one within milliseconds, and
 * one made here is waited for before anything remembered is used. Without notices, `read` asks every time;
 * with them, at least every half minute.
 */
export async function rememberSession(db: Db, key: string, read: () => Promise<SignedIn | null>): Promise<PersonActor | null> {
  const cache = cacheOf(db);
  const listening = await cache.listening;
  if (!listening || !(await listening.upToDate())) return (await read())?.actor ?? null;
  const known = cache.sessions.get(key);
  const now = Date.now();
  if (known && known.expiresAt.getTime() > now && now - known.readAt < MAX_AGE_MS) return known.actor;
  cache.sessions.delete(key);
  const epoch = cache.epoch;
  const found = await read();
  if (found && cache.epoch === epoch) {
    if (cache.sessions.size >= MAX_SESSIONS) cache.sessions.delete(cache.sessions.keys().next().value!);
    cache.sessions.set(key, { actor: Object.freeze(found.actor), expiresAt: found.expiresAt, readAt: now });
  }
  return found?.actor ?? null;
}
