import { eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { externalIdentity, person } from "../../platform/auth/schema";
import { hashPassword } from "../../platform/auth/password";
import { endAllSessions } from "../../platform/auth/session";
import { parseInput } from "../../platform/validation";
import type { AccountRequest } from "./context";
import { redeemLink, requestEmailLink } from "./email-link";
import { addressConfirmed } from "./find";
import { inspectLink, type LinkStatus } from "./links";
import { resetPasswordSchema, linkSchema } from "./schemas";

/** E-mails a one-hour link for a new password if the address has an account; the answer never says which. */
export function requestPasswordReset(db: Db, input: { email: string }, request: AccountRequest): Promise<{ email: string }> {
  return requestEmailLink(db, input, request, "reset", () => true);
}

/** What the new-password page should show for a link, without using it up. */
export async function checkResetLink(db: Db, input: { token: string }): Promise<LinkStatus> {
  const { token } = parseInput(linkSchema, input);
  return inspectLink(db, token, "reset");
}

/**
 * Sets the new password, signs the person out everywhere else and in here. The link proved the person
 * reads the mailbox, so the address counts as confirmed too. An address nobody had confirmed may have been
 * typed by someone else registering with ID-porten: their identity is unlinked, so it cannot sign in to the
 * account its real owner now takes up.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
  request: Pick<AccountRequest, "municipalityId">,
): Promise<{ personId: string; sessionToken: string }> {
  const data = parseInput(resetPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  return redeemLink(db, { token: data.token, purpose: "reset", auditAction: "account.passwordReset" }, request, async (tx, personId) => {
    if (!(await addressConfirmed(tx, personId))) await tx.delete(externalIdentity).where(eq(externalIdentity.personId, personId));
    await tx
      .update(person)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${person.emailVerifiedAt}, now())` })
      .where(eq(person.id, personId));
    await endAllSessions(tx, personId);
  });
}
