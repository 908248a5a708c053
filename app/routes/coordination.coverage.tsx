import { Link as RouterLink } from "react-router";
import { Link, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination.coverage";
import { getCoverage } from "../../domain/organizations/coverage";
import { NO_DISTRICT } from "../../domain/organizations/sector-map";
import { localizedName } from "../../domain/organizations/vocabulary";
import { loadForAdmin } from "../lib/admin.server";
import { pageTitle } from "../lib/title.server";
import { AdminHeading } from "../components/AdminHeading";
import { ScrollTable } from "../components/ScrollTable";
import { useT } from "../i18n/react";
import directoryCss from "../styles/directory.css?url";
import { staffPageLanguage } from "../lib/page-language";

export const links = () => [{ rel: "stylesheet", href: directoryCss }];

export async function loader({ request }: Route.LoaderArgs) {
  return loadForAdmin(request, async ({ db, actor, lang: visitorLang }) => {
    const lang = staffPageLanguage(visitorLang);
    const coverage = await getCoverage(db, actor);
    const rows = coverage.rows.map((r) => ({ ...r, targetGroup: { id: r.targetGroup.id, name: localizedName(r.targetGroup.name, lang) } }));
    return { districts: coverage.districts, rows, title: pageTitle(lang, "coverage.title") };
  });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "" }];
}

/**
 * A cell: the count links to the organisations behind it. A district no organisation reaches is a gap and
 * says so in words, not by colour alone; nobody in the "no district given" column is no gap.
 */
function Cell({ count, targetGroup, district, districtName }: { count: number; targetGroup: { id: string; name: string }; district: string; districtName: string }) {
  const t = useT();
  const to = `/koordinering/organisasjoner?${new URLSearchParams({ targetGroup: targetGroup.id, district })}`;
  if (count === 0 && district === NO_DISTRICT) return <TableCell>0</TableCell>;
  if (count === 0) {
    return (
      <TableCell className="coverage-gap" title={t("coverage.gapCell", { targetGroup: targetGroup.name, district: districtName })}>
        {t("coverage.gap")}
      </TableCell>
    );
  }
  return (
    <TableCell>
      <Link asChild>
        <RouterLink to={to} aria-label={t("coverage.cell", { count, targetGroup: targetGroup.name, district: districtName })}>
          {count}
        </RouterLink>
      </Link>
    </TableCell>
  );
}

export default function Coverage({ loaderData: { districts, rows } }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="stack">
      <AdminHeading title={t("coverage.title")} back={{ to: "/koordinering", label: t("coordination.back") }} lead={t("coverage.lead")} />
      {districts.length === 0 && <Paragraph>{t("coverage.noDistricts")}</Paragraph>}
      <ScrollTable className="coverage-table" caption={t("coverage.caption")}>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("coverage.targetGroup")}</TableHeaderCell>
            {districts.map((d) => (
              <TableHeaderCell key={d.id} scope="col">
                {d.name}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t("coverage.withoutDistrict")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.targetGroup.id}>
              <TableHeaderCell scope="row">{row.targetGroup.name}</TableHeaderCell>
              {districts.map((d, index) => (
                <Cell key={d.id} count={row.counts[index]!} targetGroup={row.targetGroup} district={d.id} districtName={d.name} />
              ))}
              <Cell count={row.withoutDistrict} targetGroup={row.targetGroup} district={NO_DISTRICT} districtName={t("coverage.withoutDistrict")} />
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
    </div>
  );
}
