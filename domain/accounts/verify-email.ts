import { eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import type { Actor } from "../../platform/auth/actor";
import { person } from "../../platform/auth/schema";
import { verifyPassword } from "../../platform/auth/password";
import { enforceRateLimit, LIMITS } from "../../platform/auth/rate-limit";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import type { AccountRequest } from "./context";
import { LINK_UNUSABLE, redeemLink, requestEmailLink, useLinkUp } from "./email-link";
import { findPerson } from "./find";
import { inspectLink, type LinkStatus } from "./links";
import { linkSchema, verifyEmailSchema } from "./schemas";

/**
 * How the one opening a confirmation link shows the account is theirs. Anyone can register someone else's
 * address; if the link alone confirmed it, its owner's click would hand the registrant a confirmed account
 * in the owner's name. So: already signed in to the account, or its password, or (an ID-porten account has
 * none) signing in with ID-porten first.
 */
export type ConfirmationProof = "signedIn" | "password" | "signIn";

export type VerificationLink = LinkStatus & { proof?: ConfirmationProof };

type Holder = { proof: "signedIn" } | { proof: "signIn" } | { proof: "password"; passwordHash: string };

async function holderProof(db: Db, personId: string, actor: Actor): Promise<Holder> {
  if (actor.kind === "person" && actor.personId === personId) return { proof: "signedIn" };
  const passwordHash = (await findPerson(db, personId))?.passwordHash;
  return passwordHash ? { proof: "password", passwordHash } : { proof: "signIn" };
}

/** What the confirmation page should show for a link, and what it must ask for, without using the link up. */
export async function checkVerificationLink(db: Db, input: { token: string }, actor: Actor): Promise<VerificationLink> {
  const { token } = parseInput(linkSchema, input);
  const link = await inspectLink(db, token, "verify");
  if (link.status !== "valid") return link;
  return { ...link, proof: (await holderProof(db, link.personId, actor)).proof };
}

/** Refuses unless the one confirming has shown the account is theirs (see ConfirmationProof). */
async function assertAccountHolder(
  db: Db,
  link: Extract<LinkStatus, { status: "valid" }>,
  password: string | undefined,
  request: Pick<AccountRequest, "ip">,
  actor: Actor,
): Promise<ConfirmationProof> {
  const holder = await holderProof(db, link.personId, actor);
  if (holder.proof === "signIn") throw new ValidationError({ _form: [{ key: "account.verify.signInFirst" }] });
  if (holder.proof === "signedIn") return holder.proof;
  if (!password) throw new ValidationError({ password: [{ key: "validation.required" }] });
  await enforceRateLimit(db, LIMITS.signInPerIp, request.ip);
  await enforceRateLimit(db, LIMITS.signInPerEmail, link.email);
  if (!(await verifyPassword(password, holder.passwordHash))) throw new ValidationError({ password: [{ key: "account.verify.wrongPassword" }] });
  return holder.proof;
}

async function markConfirmed(tx: Db, personId: string): Promise<void> {
  await tx
    .update(person)
    .set({ emailVerifiedAt: sql`coalesce(${person.emailVerifiedAt}, now())` })
    .where(eq(person.id, personId));
}

/**
 * Confirms the address behind the link once the account holder has shown it is theirs, and signs them in
 * unless they were already. A wrong password leaves the link as it was.
 */
export async function verifyEmail(
  db: Db,
  input: { token: string; password?: string },
  request: Pick<AccountRequest, "municipalityId" | "ip">,
  actor: Actor,
): Promise<{ personId: string; sessionToken?: string }> {
  const { token, password } = parseInput(verifyEmailSchema, input);
  const link = await inspectLink(db, token, "verify");
  if (link.status !== "valid") throw new ValidationError(LINK_UNUSABLE);
  const proof = await assertAccountHolder(db, link, password, request, actor);
  const redemption = { token, purpose: "verify" as const, auditAction: "account.emailVerified" };
  if (proof === "signedIn") return { personId: await db.transaction((tx) => useLinkUp(tx, redemption, request, markConfirmed)) };
  return redeemLink(db, redemption, request, markConfirmed);
}

/** Sends a new confirmation link if the address has an unconfirmed account; the answer never says which. */
export function resendVerification(db: Db, input: { email: string }, request: AccountRequest): Promise<{ email: string }> {
  return requestEmailLink(db, input, request, "verify", (found) => !found.emailVerifiedAt);
}
