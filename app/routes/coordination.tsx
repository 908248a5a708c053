import { Link as RouterLink } from "react-router";
import { Card, CardBlock, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination";
import { getSectorSummary } from "../../domain/organizations/sector-map";
import { loadForAdmin } from "../lib/admin.server";
import { pageTitle } from "../lib/title.server";
import { AdminHeading } from "../components/AdminHeading";
import { useT } from "../i18n/react";
import type { MessageKey } from "../i18n/nb";
import directoryCss from "../styles/directory.css?url";

export const links = () => [{ rel: "stylesheet", href: directoryCss }];

export async function loader({ request }: Route.LoaderArgs) {
  return loadForAdmin(request, async ({ db, actor, lang }) => ({ summary: await getSectorSummary(db, actor), title: pageTitle(lang, "coordination.title") }));
}

/** Every coordinator page, in the order the work usually goes: see the sector, find help, find gaps, fill it in, reach out. */
export const COORDINATOR_PAGES: [string, MessageKey, MessageKey][] = [
  ["/koordinering/organisasjoner", "coordination.link.sectorMap", "coordination.link.sectorMap.body"],
  ["/koordinering/hvem-kan-hjelpe", "coordination.link.whoCanHelp", "coordination.link.whoCanHelp.body"],
  ["/koordinering/dekning", "coordination.link.coverage", "coordination.link.coverage.body"],
  ["/koordinering/import", "coordination.link.import", "coordination.link.import.body"],
  ["/koordinering/invitasjoner", "coordination.link.outreach", "coordination.link.outreach.body"],
  ["/koordinering/overtakelser", "coordination.link.claims", "coordination.link.claims.body"],
  ["/koordinering/vokabular", "coordination.link.vocabulary", "coordination.link.vocabulary.body"],
];

export default function Coordination({ loaderData: { summary } }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="stack">
      <AdminHeading title={t("coordination.title")} lead={t("coordination.lead")} />
      <dl className="org-facts">
        <dt>{t("coordination.summary.organizations")}</dt>
        <dd>{summary.organizations}</dd>
        <dt>{t("coordination.summary.unverified")}</dt>
        <dd>
          <Link asChild>
            <RouterLink to="/koordinering/organisasjoner?status=unverified">{summary.unverified}</RouterLink>
          </Link>
        </dd>
        <dt>{t("coordination.summary.unclaimed")}</dt>
        <dd>
          <Link asChild>
            <RouterLink to="/koordinering/organisasjoner?status=unclaimed">{summary.unclaimed}</RouterLink>
          </Link>
        </dd>
        <dt>{t("coordination.summary.withAgreement")}</dt>
        <dd>
          <Link asChild>
            <RouterLink to="/koordinering/organisasjoner?agreement=on">{summary.withAgreement}</RouterLink>
          </Link>
        </dd>
      </dl>
      <ul className="org-list">
        {COORDINATOR_PAGES.map(([to, title, body]) => (
          <li key={to}>
            <Card>
              <CardBlock>
                <Heading level={2} data-size="xs">
                  <Link asChild>
                    <RouterLink to={to}>{t(title)}</RouterLink>
                  </Link>
                </Heading>
                <Paragraph>{t(body)}</Paragraph>
              </CardBlock>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
