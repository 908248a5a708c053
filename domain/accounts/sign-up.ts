import type { Db } from "../../platform/db/client";
import { person } from "../../platform/auth/schema";
import { hashPassword } from "../../platform/auth/password";
import { enforceRateLimit, LIMITS } from "../../platform/auth/rate-limit";
import { actorForPerson } from "../../platform/auth/session";
import { recordAudit } from "../../platform/audit";
import { isLang } from "../../platform/i18n/languages";
import { parseInput } from "../../platform/validation";
import type { AccountRequest } from "./context";
import { mailLink } from "./email-link";
import { findPersonByEmail, type PersonRow } from "./find";
import { linkTo, sendAccountMail } from "./mail";
import { signUpSchema } from "./schemas";

/**
 * Registers a person and e-mails them a link to confirm the address. When the address already has an
 * account the answer is the same, so nobody learns who is registered: the owner gets an e-mail instead.
 */
export async function signUp(db: Db, input: { name: string; email: string; password: string }, request: AccountRequest): Promise<{ email: string }> {
  const data = parseInput(signUpSchema, input);
  await enforceRateLimit(db, LIMITS.signUpPerIp, request.ip);
  // Hashing on both paths keeps them equally slow.
  const passwordHash = await hashPassword(data.password);
  const existing = await findPersonByEmail(db, data.email);
  if (existing) {
    await tellOwner(db, existing, request);
    return { email: data.email };
  }
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(person)
      .values({ municipalityId: request.municipalityId, email: data.email, name: data.name, passwordHash, language: request.lang })
      .onConflictDoNothing()
      .returning();
    if (!created) {
      const winner = await findPersonByEmail(tx, data.email);
      if (winner) await tellOwner(tx, winner, request);
      return;
    }
    const actor = (await actorForPerson(tx, created.id, request.municipalityId))!;
    await recordAudit(tx, actor, { action: "account.created", subjectType: "person", subjectId: created.id });
    await mailLink(tx, created, "verify", request.lang);
  });
  return { email: data.email };
}

async function tellOwner(db: Db, owner: PersonRow, request: AccountRequest): Promise<void> {
  await sendAccountMail(db, {
    kind: "exists",
    municipalityId: owner.municipalityId,
    to: owner.email,
    name: owner.name,
    lang: isLang(owner.language) ? owner.language : request.lang,
    params: { signInLink: linkTo("/logg-inn"), resetLink: linkTo("/glemt-passord") },
  });
}
