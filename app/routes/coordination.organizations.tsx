import { Link as RouterLink, useLocation } from "react-router";
import { Link, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination.organizations";
import { directoryChoices } from "../../domain/organizations/directory";
import type { ResourceQuery } from "../../domain/organizations/resource-query";
import { NO_DISTRICT, SECTOR_STATUSES, searchSectorMap, type SectorMapRow, type SectorSort } from "../../domain/organizations/sector-map";
import { spokenLanguageName } from "../../domain/organizations/vocabulary";
import { formatDateTime, formatList } from "../../platform/i18n/format";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { filterChoicesIn } from "../lib/directory.server";
import { withinPages } from "../lib/paging.server";
import { pageTitle } from "../lib/title.server";
import { AdminHeading } from "../components/AdminHeading";
import { OrganizationFilters } from "../components/OrganizationFilters";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { ScrollTable } from "../components/ScrollTable";
import { SelectField } from "../components/SelectField";
import { TextField } from "../components/forms";
import { CheckboxField } from "../components/organization/Checkboxes";
import { useI18n, useT, type Translate } from "../i18n/react";
import directoryCss from "../styles/directory.css?url";
import { staffPageLanguage } from "../lib/page-language";

export const links = () => [{ rel: "stylesheet", href: directoryCss }];

export async function loader({ request }: Route.LoaderArgs) {
  return loadForAdmin(request, async ({ db, actor, lang: visitorLang }) => {
    const lang = staffPageLanguage(visitorLang);
    const query = queryOf(request);
    const [found, choices] = await Promise.all([searchSectorMap(db, actor, { ...query, page: query[PAGE_PARAM] }), directoryChoices(db, actor)]);
    const result = withinPages(request, found);
    const languages = (result.understood.languages ?? []).map((code) => spokenLanguageName(code, lang));
    const understoodLanguage = languages.length ? formatList(lang, languages) : null;
    return { result, understoodLanguage, menus: filterChoicesIn(lang, choices), title: pageTitle(lang, "sectorMap.title") };
  });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "" }];
}

function understoodText(t: Translate, q: ResourceQuery, language: string | null): string {
  return [
    q.kind ? t(`sectorMap.understood.${q.kind}`) : null,
    q.minCapacity !== undefined ? t("sectorMap.understood.capacity", { count: q.minCapacity }) : null,
    q.minSeats !== undefined ? t("sectorMap.understood.seats", { count: q.minSeats }) : null,
    q.wheelchairAccessible ? t("sectorMap.understood.wheelchair") : null,
    language ? t("sectorMap.understood.language", { language }) : null,
    q.agreement ? t("sectorMap.understood.agreement") : null,
    q.words.length ? t("sectorMap.understood.words", { words: q.words.join(" ") }) : null,
  ]
    .filter(Boolean)
    .join(", ");
}

export default function SectorMap({ loaderData: { result, menus, understoodLanguage } }: Route.ComponentProps) {
  const t = useT();
  const statuses = [{ value: "", label: t("directory.any") }, ...SECTOR_STATUSES.map((s) => ({ value: s, label: t(`sectorMap.status.${s}`) }))];
  const understood = result.resource ? understoodText(t, result.understood, understoodLanguage) : "";
  const location = useLocation();
  return (
    <div className="stack">
      <AdminHeading title={t("sectorMap.title")} back={{ to: "/koordinering", label: t("coordination.back") }} lead={t("sectorMap.lead")} />
      <OrganizationFilters
        values={result}
        menus={{ ...menus, districts: [...menus.districts, { value: NO_DISTRICT, label: t("sectorMap.district.none") }] }}
        resetTo="/koordinering/organisasjoner"
      >
        <div className="filter-wide">
          <TextField name="resource" label={t("sectorMap.resource")} description={t("sectorMap.resource.description")} defaultValue={result.resource} state={undefined} />
        </div>
        <TextField name="minCapacity" type="number" label={t("sectorMap.minCapacity")} defaultValue={result.minCapacity?.toString() ?? ""} state={undefined} />
        <TextField name="minSeats" type="number" label={t("sectorMap.minSeats")} defaultValue={result.minSeats?.toString() ?? ""} state={undefined} />
        <SelectField name="status" label={t("sectorMap.status")} options={statuses} defaultValue={result.status} />
        <div className="filter-wide">
          <CheckboxField name="agreement" label={t("sectorMap.agreement")} defaultChecked={result.agreement} />
        </div>
        <input type="hidden" name="sort" value={result.sort} />
        <input type="hidden" name="dir" value={result.dir} />
      </OrganizationFilters>
      {understood && <Paragraph>{t("sectorMap.understood", { text: understood })}</Paragraph>}
      <Paragraph>
        <Link href={`/koordinering/organisasjoner.csv${location.search}`} download>
          {t("sectorMap.export")}
        </Link>
      </Paragraph>
      <SectorTable rows={result.items} total={result.total} sort={result.sort} dir={result.dir} />
      <PageLinks page={result.page} pageCount={result.pageCount} />
    </div>
  );
}

const yesNo = (t: Translate, value: boolean) => t(value ? "sectorMap.yes" : "sectorMap.no");

function SortHeader({ column, label, sort, dir }: { column: SectorSort; label: string; sort: SectorSort; dir: "asc" | "desc" }) {
  const t = useT();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const current = sort === column;
  params.set("sort", column);
  params.set("dir", current && dir === "asc" ? "desc" : "asc");
  params.delete(PAGE_PARAM);
  return (
    <TableHeaderCell aria-sort={current ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link asChild>
        <RouterLink to={`?${params.toString()}`}>
          {label}
          {current && ` (${t(`sectorMap.sorted.${dir}`)})`}
        </RouterLink>
      </Link>
    </TableHeaderCell>
  );
}

function SectorTable({ rows, total, sort, dir }: { rows: SectorMapRow[]; total: number; sort: SectorSort; dir: "asc" | "desc" }) {
  const t = useT();
  const { lang } = useI18n();
  if (rows.length === 0) return <Paragraph>{t("sectorMap.none")}</Paragraph>;
  const sortable = (column: SectorSort, label: string) => <SortHeader column={column} label={label} sort={sort} dir={dir} />;
  return (
    <ScrollTable zebra caption={t("sectorMap.caption", { total })}>
      <TableHead>
        <TableRow>
          {sortable("name", t("sectorMap.col.name"))}
          <TableHeaderCell>{t("sectorMap.col.organizationNumber")}</TableHeaderCell>
          {sortable("members", t("sectorMap.col.members"))}
          {sortable("volunteers", t("sectorMap.col.volunteers"))}
          {sortable("verified", t("sectorMap.col.verified"))}
          {sortable("updated", t("sectorMap.col.updated"))}
          <TableHeaderCell>{t("sectorMap.col.source")}</TableHeaderCell>
          <TableHeaderCell>{t("sectorMap.col.agreement")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <Link asChild>
                <RouterLink to={`/organisasjoner/${row.id}`}>{row.name}</RouterLink>
              </Link>
            </TableCell>
            <TableCell>{row.organizationNumber}</TableCell>
            <TableCell>{row.memberCount}</TableCell>
            <TableCell>{row.activeVolunteerCount}</TableCell>
            <TableCell>{row.verifiedAt ? formatDateTime(lang, row.verifiedAt) : <Tag data-color="neutral">{t("sectorMap.no")}</Tag>}</TableCell>
            <TableCell>{formatDateTime(lang, row.updatedAt)}</TableCell>
            <TableCell>{row.source === "imported" && !row.hasAdmin ? t("sectorMap.status.unclaimed") : t(`sectorMap.source.${row.source}`)}</TableCell>
            <TableCell>{yesNo(t, row.hasCooperationAgreement)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
