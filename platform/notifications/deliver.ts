import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "../db/client";
import { outboxMessage } from "./schema";

export type OutboxRow = typeof outboxMessage.$inferSelect;
export type Transport = { send(message: OutboxRow): Promise<void> };

/** Waits 30 s, 1 min, 2 min … up to an hour between tries; a message is never given up or deleted. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** How long a server holds the messages it took to send: another server sends them only after this. */
export const CLAIM_MS = 5 * 60_000;

/**
 * Takes up to `batch` due messages for this server by moving their next attempt past the claim: with
 * several servers on one PostgreSQL, two of them must never send the same e-mail. Locked rows are
 * skipped, so servers share the queue; a server that dies while sending leaves its messages to be
 * tried again once the claim runs out.
 */
async function claimDueMessages(db: Db, now: Date, batch: number): Promise<OutboxRow[]> {
  const due = db
    .select({ id: outboxMessage.id })
    .from(outboxMessage)
    .where(and(eq(outboxMessage.status, "pending"), lte(outboxMessage.nextAttemptAt, now)))
    .orderBy(asc(outboxMessage.nextAttemptAt))
    .limit(batch)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(outboxMessage)
    .set({ nextAttemptAt: new Date(now.getTime() + CLAIM_MS) })
    .where(inArray(outboxMessage.id, due))
    .returning();
  return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * Sends every due message. Without a transport (no SMTP_URL) a message is marked "kept": it stays in the
 * outbox for admins to read, which is how demo and development follow e-mails without a mail server.
 */
export async function deliverDueMessages(db: Db, transport: Transport | null, now = new Date(), batch = 20): Promise<number> {
  const due = await claimDueMessages(db, now, batch);
  for (const message of due) {
    if (!transport) {
      await db.update(outboxMessage).set({ status: "kept" }).where(eq(outboxMessage.id, message.id));
      continue;
    }
    try {
      await transport.send(message);
      await db
        .update(outboxMessage)
        .set({ status: "sent", sentAt: new Date(), attempts: message.attempts + 1, lastError: null })
        .where(eq(outboxMessage.id, message.id));
    } catch (error) {
      const attempts = message.attempts + 1;
      await db
        .update(outboxMessage)
        .set({
          attempts,
          lastError: error instanceof Error ? error.message : String(error),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        })
        .where(eq(outboxMessage.id, message.id));
    }
  }
  return due.length;
}
