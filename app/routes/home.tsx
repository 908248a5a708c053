import { Link as RouterLink } from "react-router";
import { Card, CardBlock, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/home";
import { publicPageHeaders } from "../lib/http.server";
import { useRootData } from "../root";
import { useT } from "../i18n/react";

export const headers = publicPageHeaders;

export function meta({ matches }: Route.MetaArgs) {
  const root = matches[0]?.loaderData as { municipalityName?: string } | undefined;
  return [{ title: `Dugnad – ${root?.municipalityName ?? ""}` }];
}

export default function Home() {
  const t = useT();
  const root = useRootData();
  const sections = [
    ["home.forResidents.title", "home.forResidents.body"],
    ["home.forOrganizations.title", "home.forOrganizations.body"],
    ["home.forMunicipality.title", "home.forMunicipality.body"],
  ] as const;
  return (
    <div className="stack">
      <Heading level={1} data-size="xl">
        {t("home.title", { municipality: root.municipalityName })}
      </Heading>
      <Paragraph data-size="lg">{t("home.lead")}</Paragraph>
      <div className="cards">
        {sections.map(([title, body]) => (
          <Card key={title}>
            <CardBlock>
              <Heading level={2} data-size="sm">
                {t(title)}
              </Heading>
              <Paragraph>{t(body)}</Paragraph>
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
