import { Form, Link as RouterLink } from "react-router";
import { Button, Link } from "@digdir/designsystemet-react";
import type { Route } from "./+types/admin.outbox";
import { listOutbox, type OutboxStatus } from "../../domain/administration";
import { formatDateTime } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { AdminHeading } from "../components/AdminHeading";
import { DataTable } from "../components/DataTable";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { TextField } from "../components/forms";
import { OutboxStatusTag } from "../components/OutboxStatusTag";
import { SelectField } from "../components/SelectField";
import { useI18n } from "../i18n/react";
import { withinPages } from "../lib/paging.server";

const STATUSES = ["pending", "kept", "sent"] as const satisfies readonly OutboxStatus[];

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  const query = queryOf(request);
  const values = { status: query.status ?? "", recipient: query.recipient ?? "" };
  return loadForAdmin(request, async ({ db, actor }) => ({
    values,
    result: withinPages(request, await listOutbox(db, actor, { ...values, page: query[PAGE_PARAM] })),
  }));
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const { values, result } = loaderData;
  const state = { values };
  return (
    <div className="stack">
      <AdminHeading title={t("admin.outbox.title")} back={{ to: "/admin", label: t("admin.back") }} lead={t("admin.outbox.lead")} />
      <Form method="get" className="stack narrow" role="search">
        <SelectField
          name="status"
          label={t("admin.outbox.status")}
          state={state}
          options={[{ value: "", label: t("admin.outbox.allStatuses") }, ...STATUSES.map((s) => ({ value: s, label: t(`admin.outbox.status.${s}`) }))]}
        />
        <TextField name="recipient" label={t("admin.outbox.recipient")} state={state} />
        <div>
          <Button type="submit">{t("admin.outbox.show")}</Button>
        </div>
      </Form>
      <DataTable
        rows={result.items}
        rowKey={(m) => m.id}
        caption={t("admin.outbox.caption", { total: result.total })}
        none={t("admin.outbox.none")}
        columns={[
          {
            header: t("admin.outbox.subject"),
            cell: (m) => (
              <Link asChild>
                <RouterLink to={`/admin/utboks/${m.id}`}>{m.subject}</RouterLink>
              </Link>
            ),
          },
          { header: t("admin.outbox.recipient"), cell: (m) => m.recipient },
          { header: t("admin.outbox.status"), cell: (m) => <OutboxStatusTag status={m.status} /> },
          { header: t("admin.outbox.created"), cell: (m) => formatDateTime(lang, m.createdAt) },
          { header: t("admin.outbox.attempts"), cell: (m) => m.attempts },
          { header: t("admin.outbox.lastError"), cell: (m) => m.lastError ?? "–" },
        ]}
      />
      <PageLinks page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
