import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { RateLimitedError } from "../errors";
import { rateLimitBucket } from "./schema";
import { hashToken } from "./tokens";

export type RateLimit = { name: string; max: number; windowSeconds: number };

export const LIMITS = {
  signInPerEmail: { name: "sign-in:email", max: 10, windowSeconds: 15 * 60 },
  signInPerIp: { name: "sign-in:ip", max: 50, windowSeconds: 15 * 60 },
  signUpPerIp: { name: "sign-up:ip", max: 10, windowSeconds: 60 * 60 },
  oidcRegistrationPerIdentity: { name: "oidc-registration:identity", max: 10, windowSeconds: 60 * 60 },
  emailLinkPerEmail: { name: "email-link:email", max: 5, windowSeconds: 60 * 60 },
  emailLinkPerIp: { name: "email-link:ip", max: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimit>;

/** The bucket key holds a hash, so the table keeps no e-mail addresses or IP addresses. */
function bucketKey(limit: RateLimit, subject: string): string {
  return `${limit.name}:${hashToken(subject.toLowerCase())}`;
}

/**
 * Counts one attempt in a fixed window, atomically across app processes: the upsert starts a new window
 * when the old one has run out. Returns the count so far and when the window began.
 */
export async function countAttempt(
  db: Db,
  limit: RateLimit,
  subject: string,
  now = new Date(),
): Promise<{ count: number; windowStart: Date }> {
  const expiredBefore = new Date(now.getTime() - limit.windowSeconds * 1000);
  const expired = sql`${rateLimitBucket.windowStart} <= ${expiredBefore.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateLimitBucket)
    .values({ key: bucketKey(limit, subject), windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimitBucket.key,
      set: {
        windowStart: sql`case when ${expired} then excluded.window_start else ${rateLimitBucket.windowStart} end`,
        count: sql`case when ${expired} then 1 else ${rateLimitBucket.count} + 1 end`,
      },
    })
    .returning({ count: rateLimitBucket.count, windowStart: rateLimitBucket.windowStart });
  return row!;
}

/** Counts the attempt and throws RateLimitedError, saying when to try again, once the limit is passed. */
export async function enforceRateLimit(db: Db, limit: RateLimit, subject: string, now = new Date()): Promise<void> {
  const { count, windowStart } = await countAttempt(db, limit, subject, now);
  if (count <= limit.max) return;
  const endsAt = windowStart.getTime() + limit.windowSeconds * 1000;
  throw new RateLimitedError(Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)));
}
