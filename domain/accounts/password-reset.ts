import { eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { person } from "../../platform/auth/schema";
import { hashPassword } from "../../platform/auth/password";
import { enforceRateLimit, LIMITS } from "../../platform/auth/rate-limit";
import { actorForPerson, createSession, endAllSessions } from "../../platform/auth/session";
import { recordAudit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import type { AccountRequest } from "./context";
import { findPersonByEmail } from "./find";
import { consumeLink, inspectLink, issueLink, type LinkStatus } from "./links";
import { linkTo, sendAccountMail } from "./mail";
import { emailSchema, resetPasswordSchema, linkSchema } from "./schemas";

/** E-mails a one-hour link for a new password if the address has an account; the answer never says which. */
export async function requestPasswordReset(db: Db, input: { email: string }, request: AccountRequest): Promise<{ email: string }> {
  const { email } = parseInput(emailSchema, input);
  await enforceRateLimit(db, LIMITS.emailLinkPerIp, request.ip);
  await enforceRateLimit(db, LIMITS.emailLinkPerEmail, email);
  const found = await findPersonByEmail(db, email);
  if (!found) return { email };
  await db.transaction(async (tx) => {
    const token = await issueLink(tx, found.id, "reset");
    await sendAccountMail(tx, {
      kind: "reset",
      municipalityId: found.municipalityId,
      to: found.email,
      name: found.name,
      lang: request.lang,
      params: { link: linkTo("/nytt-passord", token) },
    });
  });
  return { email };
}

/** What the new-password page should show for a link, without using it up. */
export async function checkResetLink(db: Db, input: { token: string }): Promise<LinkStatus> {
  const { token } = parseInput(linkSchema, input);
  return inspectLink(db, token, "reset");
}

/**
 * Sets the new password, signs the person out everywhere else and in here. The link proved the person
 * reads the mailbox, so the address counts as confirmed too.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
  request: Pick<AccountRequest, "municipalityId">,
): Promise<{ personId: string; sessionToken: string }> {
  const data = parseInput(resetPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const personId = await consumeLink(tx, data.token, "reset");
    if (!personId) throw new ValidationError({ _form: [{ key: "account.link.unusable" }] });
    await tx
      .update(person)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${person.emailVerifiedAt}, now())` })
      .where(eq(person.id, personId));
    await endAllSessions(tx, personId);
    const actor = (await actorForPerson(tx, personId, request.municipalityId))!;
    await recordAudit(tx, actor, { action: "account.passwordReset", subjectType: "person", subjectId: personId });
    const sessionToken = await createSession(tx, personId, "password");
    return { personId, sessionToken };
  });
}
