import type { Route } from "./+types/coordination.organizations-csv";
import { exportSectorMap } from "../../domain/organizations/sector-map";
import { csvDateTime, csvPhone, toCsv } from "../../platform/csv";
import { redirect } from "react-router";
import { ForbiddenError } from "../../platform/errors";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { catalogs } from "../i18n/catalogs.server";
import type { MessageKey } from "../i18n/nb";

const COLUMNS: MessageKey[] = [
  "sectorMap.col.name",
  "sectorMap.col.organizationNumber",
  "sectorMap.col.email",
  "sectorMap.col.phone",
  "sectorMap.col.postalTown",
  "sectorMap.col.members",
  "sectorMap.col.volunteers",
  "sectorMap.col.verified",
  "sectorMap.col.updated",
  "sectorMap.col.source",
  "sectorMap.col.admin",
  "sectorMap.col.agreement",
];

/**
 * A file has no error page of its own (React Router answers a download's 403 as JSON), so someone without
 * the right is sent to the sector map with the same filter, which shows them the 403 page.
 */
async function rowsOrSectorMap(run: () => ReturnType<typeof exportSectorMap>, request: Request) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ForbiddenError) throw redirect(`/koordinering/organisasjoner${new URL(request.url).search}`);
    throw error;
  }
}

/** The sector map's current filter as a CSV file for Excel; dates in Norwegian time, as spreadsheets read and sort them. */
export async function loader({ request }: Route.LoaderArgs) {
  return loadForAdmin(request, async ({ db, actor, lang }) => {
    const rows = await rowsOrSectorMap(() => exportSectorMap(db, actor, queryOf(request)), request);
    const text = catalogs[lang];
    const yesNo = (value: boolean) => text[value ? "sectorMap.yes" : "sectorMap.no"];
    const csv = toCsv([
      COLUMNS.map((key) => text[key]),
      ...rows.map((r) => [
        r.name,
        r.organizationNumber,
        r.email,
        csvPhone(r.phone),
        r.postalTown,
        r.memberCount,
        r.activeVolunteerCount,
        r.verifiedAt ? csvDateTime(r.verifiedAt) : "",
        csvDateTime(r.updatedAt),
        text[`sectorMap.source.${r.source}`],
        yesNo(r.hasAdmin),
        yesNo(r.hasCooperationAgreement),
      ]),
    ]);
    const date = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="organisasjoner-${date}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
