import type { Db } from "../db/client";
import { outboxMessage } from "./schema";

export type EmailMessage = {
  municipalityId: string | null;
  kind: string;
  to: string;
  subject: string;
  body: string;
};

/** Writes the message to the outbox; the worker sends it (or keeps it, in demo mode) and retries on failure. */
export async function enqueueEmail(db: Db, message: EmailMessage): Promise<string> {
  const [row] = await db
    .insert(outboxMessage)
    .values({
      municipalityId: message.municipalityId,
      kind: message.kind,
      recipient: message.to,
      subject: message.subject,
      body: message.body,
      // The worker compares with this process's clock in milliseconds; the database's now() has microseconds
      // and could put a new message a fraction of a millisecond in the worker's future.
      nextAttemptAt: new Date(),
    })
    .returning({ id: outboxMessage.id });
  return row!.id;
}
