import { eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { person } from "../../platform/auth/schema";
import { enforceRateLimit, LIMITS } from "../../platform/auth/rate-limit";
import { actorForPerson, createSession } from "../../platform/auth/session";
import { recordAudit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import type { AccountRequest } from "./context";
import { findPersonByEmail } from "./find";
import { consumeLink, inspectLink, issueLink, type LinkStatus } from "./links";
import { linkTo, sendAccountMail } from "./mail";
import { emailSchema, linkSchema } from "./schemas";

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
  return db.transaction(async (tx) => {
    const personId = await consumeLink(tx, token, "verify");
    if (!personId) throw new ValidationError({ _form: [{ key: "account.link.unusable" }] });
    await tx
      .update(person)
      .set({ emailVerifiedAt: sql`coalesce(${person.emailVerifiedAt}, now())` })
      .where(eq(person.id, personId));
    const actor = (await actorForPerson(tx, personId, request.municipalityId))!;
    await recordAudit(tx, actor, { action: "account.emailVerified", subjectType: "person", subjectId: personId });
    const sessionToken = await createSession(tx, personId, "password");
    return { personId, sessionToken };
  });
}

/** Sends a new confirmation link if the address has an unconfirmed account; the answer never says which. */
export async function resendVerification(db: Db, input: { email: string }, request: AccountRequest): Promise<{ email: string }> {
  const { email } = parseInput(emailSchema, input);
  await enforceRateLimit(db, LIMITS.emailLinkPerIp, request.ip);
  await enforceRateLimit(db, LIMITS.emailLinkPerEmail, email);
  const found = await findPersonByEmail(db, email);
  if (!found || found.emailVerifiedAt) return { email };
  await db.transaction(async (tx) => {
    const token = await issueLink(tx, found.id, "verify");
    await sendAccountMail(tx, {
      kind: "verify",
      municipalityId: found.municipalityId,
      to: found.email,
      name: found.name,
      lang: request.lang,
      params: { link: linkTo("/bekreft-epost", token) },
    });
  });
  return { email };
}
