import { desc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { outboxMessage } from "../../platform/notifications/schema";
import { actorForPerson } from "../../platform/auth/session";
import type { AccountRequest } from "./context";
import { completeOidcRegistration } from "./oidc-sign-in";

/** The e-mails a person was sent, newest first: tests read links out of them as the person would. */
export async function mailsTo(db: Db, email: string) {
  return db.select().from(outboxMessage).where(eq(outboxMessage.recipient, email)).orderBy(desc(outboxMessage.createdAt));
}

export function tokenIn(body: string): string {
  const match = body.match(/\?token=([\w-]+)/);
  if (!match) throw new Error(`No link in: ${body}`);
  return match[1]!;
}

let counter = 0;

/** A request from its own address, so one test's attempts do not count against another's. */
export function requestFrom(municipalityId: string, lang: AccountRequest["lang"] = "nb"): AccountRequest {
  counter += 1;
  return { municipalityId, ip: `192.0.2.${counter}`, lang };
}

/**
 * Someone who registered through ID-porten with an address they typed and never confirmed, possibly another
 * person's; `subject` is their ID-porten identity. Returns them as the acting user, and the identity.
 */
export async function registeredWithUnconfirmedAddress(db: Db, municipalityId: string, email: string, subject: string) {
  const identity = { provider: "idporten", subject, acr: "idporten-loa-substantial" };
  const { personId } = await completeOidcRegistration(db, { kind: "anonymous", municipalityId }, { name: "Noen andre", email, lang: "nb", identity });
  return { actor: (await actorForPerson(db, personId, municipalityId))!, identity };
}
