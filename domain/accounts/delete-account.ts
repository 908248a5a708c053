import { and, eq, sql } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { person } from "../../platform/auth/schema";
import { auditEvent } from "../../platform/audit/schema";
import { outboxMessage } from "../../platform/notifications/schema";
import { recordAudit } from "../../platform/audit";
import { assertCan, assertPerson } from "../../platform/permissions";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { addressConfirmed } from "./find";
import { deleteAccountSchema } from "./schemas";

/** What stays in the audit log and the e-mail log in place of the person who deleted their account. */
export const DELETED_ACTOR_LABEL = "slettet bruker";
export const DELETED_RECIPIENT = "slettet";

/**
 * Deletes the person's own account. Sessions, links, roles and identities go with the person row; the
 * audit log and the outbox keep their entries without the name or the confirmed address, and unsent e-mails to it are held back.
 */
export async function deleteMyAccount(db: Db, actor: Actor, input: { personId: string; confirmEmail: string }): Promise<void> {
  assertCan(actor, "account.self", { personId: input.personId });
  assertPerson(actor);
  const data = parseInput(deleteAccountSchema, input);
  if (data.confirmEmail !== actor.email.toLowerCase()) {
    throw new ValidationError({ confirmEmail: [{ key: "account.delete.emailMismatch" }] });
  }
  await db.transaction(async (tx) => {
    const ownAddress = await addressConfirmed(tx, actor.personId);
    await recordAudit(tx, actor, { action: "account.deleted", subjectType: "person", subjectId: actor.personId });
    await tx.update(auditEvent).set({ actorLabel: DELETED_ACTOR_LABEL }).where(eq(auditEvent.actorId, actor.personId));
    // Events about the person (invited, removed from an organisation) name them in their details too.
    await tx
      .update(auditEvent)
      .set({ details: sql`${auditEvent.details} || jsonb_build_object('name', ${DELETED_ACTOR_LABEL}::text)` })
      .where(and(sql`${auditEvent.details}->>'personId' = ${actor.personId}`, sql`${auditEvent.details} ? 'name'`));
    // An address never confirmed may be someone else's: what was sent to it, and said of it, is theirs.
    if (ownAddress) await forgetAddress(tx, actor.email);
    await tx.delete(person).where(eq(person.id, actor.personId));
  });
}

async function forgetAddress(db: Db, email: string): Promise<void> {
  await db
    .update(auditEvent)
    .set({ details: sql`${auditEvent.details} || jsonb_build_object('email', ${DELETED_RECIPIENT}::text)` })
    .where(sql`lower(${auditEvent.details}->>'email') = ${email.toLowerCase()}`);
  await db
    .update(outboxMessage)
    .set({
      recipient: DELETED_RECIPIENT,
      body: DELETED_RECIPIENT,
      status: sql`case when ${outboxMessage.status} = 'pending' then 'kept' else ${outboxMessage.status} end`,
    })
    .where(sql`lower(${outboxMessage.recipient}) = ${email.toLowerCase()}`);
}
