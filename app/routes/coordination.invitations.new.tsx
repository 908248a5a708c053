import { Form, redirect } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination.invitations.new";
import { listOutreachCandidates, sendOutreachInvitations, sendOutreachSchema, type OutreachCandidate } from "../../domain/organizations/outreach";
import { OUTREACH_FILTERS } from "../../domain/organizations/outreach-filters";
import { contextFor } from "../../platform/http/request";
import { formatDate } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { handleUseCaseError, readForm } from "../lib/forms.server";
import { outreachDoneUrl } from "../lib/outreach";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { DataTable } from "../components/DataTable";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { FormErrors, PAGE_ERRORS, useActionAt } from "../components/forms";
import { SelectField } from "../components/SelectField";
import { useI18n } from "../i18n/react";
import { withinPages } from "../lib/paging.server";

export const links = adminLinks;

const FILTER_PARAM = "utvalg";

export async function loader({ request }: Route.LoaderArgs) {
  const query = queryOf(request);
  return loadForAdmin(request, async ({ db, actor }) =>
    withinPages(request, await listOutreachCandidates(db, actor, { filter: query[FILTER_PARAM], page: query[PAGE_PARAM] })),
  );
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data: input, failure } = await readForm(request, sendOutreachSchema);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  try {
    return redirect(outreachDoneUrl(await sendOutreachInvitations(db, actor, input)));
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function InviteOrganizations({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const { filter, items, total, invitable, page, pageCount } = loaderData;
  const action = useActionAt(PAGE_ERRORS, { [FILTER_PARAM]: filter, [PAGE_PARAM]: page > 1 ? String(page) : undefined });
  const state = (o: OutreachCandidate) =>
    [
      t(o.source === "imported" ? "outreach.state.imported" : "outreach.state.registered"),
      t(o.hasAdmin ? "outreach.state.hasAdmin" : "outreach.state.noAdmin"),
      t(o.verified ? "outreach.state.verified" : "outreach.state.unverified"),
      o.invitedAt ? t("outreach.state.invited", { date: formatDate(lang, o.invitedAt) }) : "",
    ]
      .filter(Boolean)
      .join(", ");
  return (
    <div className="stack">
      <AdminHeading
        title={t("outreach.new.title")}
        back={{ to: "/koordinering/invitasjoner", label: t("outreach.backToInvitations") }}
        lead={t("outreach.new.lead")}
      />
      <Form method="get" className="stack narrow" role="search">
        <SelectField
          name={FILTER_PARAM}
          label={t("outreach.filter")}
          defaultValue={filter}
          options={OUTREACH_FILTERS.map((f) => ({ value: f, label: t(`outreach.filter.${f}`) }))}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t("outreach.show")}
          </Button>
        </div>
      </Form>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <Form method="post" action={action} className="stack">
        <CsrfField />
        <input type="hidden" name="everyoneIn" value={filter} />
        <Heading level={2} data-size="sm" id="field-organizationId" tabIndex={-1}>
          {t("outreach.candidates.title")}
        </Heading>
        <DataTable
          rows={items}
          rowKey={(o) => o.id}
          caption={t("outreach.candidates.caption", { total, invitable })}
          none={t("outreach.candidates.none")}
          columns={[
            {
              header: t("outreach.column.choose"),
              cell: (o) =>
                o.invitable ? (
                  <input type="checkbox" name="organizationId" value={o.id} aria-label={t("outreach.choose", { name: o.name })} />
                ) : (
                  "–"
                ),
            },
            { header: t("outreach.column.organization"), cell: (o) => o.name },
            { header: t("outreach.column.email"), cell: (o) => o.email ?? t("outreach.noEmail") },
            { header: t("outreach.column.state"), cell: state },
          ]}
        />
        <PageLinks page={page} pageCount={pageCount} />
        {invitable > 0 && (
          <div className="admin-actions">
            <Button type="submit" name="to" value="chosen">
              {t("outreach.sendChosen")}
            </Button>
            <Button type="submit" name="to" value="all" variant="secondary">
              {t("outreach.sendAll", { count: invitable })}
            </Button>
          </div>
        )}
      </Form>
      {items.length > 0 && invitable === 0 && <Paragraph>{t("outreach.noneInvitable")}</Paragraph>}
    </div>
  );
}
