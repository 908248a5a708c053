import { Form, Link as RouterLink } from "react-router";
import { Button, Link } from "@digdir/designsystemet-react";
import type { Route } from "./+types/admin.people";
import { searchPeople } from "../../domain/administration";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { roleText } from "../lib/roles";
import { AdminHeading } from "../components/AdminHeading";
import { DataTable } from "../components/DataTable";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { TextField } from "../components/forms";
import { useT } from "../i18n/react";
import { withinPages } from "../lib/paging.server";

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  const query = queryOf(request);
  return loadForAdmin(request, async ({ db, actor }) => withinPages(request, await searchPeople(db, actor, { q: query.q, page: query[PAGE_PARAM] })));
}

export default function People({ loaderData: result }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="stack">
      <AdminHeading title={t("admin.people.title")} back={{ to: "/admin", label: t("admin.back") }} />
      <Form method="get" className="stack narrow" role="search">
        <TextField name="q" type="text" label={t("admin.people.search")} defaultValue={result.q} state={undefined} />
        <div>
          <Button type="submit">{t("form.search")}</Button>
        </div>
      </Form>
      <DataTable
        rows={result.items}
        rowKey={(p) => p.id}
        caption={t("admin.people.caption", { total: result.total })}
        none={t("admin.people.none")}
        columns={[
          {
            header: t("admin.people.name"),
            cell: (p) => (
              <Link asChild>
                <RouterLink to={`/admin/personer/${p.id}`}>{p.name}</RouterLink>
              </Link>
            ),
          },
          { header: t("admin.people.email"), cell: (p) => p.email },
          {
            header: t("admin.people.roles"),
            cell: (p) => [t("admin.role.resident"), ...p.roles.map((r) => roleText(t, r.role, r.organizationName, r.organizationId))].join(", "),
          },
        ]}
      />
      <PageLinks page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
