import { desc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { outboxMessage } from "../../platform/notifications/schema";
import type { AccountRequest } from "./context";

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
