import { Form, Link as RouterLink, redirect, useSearchParams } from "react-router";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/organization.members";
import {
  getMembersPage,
  INVITATION_DAYS,
  inviteMember,
  inviteMemberForm,
  removeMember,
  removeMemberForm,
  revokeInvitation,
  revokeInvitationForm,
} from "../../domain/organizations/members";
import { contextFor } from "../../platform/http/request";
import { formatDate } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { goneOrFailure, handleUseCaseError, intentOf, readForm } from "../lib/forms.server";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { DataTable } from "../components/DataTable";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt } from "../components/forms";
import { RowAction } from "../components/RowAction";
import { SelectField } from "../components/SelectField";
import { StatusRegion } from "../components/StatusRegion";
import { useI18n } from "../i18n/react";
import { readAgainAfterGone } from "../lib/revalidate";

const DONE_PARAM = "utfort";
const DONE_MESSAGES = {
  invitert: "orgResources.members.invited",
  trukket: "orgResources.members.revoked",
  fjernet: "orgResources.members.removed",
} as const;

export const links = adminLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  return loadForAdmin(request, async ({ db, actor }) => ({
    ...(await getMembersPage(db, actor, { organizationId: params.id })),
    selfId: actor.kind === "person" ? actor.personId : null,
    invitationDays: INVITATION_DAYS,
  }));
}

/** A member or invitation someone else removed or withdrew meanwhile. */
const GONE = { member: "orgResources.members.gone", invitation: "orgResources.members.invitationGone" };

export const shouldRevalidate = readAgainAfterGone;

export async function action({ request, params }: Route.ActionArgs) {
  const intent = await intentOf(request);
  const { db, actor } = await contextFor(request);
  const organizationId = params.id;
  const done = (what: keyof typeof DONE_MESSAGES) => redirect(`/organisasjoner/${organizationId}/medlemmer?${DONE_PARAM}=${what}`);
  if (intent === "remove") {
    const { form, data, failure } = await readForm(request, removeMemberForm);
    if (failure) return failure;
    try {
      const removed = await removeMember(db, actor, { organizationId, ...data });
      // Someone who has just left can no longer see the page.
      if (actor.kind === "person" && removed.personId === actor.personId) return redirect("/");
      return done("fjernet");
    } catch (error) {
      return goneOrFailure(error, GONE, form, request);
    }
  }
  if (intent === "revoke") {
    const { form, data, failure } = await readForm(request, revokeInvitationForm);
    if (failure) return failure;
    try {
      await revokeInvitation(db, actor, { organizationId, ...data });
      return done("trukket");
    } catch (error) {
      return goneOrFailure(error, GONE, form, request);
    }
  }
  const { form, data, failure } = await readForm(request, inviteMemberForm);
  if (failure) return failure;
  try {
    await inviteMember(db, actor, { organizationId, ...data });
    return done("invitert");
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

function DoneAlert() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const done = search.get(DONE_PARAM) ?? "";
  return done in DONE_MESSAGES ? <Alert data-color="success">{t(DONE_MESSAGES[done as keyof typeof DONE_MESSAGES])}</Alert> : null;
}

export default function OrganizationMembers({ loaderData: p, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const base = `/organisasjoner/${p.organization.id}`;
  const action = useActionAt(PAGE_ERRORS);
  return (
    <div className="stack">
      <AdminHeading
        title={t("orgResources.members.title", { organization: p.organization.name })}
        back={{ to: base, label: t("orgResources.backToOrganization", { organization: p.organization.name }) }}
        lead={t("orgResources.members.lead")}
      />
      <StatusRegion>
        <DoneAlert />
      </StatusRegion>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <Paragraph>
        <Link asChild>
          <RouterLink to={`${base}/ressurser`}>{t("orgResources.members.toResources")}</RouterLink>
        </Link>
      </Paragraph>
      <DataTable
        rows={p.members}
        rowKey={(m) => m.grantId}
        caption={t("orgResources.members.caption", { count: p.members.length })}
        none={t("orgResources.members.none")}
        columns={[
          { header: t("orgResources.members.name"), cell: (m) => (m.personId === p.selfId ? t("orgResources.members.you", { name: m.name }) : m.name) },
          { header: t("orgResources.members.email"), cell: (m) => m.email },
          { header: t("orgResources.members.role"), cell: (m) => t(`orgResources.members.roleName.${m.role}`) },
          { header: t("orgResources.members.since"), cell: (m) => formatDate(lang, m.since) },
          {
            header: t("orgResources.members.actions"),
            cell: (m) => (
              <RowAction
                className="inline-form"
                action={action}
                intent="remove"
                fields={{ grantId: m.grantId }}
                label={t("orgResources.members.remove")}
                accessibleName={t("orgResources.members.removeLabel", { name: m.name })}
                confirm={{ question: t("orgResources.members.removeQuestion"), button: t("orgResources.members.removeConfirm", { name: m.name }) }}
              />
            ),
          },
        ]}
      />
      {p.invitations.length > 0 && (
        <DataTable
          rows={p.invitations}
          rowKey={(i) => i.id}
          caption={t("orgResources.members.invitationsCaption", { count: p.invitations.length })}
          none=""
          columns={[
            { header: t("orgResources.members.email"), cell: (i) => i.email },
            { header: t("orgResources.members.role"), cell: (i) => t(`orgResources.members.roleName.${i.role}`) },
            { header: t("orgResources.members.validUntil"), cell: (i) => formatDate(lang, i.expiresAt) },
            {
              header: t("orgResources.members.actions"),
              cell: (i) => (
                <RowAction
                  className="inline-form"
                  action={action}
                  intent="revoke"
                  fields={{ invitationId: i.id }}
                  label={t("orgResources.members.revoke")}
                  accessibleName={t("orgResources.members.revokeLabel", { email: i.email })}
                  confirm={{ question: t("orgResources.members.revokeQuestion"), button: t("orgResources.members.revokeConfirm", { email: i.email }) }}
                />
              ),
            },
          ]}
        />
      )}
      <Form method="post" action={action} className="stack narrow">
        <Heading level={2} data-size="sm">
          {t("orgResources.members.inviteTitle")}
        </Heading>
        <Paragraph>{t("orgResources.members.inviteLead", { days: p.invitationDays })}</Paragraph>
        <CsrfField />
        <input type="hidden" name="intent" value="invite" />
        <TextField name="email" type="email" label={t("orgResources.members.inviteEmail")} state={actionData} required autoComplete="off" />
        <SelectField
          name="role"
          label={t("orgResources.members.inviteRole")}
          state={actionData}
          defaultValue="org_member"
          options={p.roleChoices.map((role) => ({ value: role, label: t(`orgResources.members.roleName.${role}`) }))}
        />
        <div>
          <Button type="submit">{t("orgResources.members.invite")}</Button>
        </div>
      </Form>
    </div>
  );
}
