import { Form, Link as RouterLink } from "react-router";
import { Button, Link, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { Route } from "./+types/admin.outbox";
import { listOutbox, type OutboxStatus } from "../../domain/administration";
import { formatDateTime } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { AdminHeading } from "../components/AdminHeading";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { TextField } from "../components/forms";
import { OutboxStatusTag } from "../components/OutboxStatusTag";
import { SelectField } from "../components/SelectField";
import { useI18n } from "../i18n/react";

const STATUSES = ["pending", "kept", "sent"] as const satisfies readonly OutboxStatus[];

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  const query = queryOf(request);
  const values = { status: query.status ?? "", recipient: query.recipient ?? "" };
  return loadForAdmin(request, async ({ db, actor }) => ({
    values,
    result: await listOutbox(db, actor, { ...values, page: query[PAGE_PARAM] }),
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
      {result.items.length === 0 ? (
        <Paragraph>{t("admin.outbox.none")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <caption>{t("admin.outbox.caption", { total: result.total })}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("admin.outbox.subject")}</TableHeaderCell>
                <TableHeaderCell>{t("admin.outbox.recipient")}</TableHeaderCell>
                <TableHeaderCell>{t("admin.outbox.status")}</TableHeaderCell>
                <TableHeaderCell>{t("admin.outbox.created")}</TableHeaderCell>
                <TableHeaderCell>{t("admin.outbox.attempts")}</TableHeaderCell>
                <TableHeaderCell>{t("admin.outbox.lastError")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.items.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    <Link asChild>
                      <RouterLink to={`/admin/utboks/${m.id}`}>{m.subject}</RouterLink>
                    </Link>
                  </TableCell>
                  <TableCell>{m.recipient}</TableCell>
                  <TableCell>
                    <OutboxStatusTag status={m.status} />
                  </TableCell>
                  <TableCell>{formatDateTime(lang, m.createdAt)}</TableCell>
                  <TableCell>{m.attempts}</TableCell>
                  <TableCell>{m.lastError ?? "–"}</TableCell>
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
