import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/accessibility";
import { publicPageHeaders } from "../lib/http.server";
import { catalogs } from "../i18n/catalogs.server";
import { contextFor } from "../../platform/http/request";
import { LegalPage, LegalSection, TextList } from "../components/LegalPage";
import { useRootData } from "../root";
import { useT } from "../i18n/react";
import { MARKS_ITS_ENGLISH } from "../lib/page-language";

export const handle = MARKS_ITS_ENGLISH;

export const headers = publicPageHeaders;

export async function loader({ request }: Route.LoaderArgs) {
  const { lang } = await contextFor(request);
  return { title: catalogs[lang]["shell.accessibility"] };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ""} – Dugnad` }];
}

const TESTING = [
  "legal.a11y.testing.axe",
  "legal.a11y.testing.noJs",
  "legal.a11y.testing.keyboard",
  "legal.a11y.testing.rtl",
] as const;

const LIMITS = [
  "legal.a11y.limits.translations",
  "legal.a11y.limits.fallback",
  "legal.a11y.limits.content",
  "legal.a11y.limits.automated",
] as const;

export default function Accessibility() {
  const t = useT();
  const { municipalityName } = useRootData();
  return (
    <LegalPage title="shell.accessibility">
      <Paragraph data-size="lg">{t("legal.a11y.lead", { municipality: municipalityName })}</Paragraph>
      <LegalSection title="legal.a11y.standard.title">
        <Paragraph>{t("legal.a11y.standard.body")}</Paragraph>
        <Paragraph>{t("legal.a11y.standard.design")}</Paragraph>
      </LegalSection>
      <LegalSection title="legal.a11y.testing.title">
        <TextList items={TESTING} />
      </LegalSection>
      <LegalSection title="legal.a11y.limits.title">
        <Paragraph>{t("legal.a11y.limits.intro")}</Paragraph>
        <TextList items={LIMITS} />
      </LegalSection>
      <LegalSection title="legal.a11y.feedback.title">
        <Paragraph>{t("legal.a11y.feedback.body")}</Paragraph>
      </LegalSection>
      <LegalSection title="legal.a11y.official.title">
        <Paragraph>{t("legal.a11y.official.body")}</Paragraph>
        <Paragraph>
          <Link href="https://uustatus.no/">{t("legal.a11y.official.link")}</Link>
        </Paragraph>
        <Paragraph>{t("legal.a11y.complaint.body")}</Paragraph>
        <Paragraph>
          <Link href="https://www.uutilsynet.no/">{t("legal.a11y.complaint.link")}</Link>
        </Paragraph>
      </LegalSection>
    </LegalPage>
  );
}
