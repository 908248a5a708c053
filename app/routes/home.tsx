import { Link as RouterLink } from "react-router";
import { Card, CardBlock, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/home";
import { publicPageHeaders } from "../lib/http.server";
import { useRootData } from "../root";
import { useT } from "../i18n/react";
import type { MessageKey } from "../i18n/nb";
import type { NavItem } from "../lib/nav.server";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export const headers = publicPageHeaders;

export function meta({ matches }: Route.MetaArgs) {
  const root = matches[0]?.loaderData as { municipalityName?: string } | undefined;
  return [{ title: `Dugnad – ${root?.municipalityName ?? ""}` }];
}

type Section = { title: MessageKey; body: MessageKey; link?: { to: string; label: MessageKey } };

/** The three ways in, each leading to what this visitor can use now. */
export function sectionsFor(nav: NavItem[], signedIn: boolean): Section[] {
  const has = (to: string) => nav.some((item) => item.to === to);
  const municipalityLink = has("/koordinering")
    ? { to: "/koordinering", label: "home.forMunicipality.coordinate" as const }
    : signedIn
      ? undefined
      : { to: `/logg-inn?returnTo=${encodeURIComponent("/koordinering")}`, label: "home.forMunicipality.signIn" as const };
  return [
    { title: "home.forResidents.title", body: "home.forResidents.body", link: { to: "/organisasjoner", label: "home.forResidents.link" } },
    {
      title: "home.forOrganizations.title",
      body: "home.forOrganizations.body",
      link: has("/mine-organisasjoner") ? { to: "/mine-organisasjoner", label: "home.forOrganizations.mine" } : { to: "/organisasjoner/ny", label: "home.forOrganizations.register" },
    },
    { title: "home.forMunicipality.title", body: "home.forMunicipality.body", link: municipalityLink },
  ];
}

export default function Home() {
  const t = useT();
  const root = useRootData();
  return (
    <div className="stack">
      <Heading level={1} data-size="xl">
        {t("home.title", { municipality: root.municipalityName })}
      </Heading>
      <Paragraph data-size="lg">{t("home.lead")}</Paragraph>
      <div className="cards">
        {sectionsFor(root.nav, Boolean(root.person)).map(({ title, body, link }) => (
          <Card key={title}>
            <CardBlock>
              <Heading level={2} data-size="sm">
                {t(title)}
              </Heading>
              <Paragraph>{t(body)}</Paragraph>
              {link && (
                <Paragraph>
                  <Link asChild>
                    <RouterLink to={link.to}>{t(link.label)}</RouterLink>
                  </Link>
                </Paragraph>
              )}
            </CardBlock>
          </Card>
        ))}
      </div>
      {!root.person && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/registrer">{t("home.getStarted")}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </div>
  );
}
