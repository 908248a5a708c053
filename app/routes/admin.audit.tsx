import { Form, Link as RouterLink } from "react-router";
import { Button, Link } from "@digdir/designsystemet-react";
import type { Route } from "./+types/admin.audit";
import { searchAuditLog } from "../../domain/administration";
import { ValidationError } from "../../platform/errors";
import { formatDateTime } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { AdminHeading } from "../components/AdminHeading";
import { DataTable } from "../components/DataTable";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { FormErrors, TextField } from "../components/forms";
import { useI18n } from "../i18n/react";
import { withinPages } from "../lib/paging.server";

const FIELDS = ["q", "actor", "action", "from", "to"] as const;

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  const query = queryOf(request);
  const values = Object.fromEntries(FIELDS.map((f) => [f, query[f] ?? ""]));
  return loadForAdmin(request, async ({ db, actor }) => {
    try {
      return { values, result: withinPages(request, await searchAuditLog(db, actor, { ...values, page: query[PAGE_PARAM] })), errors: undefined };
    } catch (error) {
      // A bad date is answered at the field, like any form, rather than with an error page.
      if (error instanceof ValidationError) return { values, result: undefined, errors: error.fieldErrors };
      throw error;
    }
  });
}

function detailText(value: unknown): string {
  if (value === null || value === undefined) return "–";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const { values, result } = loaderData;
  const state = { errors: loaderData.errors, values };
  return (
    <div className="stack">
      <AdminHeading title={t("admin.audit.title")} back={{ to: "/admin", label: t("admin.back") }} lead={t("admin.audit.lead")} />
      <FormErrors state={state} />
      <Form method="get" className="stack narrow" role="search">
        <TextField name="q" label={t("admin.audit.q")} description={t("admin.audit.qHelp")} state={state} />
        <TextField name="actor" label={t("admin.audit.actor")} state={state} />
        <TextField name="action" label={t("admin.audit.action")} description={t("admin.audit.actionHelp")} state={state} />
        <TextField name="from" type="date" label={t("admin.audit.from")} state={state} />
        <TextField name="to" type="date" label={t("admin.audit.to")} state={state} />
        <div className="admin-actions">
          <Button type="submit">{t("form.search")}</Button>
          <Link asChild>
            <RouterLink to="/admin/revisjon">{t("admin.audit.reset")}</RouterLink>
          </Link>
        </div>
      </Form>
      {result && (
        <DataTable
          rows={result.items}
          rowKey={(e) => e.id}
          caption={t("admin.audit.caption", { total: result.total })}
          none={t("admin.audit.none")}
          columns={[
            { header: t("admin.audit.when"), cell: (e) => formatDateTime(lang, e.createdAt) },
            { header: t("admin.audit.who"), cell: (e) => e.actorLabel },
            { header: t("admin.audit.what"), cell: (e) => <code>{e.action}</code> },
            {
              header: t("admin.audit.record"),
              cell: (e) => (
                <>
                  {e.subjectType}
                  {e.subjectId && (
                    <>
                      {" "}
                      <code>{e.subjectId}</code>
                    </>
                  )}
                </>
              ),
            },
            {
              header: t("admin.audit.details"),
              cell: (e) =>
                Object.entries(e.details).map(([key, value]) => (
                  <div key={key}>
                    {key}: {detailText(value)}
                  </div>
                )),
            },
          ]}
        />
      )}
      {result && <PageLinks page={result.page} pageCount={result.pageCount} />}
    </div>
  );
}
