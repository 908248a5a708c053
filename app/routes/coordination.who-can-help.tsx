import { Form, Link as RouterLink } from "react-router";
import { Button, Link } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination.who-can-help";
import { findWhoCanHelp } from "../../domain/organizations/who-can-help";
import { localizedName } from "../../domain/organizations/vocabulary";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { pageTitle } from "../lib/title.server";
import { AdminHeading } from "../components/AdminHeading";
import { DataTable } from "../components/DataTable";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { TextField } from "../components/forms";
import { useT, type Translate } from "../i18n/react";
import { formatPhone } from "../../domain/organizations/phone-format";
import { withinPages } from "../lib/paging.server";
import { staffPageLanguage } from "../lib/page-language";

export async function loader({ request }: Route.LoaderArgs) {
  return loadForAdmin(request, async ({ db, actor, lang: visitorLang }) => {
    const lang = staffPageLanguage(visitorLang);
    const query = queryOf(request);
    const result = withinPages(request, await findWhoCanHelp(db, actor, { q: query.q, page: query[PAGE_PARAM] }));
    const items = result.items.map(({ competenceName, ...offer }) => ({ ...offer, competenceName: competenceName && localizedName(competenceName, lang) }));
    return { result: { ...result, items }, title: pageTitle(lang, "whoCanHelp.title") };
  });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "" }];
}

type Offer = Awaited<ReturnType<typeof loader>>["result"]["items"][number];

function details(t: Translate, o: Offer): string {
  return [
    o.competenceName && o.competenceName !== o.name ? o.competenceName : null,
    o.vehicleType && o.vehicleType !== o.name ? o.vehicleType : null,
    o.capacity !== null ? t("directory.resource.capacity", { count: o.capacity }) : null,
    o.seats !== null ? t("directory.resource.seats", { count: o.seats }) : null,
    o.quantity !== null ? t("directory.resource.quantity", { count: o.quantity }) : null,
    o.note,
  ]
    .filter(Boolean)
    .join(". ");
}

export default function WhoCanHelp({ loaderData: { result } }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="stack">
      <AdminHeading title={t("whoCanHelp.title")} back={{ to: "/koordinering", label: t("coordination.back") }} lead={t("whoCanHelp.lead")} />
      <Form method="get" role="search" className="stack narrow">
        <TextField name="q" label={t("whoCanHelp.q")} description={t("whoCanHelp.q.description")} defaultValue={result.q} state={undefined} />
        <div>
          <Button type="submit">{t("form.search")}</Button>
        </div>
      </Form>
      {result.q && (
        <DataTable
          rows={result.items}
          rowKey={(o) => o.resourceId}
          caption={t("whoCanHelp.caption", { total: result.total })}
          none={t("whoCanHelp.none")}
          columns={[
            {
              header: t("whoCanHelp.col.organization"),
              cell: (o) => (
                <>
                  <Link asChild>
                    <RouterLink to={`/organisasjoner/${o.organization.id}`}>{o.organization.name}</RouterLink>
                  </Link>
                  {!o.organization.verified && ` (${t("whoCanHelp.unverified")})`}
                </>
              ),
            },
            { header: t("whoCanHelp.col.resource"), cell: (o) => o.name || o.competenceName },
            { header: t("whoCanHelp.col.kind"), cell: (o) => t(`directory.kind.${o.kind}`) },
            { header: t("whoCanHelp.col.details"), cell: (o) => details(t, o) },
            { header: t("whoCanHelp.col.availability"), cell: (o) => o.availability },
            {
              header: t("whoCanHelp.col.contact"),
              cell: (o) => [o.organization.phone && formatPhone(o.organization.phone), o.organization.email].filter(Boolean).join(" · "),
            },
          ]}
        />
      )}
      {result.q && <PageLinks page={result.page} pageCount={result.pageCount} />}
    </div>
  );
}
