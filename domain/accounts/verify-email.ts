import { eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { person } from "../../platform/auth/schema";
import { parseInput } from "../../platform/validation";
import type { AccountRequest } from "./context";
import { redeemLink, requestEmailLink } from "./email-link";
import { inspectLink, type LinkStatus } from "./links";
import { linkSchema } from "./schemas";

/** What the confirmation page should show for a link, without using it up. */
export async function checkVerificationLink(db: Db, input: { token: string }): Promise<LinkStatus> {
  const { token } = parseInput(linkSchema, input);
  return inspectLink(db, token, "verify");
}

/** Confirms the address behind the link and signs the person in. */
export async function verifyEmail(
  db: Db,
  input: { token: string },
  request: Pick<AccountRequest, "municipalityId">,
): Promise<{ personId: string; sessionToken: string }> {
  const { token } = parseInput(linkSchema, input);
  return redeemLink(db, { token, purpose: "verify", auditAction: "account.emailVerified" }, request, async (tx, personId) => {
    await tx
      .update(person)
      .set({ emailVerifiedAt: sql`coalesce(${person.emailVerifiedAt}, now())` })
      .where(eq(person.id, personId));
  });
}

/** Sends a new confirmation link if the address has an unconfirmed account; the answer never says which. */
export function resendVerification(db: Db, input: { email: string }, request: AccountRequest): Promise<{ email: string }> {
  return requestEmailLink(db, input, request, "verify", (found) => !found.emailVerifiedAt);
}
