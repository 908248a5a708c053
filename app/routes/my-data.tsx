import { Heading, Link, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { Route } from "./+types/my-data";
import { contextFor } from "../../platform/http/request";
import { formatDateTime } from "../../platform/i18n/format";
import { isLang, LANGUAGE_NAMES } from "../../platform/i18n/languages";
import { describeMyData } from "../../domain/accounts/my-data";
import { throwForAccess } from "../lib/forms.server";
import { pageTitle } from "../lib/title.server";
import { AccountLink } from "../components/account";
import { ScrollTable } from "../components/ScrollTable";
import { useI18n, useTranslateKey } from "../i18n/react";
import type { MessageKey } from "../i18n/nb";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export async function loader({ request }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  try {
    return { title: pageTitle(lang, "account.myData.title"), summary: await describeMyData(db, actor) };
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export default function MyData({ loaderData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const translate = useTranslateKey();
  const { profile, roles, identities, activeSessions, events } = loaderData.summary;
  const when = (value: Date | string | null) => (value ? formatDateTime(lang, value) : t("account.myData.none"));
  const eventLabel = (action: string) => {
    const key = `account.event.${action}`;
    const text = translate(key);
    return text === key ? action : text;
  };
  const facts: [MessageKey, string][] = [
    ["account.myData.name", profile.name],
    ["account.myData.email", profile.email],
    ["account.myData.language", isLang(profile.language) ? LANGUAGE_NAMES[profile.language] : t("account.myData.none")],
    ["account.myData.createdAt", when(profile.createdAt)],
    ["account.myData.emailVerifiedAt", when(profile.emailVerifiedAt)],
    ["account.myData.lastSignInAt", when(profile.lastSignInAt)],
  ];
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("account.myData.title")}
      </Heading>
      <Paragraph>{t("account.myData.lead")}</Paragraph>

      <Heading level={2} data-size="sm">
        {t("account.myData.profile")}
      </Heading>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <Heading level={2} data-size="sm">
        {t("account.myData.roles")}
      </Heading>
      {roles.length === 0 ? (
        <Paragraph>{t("account.myData.noRoles")}</Paragraph>
      ) : (
        <ul>
          {roles.map((grant, index) => (
            <li key={index}>{translate(`account.role.${grant.role}`, { organization: grant.organizationName ?? "" })}</li>
          ))}
        </ul>
      )}

      <Heading level={2} data-size="sm">
        {t("account.myData.signIns")}
      </Heading>
      <Paragraph>{t("account.myData.activeSessions", { count: activeSessions })}</Paragraph>
      {identities.length > 0 && (
        <Paragraph>{t("account.myData.identities", { providers: identities.map((identity) => identity.provider).join(", ") })}</Paragraph>
      )}

      <Heading level={2} data-size="sm">
        {t("account.myData.events")}
      </Heading>
      <Paragraph>{t("account.myData.eventsLead")}</Paragraph>
      {events.length === 0 ? (
        <Paragraph>{t("account.myData.noEvents")}</Paragraph>
      ) : (
        <ScrollTable caption={t("account.myData.eventsCaption")}>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("account.myData.eventWhen")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("account.myData.eventWhat")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("account.myData.eventWho")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {events.map((event, index) => (
              <TableRow key={index}>
                <TableCell>{formatDateTime(lang, event.createdAt)}</TableCell>
                <TableCell>{eventLabel(event.action)}</TableCell>
                <TableCell>{event.byMe ? t("account.myData.byMe") : t("account.myData.byOthers")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}

      <Heading level={2} data-size="sm">
        {t("account.myData.download")}
      </Heading>
      <Paragraph>{t("account.myData.downloadLead")}</Paragraph>
      <Paragraph>
        <Link href="/mine-data/eksport" download>
          {t("account.myData.download")}
        </Link>
      </Paragraph>

      <Heading level={2} data-size="sm">
        {t("account.myData.deleteHeading")}
      </Heading>
      <Paragraph>{t("account.myData.deleteLead")}</Paragraph>
      <Paragraph>
        <AccountLink to="/mine-data/slett">{t("account.myData.deleteLink")}</AccountLink>
      </Paragraph>
    </div>
  );
}
