import { eq } from "drizzle-orm";
import { config } from "../../platform/config";
import type { Db } from "../../platform/db/client";
import { municipality } from "../../platform/db/schema";
import { interpolate, type Params } from "../../platform/i18n/format";
import type { Lang } from "../../platform/i18n/languages";
import { enqueueEmail } from "../../platform/notifications/outbox";
import { catalogs } from "../../app/i18n/catalogs.server";

/** The account e-mails; each has a subject and a body in the catalogs under account.mail.<kind>. */
export type AccountMail = "verify" | "exists" | "reset";

export function linkTo(path: string, token?: string): string {
  return `${config().publicUrl}${path}${token ? `?token=${token}` : ""}`;
}

/** Writes the e-mail to the outbox in the recipient's language, inside the caller's transaction. */
export async function sendAccountMail(
  db: Db,
  mail: { kind: AccountMail; municipalityId: string; to: string; name: string; lang: Lang; params: Params },
): Promise<void> {
  const [home] = await db.select({ name: municipality.name }).from(municipality).where(eq(municipality.id, mail.municipalityId));
  const messages = catalogs[mail.lang];
  const params = { name: mail.name, municipality: home?.name ?? "", ...mail.params };
  await enqueueEmail(db, {
    municipalityId: mail.municipalityId,
    kind: `account.${mail.kind}`,
    to: mail.to,
    subject: interpolate(messages[`account.mail.${mail.kind}.subject`], params),
    body: interpolate(messages[`account.mail.${mail.kind}.body`], params),
  });
}
