import { Form, Link as RouterLink } from "react-router";
import { Button, Link, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { Route } from "./+types/admin.people";
import { searchPeople } from "../../domain/administration";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { roleText } from "../lib/roles";
import { AdminHeading } from "../components/AdminHeading";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { TextField } from "../components/forms";
import { useT } from "../i18n/react";

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  const query = queryOf(request);
  return loadForAdmin(request, ({ db, actor }) => searchPeople(db, actor, { q: query.q, page: query[PAGE_PARAM] }));
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
      {result.items.length === 0 ? (
        <Paragraph>{t("admin.people.none")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <caption>{t("admin.people.caption", { total: result.total })}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("admin.people.name")}</TableHeaderCell>
                <TableHeaderCell>{t("admin.people.email")}</TableHeaderCell>
                <TableHeaderCell>{t("admin.people.roles")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.items.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>
                    <Link asChild>
                      <RouterLink to={`/admin/personer/${p.id}`}>{p.name}</RouterLink>
                    </Link>
                  </TableCell>
                  <TableCell>{p.email}</TableCell>
                  <TableCell>
                    {[t("admin.role.resident"), ...p.roles.map((r) => roleText(t, r.role, r.organizationName, r.organizationId))].join(", ")}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <PageLinks page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
