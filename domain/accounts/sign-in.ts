import type { Db } from "../../platform/db/client";
import { verifyAgainstNothing, verifyPassword } from "../../platform/auth/password";
import { enforceRateLimit, LIMITS } from "../../platform/auth/rate-limit";
import { actorForPerson, createSession, endSession } from "../../platform/auth/session";
import { recordAudit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import type { AccountRequest } from "./context";
import { findPersonByEmail } from "./find";
import { rememberLanguage } from "./language";
import { signInSchema } from "./schemas";

/** One message for an unknown address and a wrong password, so the form does not reveal who has an account. */
export const SIGN_IN_FAILED = "account.signIn.failed";
export const SIGN_IN_UNVERIFIED = "account.signIn.unverified";

/**
 * Signs in with e-mail and password and returns a new session. Wrong credentials throw a ValidationError
 * on `_form` with SIGN_IN_FAILED; a right password for an unconfirmed address throws one with SIGN_IN_UNVERIFIED.
 */
export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string },
  context: Pick<AccountRequest, "municipalityId" | "ip" | "chosenLang">,
): Promise<{ personId: string; sessionToken: string }> {
  const { email, password } = parseInput(signInSchema, input);
  await enforceRateLimit(db, LIMITS.signInPerIp, context.ip);
  await enforceRateLimit(db, LIMITS.signInPerEmail, email);
  const found = await findPersonByEmail(db, email);
  const matches = found?.passwordHash ? await verifyPassword(password, found.passwordHash) : await verifyAgainstNothing(password);
  if (!found || !matches) throw new ValidationError({ _form: [{ key: SIGN_IN_FAILED }] });
  if (!found.emailVerifiedAt) throw new ValidationError({ _form: [{ key: SIGN_IN_UNVERIFIED }] });
  return db.transaction(async (tx) => {
    const sessionToken = await createSession(tx, found.id, "password");
    const actor = (await actorForPerson(tx, found.id, context.municipalityId))!;
    if (context.chosenLang) await rememberLanguage(tx, actor, context.chosenLang);
    await recordAudit(tx, actor, { action: "account.signedIn", subjectType: "person", subjectId: found.id, details: { method: "password" } });
    return { personId: found.id, sessionToken };
  });
}

/** Ends the session behind the cookie; an unknown or already ended session is fine. */
export async function signOut(db: Db, sessionToken: string): Promise<void> {
  await endSession(db, sessionToken);
}
