import { and, eq, sql } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor";
import { person } from "../../platform/auth/schema";
import type { Db } from "../../platform/db/client";
import type { Lang } from "../../platform/i18n/languages";

/**
 * A signed-in person who picks a language on a page gets their e-mails in it from then on: the language
 * given at sign-up would otherwise stay theirs. A visitor's pick lives in the cookie until they sign in.
 */
export async function rememberLanguage(db: Db, actor: Actor, lang: Lang): Promise<void> {
  if (actor.kind !== "person") return;
  await db
    .update(person)
    .set({ language: lang })
    .where(and(eq(person.id, actor.personId), sql`${person.language} is distinct from ${lang}`));
}
