import { and, desc, eq, ilike, isNull, or } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { NotFoundError } from "../../platform/errors";
import { outboxMessage } from "../../platform/notifications/schema";
import { assertCan } from "../../platform/permissions";
import { parseInput } from "../../platform/validation";
import { containsPattern, isUuid, pageField, readPage, searchText, type Paged } from "./paging";

export const OUTBOX_STATUSES = ["pending", "sent", "kept"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

const outboxFilters = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  recipient: searchText,
  page: pageField,
});

export type OutboxListItem = {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

export type OutboxMessageView = OutboxListItem & { body: string; nextAttemptAt: Date };

/** Messages written before any municipality existed belong to the installation, and its admins read them too. */
export function visibleTo(municipalityId: string) {
  return or(eq(outboxMessage.municipalityId, municipalityId), isNull(outboxMessage.municipalityId));
}

/**
 * Every message in the outbox, newest first: waiting, sent, or kept because no mail server is set up.
 * An unknown status shows every message, as a filter left empty does.
 */
export async function listOutbox(
  db: Db,
  actor: Actor,
  input: { status?: string; recipient?: string; page?: unknown } = {},
): Promise<Paged<OutboxListItem>> {
  assertCan(actor, "outbox.read");
  const f = parseInput(outboxFilters, input);
  const where = and(
    visibleTo(actor.municipalityId),
    f.status ? eq(outboxMessage.status, f.status) : undefined,
    f.recipient ? ilike(outboxMessage.recipient, containsPattern(f.recipient)) : undefined,
  );
  return readPage(db, outboxMessage, where, f.page, (limit, offset) =>
    db
      .select({
        id: outboxMessage.id,
        kind: outboxMessage.kind,
        recipient: outboxMessage.recipient,
        subject: outboxMessage.subject,
        status: outboxMessage.status,
        attempts: outboxMessage.attempts,
        lastError: outboxMessage.lastError,
        createdAt: outboxMessage.createdAt,
        sentAt: outboxMessage.sentAt,
      })
      .from(outboxMessage)
      .where(where)
      .orderBy(desc(outboxMessage.createdAt), desc(outboxMessage.id))
      .limit(limit)
      .offset(offset),
  );
}

/**
 * One message in full, so an admin can read it (and follow its links) without a mail server. Opening one is
 * audited: a message may carry a sign-in or password-reset link that lets the reader act as the recipient.
 */
export async function getOutboxMessage(db: Db, actor: Actor, input: { id: string }): Promise<OutboxMessageView> {
  assertCan(actor, "outbox.read");
  if (!isUuid(input.id)) throw new NotFoundError("outbox message");
  const [row] = await db
    .select()
    .from(outboxMessage)
    .where(and(eq(outboxMessage.id, input.id), visibleTo(actor.municipalityId)));
  if (!row) throw new NotFoundError("outbox message");
  await recordAudit(db, actor, { action: "outbox.opened", subjectType: "outbox_message", subjectId: row.id, details: { kind: row.kind } });
  return {
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    nextAttemptAt: row.nextAttemptAt,
  };
}
