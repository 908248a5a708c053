import { Link as RouterLink } from "react-router";
import { Link, ListItem, ListUnordered, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/privacy";
import { publicPageHeaders } from "../lib/http.server";
import { catalogs } from "../i18n/catalogs.server";
import { contextFor } from "../../platform/http/request";
import { SESSION_COOKIE, SESSION_DAYS } from "../../platform/auth/session";
import { CSRF_COOKIE } from "../../platform/http/csrf";
import { LANG_COOKIE } from "../../platform/i18n/languages";
import { LegalPage, LegalSection, TextList } from "../components/LegalPage";
import { useRootData } from "../root";
import { useT } from "../i18n/react";
import { MARKS_ITS_ENGLISH } from "../lib/page-language";

export const handle = MARKS_ITS_ENGLISH;

export const headers = publicPageHeaders;

/** The cookie names and lifetimes come from the code that sets them, so the statement cannot drift from it. */
export async function loader({ request }: Route.LoaderArgs) {
  const { lang } = await contextFor(request);
  return {
    title: catalogs[lang]["shell.privacy"],
    sessionDays: SESSION_DAYS,
    cookies: { session: SESSION_COOKIE, csrf: CSRF_COOKIE, lang: LANG_COOKIE },
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ""} – Dugnad` }];
}

const STORED = [
  "legal.privacy.data.account",
  "legal.privacy.data.password",
  "legal.privacy.data.sessions",
  "legal.privacy.data.roles",
  "legal.privacy.data.audit",
  "legal.privacy.data.emails",
] as const;

export default function Privacy({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { municipalityName } = useRootData();
  const { sessionDays, cookies } = loaderData;
  const cookieUses = [
    [cookies.session, t("legal.privacy.cookies.session", { days: sessionDays })],
    [cookies.csrf, t("legal.privacy.cookies.csrf")],
    [cookies.lang, t("legal.privacy.cookies.lang")],
  ] as const;
  return (
    <LegalPage title="shell.privacy">
      <Paragraph data-size="lg">{t("legal.privacy.lead")}</Paragraph>
      <LegalSection title="legal.privacy.controller.title">
        <Paragraph>{t("legal.privacy.controller.body", { municipality: municipalityName })}</Paragraph>
        <Paragraph>{t("legal.privacy.controller.contact")}</Paragraph>
      </LegalSection>
      <LegalSection title="legal.privacy.data.title">
        <Paragraph>{t("legal.privacy.data.intro")}</Paragraph>
        <TextList items={STORED} />
        <Paragraph>{t("legal.privacy.data.idporten")}</Paragraph>
        <Paragraph>{t("legal.privacy.data.noAddresses")}</Paragraph>
      </LegalSection>
      <LegalSection title="legal.privacy.purpose.title">
        <Paragraph>{t("legal.privacy.purpose.body")}</Paragraph>
        <Paragraph>{t("legal.privacy.purpose.basis")}</Paragraph>
      </LegalSection>
      <LegalSection title="legal.privacy.sharing.title">
        <Paragraph>{t("legal.privacy.sharing.body")}</Paragraph>
      </LegalSection>
      <LegalSection title="legal.privacy.cookies.title">
        <Paragraph>{t("legal.privacy.cookies.intro")}</Paragraph>
        <ListUnordered>
          {cookieUses.map(([name, use]) => (
            <ListItem key={name}>
              <code>{name}</code> {use}
            </ListItem>
          ))}
        </ListUnordered>
        <Paragraph>{t("legal.privacy.cookies.noTracking")}</Paragraph>
      </LegalSection>
      <LegalSection title="legal.privacy.retention.title">
        <Paragraph>{t("legal.privacy.retention.account")}</Paragraph>
        <Paragraph>{t("legal.privacy.retention.sessions", { days: sessionDays })}</Paragraph>
        <Paragraph>{t("legal.privacy.retention.delete")}</Paragraph>
        <Paragraph>{t("legal.privacy.retention.audit")}</Paragraph>
      </LegalSection>
      <LegalSection title="legal.privacy.rights.title">
        <TextList items={["legal.privacy.rights.download", "legal.privacy.rights.delete", "legal.privacy.rights.other"]} />
        <Paragraph>
          <Link asChild>
            <RouterLink to="/mine-data">{t("legal.privacy.rights.link")}</RouterLink>
          </Link>
        </Paragraph>
      </LegalSection>
      <LegalSection title="legal.privacy.complaint.title">
        <Paragraph>{t("legal.privacy.complaint.body")}</Paragraph>
        <Paragraph>
          <Link href="https://www.datatilsynet.no/">{t("legal.privacy.complaint.link")}</Link>
        </Paragraph>
      </LegalSection>
    </LegalPage>
  );
}
