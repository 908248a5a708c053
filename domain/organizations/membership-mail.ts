import { eq } from "drizzle-orm";
import { config } from "../../platform/config";
import type { Db } from "../../platform/db/client";
import { municipality } from "../../platform/db/schema";
import { interpolate, type Params } from "../../platform/i18n/format";
import { isLang, type Lang } from "../../platform/i18n/languages";
import { enqueueEmail } from "../../platform/notifications/outbox";
import { catalogs } from "../../app/i18n/catalogs.server";
import type { MessageKey } from "../../app/i18n/nb";

/** The e-mails about belonging to an organisation; each has a subject and a body under orgResources.mail.<kind>. */
export type MembershipMail = "invitation" | "claimApproved" | "claimRejected";

export function pageLink(path: string): string {
  return `${config().publicUrl}${path}`;
}

/**
 * Writes the e-mail to the outbox inside the caller's transaction, in the recipient's own language if we
 * know it, else in the municipality's målform. `keyParams` are catalog keys, translated into that language.
 */
export async function sendMembershipMail(
  db: Db,
  mail: {
    kind: MembershipMail;
    municipalityId: string;
    to: string;
    language?: string | null;
    params: Params;
    keyParams?: Record<string, MessageKey>;
  },
): Promise<void> {
  const [home] = await db
    .select({ name: municipality.name, maalform: municipality.maalform })
    .from(municipality)
    .where(eq(municipality.id, mail.municipalityId));
  const lang: Lang = isLang(mail.language) ? mail.language : (home?.maalform ?? "nb");
  const messages = catalogs[lang];
  const translated = Object.fromEntries(Object.entries(mail.keyParams ?? {}).map(([name, key]) => [name, messages[key]]));
  const params = { municipality: home?.name ?? "", ...translated, ...mail.params };
  await enqueueEmail(db, {
    municipalityId: mail.municipalityId,
    kind: `organization.${mail.kind}`,
    to: mail.to,
    subject: interpolate(messages[`orgResources.mail.${mail.kind}.subject`], params),
    body: interpolate(messages[`orgResources.mail.${mail.kind}.body`], params),
  });
}
