import type { Db } from "../../platform/db/client";
import type { Actor } from "../../platform/auth/actor";
import { enforceRateLimit, LIMITS } from "../../platform/auth/rate-limit";
import { actorForPerson, createSession } from "../../platform/auth/session";
import { recordAudit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import type { Lang } from "../../platform/i18n/languages";
import { parseInput } from "../../platform/validation";
import type { AccountRequest } from "./context";
import { findPersonByEmail, type PersonRow } from "./find";
import { consumeLink, issueLink, type LinkPurpose, type LinkStatus } from "./links";
import { linkTo, sendAccountMail } from "./mail";
import { emailSchema } from "./schemas";

/** The page each kind of link opens. */
const LINK_PAGES: Record<LinkPurpose, string> = { verify: "/bekreft-epost", reset: "/nytt-passord" };

/** Issues a link and e-mails it to the person, inside the caller's transaction. */
export async function mailLink(
  db: Db,
  to: Pick<PersonRow, "id" | "municipalityId" | "email" | "name">,
  purpose: LinkPurpose,
  lang: Lang,
): Promise<void> {
  const token = await issueLink(db, to.id, purpose);
  await sendAccountMail(db, {
    kind: purpose,
    municipalityId: to.municipalityId,
    to: to.email,
    name: to.name,
    lang,
    params: { link: linkTo(LINK_PAGES[purpose], token) },
  });
}

/** A use case behind a page that asks only for an e-mail address and sends a link to it. */
export type EmailLinkRequest = (db: Db, input: { email: string }, request: AccountRequest) => Promise<{ email: string }>;

/**
 * E-mails a link when the address has an account that `wanted` accepts. The answer and the rate limits
 * are the same either way, so nobody learns who is registered.
 */
export async function requestEmailLink(
  db: Db,
  input: { email: string },
  request: AccountRequest,
  purpose: LinkPurpose,
  wanted: (found: PersonRow) => boolean,
): Promise<{ email: string }> {
  const { email } = parseInput(emailSchema, input);
  await enforceRateLimit(db, LIMITS.emailLinkPerIp, request.ip);
  await enforceRateLimit(db, LIMITS.emailLinkPerEmail, email);
  const found = await findPersonByEmail(db, email);
  if (!found || !wanted(found)) return { email };
  await db.transaction((tx) => mailLink(tx, found, purpose, request.lang));
  return { email };
}

/** A use case that tells what a link is good for, for the one opening it, without using it up. */
export type LinkCheck = (db: Db, input: { token: string }, actor: Actor) => Promise<LinkStatus>;

/**
 * A use case that uses a link up with what its form sent, and signs the person in; without a session token
 * the person was signed in already.
 */
export type LinkRedemption<I> = (
  db: Db,
  input: I,
  request: Pick<AccountRequest, "municipalityId" | "ip">,
  actor: Actor,
) => Promise<{ sessionToken?: string }>;

export const LINK_UNUSABLE = { _form: [{ key: "account.link.unusable" }] };

/**
 * Uses the link up, makes the change it was sent for and records `auditAction`, inside the caller's
 * transaction. An unusable link is a form error.
 */
export async function useLinkUp(
  tx: Db,
  link: { token: string; purpose: LinkPurpose; auditAction: string },
  request: Pick<AccountRequest, "municipalityId">,
  change: (tx: Db, personId: string) => Promise<void>,
): Promise<string> {
  const personId = await consumeLink(tx, link.token, link.purpose);
  if (!personId) throw new ValidationError(LINK_UNUSABLE);
  await change(tx, personId);
  const actor = (await actorForPerson(tx, personId, request.municipalityId))!;
  await recordAudit(tx, actor, { action: link.auditAction, subjectType: "person", subjectId: personId });
  return personId;
}

/** Uses the link up as `useLinkUp` does and signs the person in, all in one transaction. */
export async function redeemLink(
  db: Db,
  link: { token: string; purpose: LinkPurpose; auditAction: string },
  request: Pick<AccountRequest, "municipalityId">,
  change: (tx: Db, personId: string) => Promise<void>,
): Promise<{ personId: string; sessionToken: string }> {
  return db.transaction(async (tx) => {
    const personId = await useLinkUp(tx, link, request, change);
    const sessionToken = await createSession(tx, personId, "password");
    return { personId, sessionToken };
  });
}
