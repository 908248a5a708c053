import { Form, Link as RouterLink, redirect, useSearchParams } from "react-router";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination.invitations";
import { listOutreachInvitations, sendOutreachReminders } from "../../domain/organizations/outreach";
import { REPEAT_WINDOW_MINUTES } from "../../domain/organizations/outreach-filters";
import { contextFor } from "../../platform/http/request";
import { formatDateTime } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { handleUseCaseError, readEmptyForm } from "../lib/forms.server";
import { OUTREACH_DONE, outreachDoneUrl } from "../lib/outreach";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { DataTable } from "../components/DataTable";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { StatusRegion } from "../components/StatusRegion";
import { FormErrors, PAGE_ERRORS, useActionAt } from "../components/forms";
import { useI18n } from "../i18n/react";
import { withinPages } from "../lib/paging.server";

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  return loadForAdmin(request, async ({ db, actor }) => withinPages(request, await listOutreachInvitations(db, actor, { page: queryOf(request)[PAGE_PARAM] })));
}

export async function action({ request }: Route.ActionArgs) {
  const form = await readEmptyForm(request);
  const { db, actor } = await contextFor(request);
  try {
    return redirect(outreachDoneUrl(await sendOutreachReminders(db, actor)));
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function OutreachInvitations({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const { items, summary, page, pageCount } = loaderData;
  const action = useActionAt(PAGE_ERRORS, { [PAGE_PARAM]: page > 1 ? String(page) : undefined });
  const when = (value: Date | string | null) => (value ? formatDateTime(lang, value) : "–");
  const sent = search.get(OUTREACH_DONE.sent);
  const skipped = (["withoutEmail", "hasAdmin", "recentlyInvited"] as const)
    .map((reason) => ({ reason, count: Number(search.get(OUTREACH_DONE[reason]) ?? 0) }))
    .filter((s) => s.count > 0);
  const reminded = search.get(OUTREACH_DONE.reminded);
  const recentlyReminded = Number(search.get(OUTREACH_DONE.recentlyReminded) ?? 0);
  return (
    <div className="stack">
      <AdminHeading title={t("outreach.title")} back={{ to: "/koordinering", label: t("outreach.back") }} lead={t("outreach.lead")} />
      <StatusRegion>
        {sent !== null && (
          <Alert data-color="success">
            <Paragraph>{t("outreach.sent.notice", { sent })}</Paragraph>
            {skipped.map(({ reason, count }) => (
              <Paragraph key={reason}>{t(`outreach.sent.${reason}`, { count, minutes: REPEAT_WINDOW_MINUTES })}</Paragraph>
            ))}
          </Alert>
        )}
        {reminded !== null && (
          <Alert data-color="success">
            <Paragraph>{t("outreach.reminded.notice", { count: reminded })}</Paragraph>
            {recentlyReminded > 0 && (
              <Paragraph>{t("outreach.reminded.recentlyReminded", { count: recentlyReminded, minutes: REPEAT_WINDOW_MINUTES })}</Paragraph>
            )}
          </Alert>
        )}
      </StatusRegion>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <Paragraph>
        <Link asChild>
          <RouterLink to="/koordinering/invitasjoner/ny">{t("outreach.inviteMore")}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={2} data-size="sm">
        {t("outreach.invitations.title")}
      </Heading>
      <Paragraph>{t("outreach.invitations.summary", summary)}</Paragraph>
      <DataTable
        rows={items}
        rowKey={(i) => i.id}
        caption={t("outreach.invitations.caption")}
        none={t("outreach.invitations.none")}
        columns={[
          { header: t("outreach.column.organization"), cell: (i) => i.organizationName },
          { header: t("outreach.column.email"), cell: (i) => i.email },
          { header: t("outreach.column.state"), cell: (i) => t(`outreach.status.${i.status}`) },
          { header: t("outreach.column.sent"), cell: (i) => when(i.sentAt) },
          { header: t("outreach.column.opened"), cell: (i) => when(i.openedAt) },
          { header: t("outreach.column.completed"), cell: (i) => when(i.completedAt) },
          { header: t("outreach.column.reminded"), cell: (i) => when(i.remindedAt) },
        ]}
      />
      <PageLinks page={page} pageCount={pageCount} />
      {summary.remindable > 0 && (
        <Form method="post" action={action} className="stack narrow">
          <CsrfField />
          <Paragraph>{t("outreach.remind.help")}</Paragraph>
          <div>
            <Button type="submit" variant="secondary">
              {t("outreach.remind", { count: summary.remindable })}
            </Button>
          </div>
        </Form>
      )}
    </div>
  );
}
