import { Form, redirect, useSearchParams } from "react-router";
import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/admin.person";
import { getPersonWithRoles, grantRole, grantRoleForm, revokeRole, revokeRoleForm } from "../../domain/administration";
import { contextFor } from "../../platform/http/request";
import { formatDateTime } from "../../platform/i18n/format";
import { handleUseCaseError, intentOf, readForm } from "../lib/forms.server";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { roleText } from "../lib/roles";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { DataTable } from "../components/DataTable";
import { FormErrors, PAGE_ERRORS, useActionAt } from "../components/forms";
import { ORGANIZATION_PARAM, OrganizationChoice, OrganizationSearchForm } from "../components/OrganizationSearch";
import { RowAction } from "../components/RowAction";
import { SelectField } from "../components/SelectField";
import { StatusRegion } from "../components/StatusRegion";
import { useI18n } from "../i18n/react";

const DONE_PARAM = "utfort";

export const links = adminLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const organizationQuery = queryOf(request)[ORGANIZATION_PARAM];
  return loadForAdmin(request, ({ db, actor }) => getPersonWithRoles(db, actor, { personId: params.id, organizationQuery }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const intent = await intentOf(request);
  const { db, actor } = await contextFor(request);
  if (intent === "revoke") {
    const { form, data, failure } = await readForm(request, revokeRoleForm);
    if (failure) return failure;
    try {
      const revoked = await revokeRole(db, actor, data);
      // Someone who has just given up their own admin role can no longer see this page.
      const steppedDown = actor.kind === "person" && revoked.personId === actor.personId && revoked.role === "admin";
      return redirect(steppedDown ? "/" : `/admin/personer/${params.id}?${DONE_PARAM}=fjernet`);
    } catch (error) {
      return handleUseCaseError(error, form, request);
    }
  }
  const { form, data, failure } = await readForm(request, grantRoleForm);
  if (failure) return failure;
  try {
    await grantRole(db, actor, { ...data, personId: params.id });
    return redirect(`/admin/personer/${params.id}?${DONE_PARAM}=gitt`);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function PersonRoles({ loaderData: p, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const done = search.get(DONE_PARAM);
  const action = useActionAt(PAGE_ERRORS, { [ORGANIZATION_PARAM]: p.organizationSearch.q });
  const roleOptions = p.roleChoices.map((role) => ({ value: role, label: t(`admin.role.${role}`) }));
  return (
    <div className="stack">
      <AdminHeading
        title={t("admin.person.title", { name: p.person.name })}
        back={{ to: "/admin/personer", label: t("admin.person.backToPeople") }}
      />
      <StatusRegion>{done && <Alert data-color="success">{t(done === "gitt" ? "admin.person.granted" : "admin.person.revoked")}</Alert>}</StatusRegion>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <dl className="admin-facts">
        <dt>{t("admin.person.email")}</dt>
        <dd>{p.person.email}</dd>
        <dt>{t("admin.person.created")}</dt>
        <dd>{formatDateTime(lang, p.person.createdAt)}</dd>
        <dt>{t("admin.person.lastSignIn")}</dt>
        <dd>{p.person.lastSignInAt ? formatDateTime(lang, p.person.lastSignInAt) : t("admin.person.never")}</dd>
      </dl>
      {p.isSelf && <Paragraph>{t("admin.person.self")}</Paragraph>}
      <DataTable
        rows={p.roles}
        rowKey={(r) => r.grantId}
        caption={t("admin.person.rolesCaption")}
        none={t("admin.person.noRoles")}
        columns={[
          { header: t("admin.person.role"), cell: (r) => t(`admin.role.${r.role}`) },
          {
            header: t("admin.person.organization"),
            cell: (r) => (r.organizationId ? (r.organizationName ?? t("admin.role.unknownOrganization")) : t("admin.person.municipal")),
          },
          { header: t("admin.person.since"), cell: (r) => formatDateTime(lang, r.createdAt) },
          {
            header: t("admin.person.actions"),
            cell: (r) => {
              const role = roleText(t, r.role, r.organizationName, r.organizationId);
              return (
                <RowAction
                  className="inline-form"
                  action={action}
                  intent="revoke"
                  fields={{ grantId: r.grantId }}
                  label={t("admin.person.revoke")}
                  accessibleName={t("admin.person.revokeLabel", { role })}
                  confirm={{ question: t("admin.person.revokeQuestion"), button: t("admin.person.revokeConfirm", { role }) }}
                />
              );
            },
          },
        ]}
      />
      <div className="stack narrow">
        <Heading level={2} data-size="sm">
          {t("admin.person.grantTitle")}
        </Heading>
        <OrganizationSearchForm q={p.organizationSearch.q} description={t("admin.person.organizationSearchHelp")} />
        <Form method="post" action={action} className="stack">
          <CsrfField />
          <input type="hidden" name="intent" value="grant" />
          <SelectField
            name="role"
            label={t("admin.person.role")}
            state={actionData}
            required
            options={[{ value: "", label: t("admin.person.chooseRole") }, ...roleOptions]}
          />
          <OrganizationChoice
            search={p.organizationSearch}
            legend={t("admin.person.organization")}
            noneLabel={t("admin.person.noOrganization")}
            state={actionData}
          />
          <div>
            <Button type="submit">{t("admin.person.grant")}</Button>
          </div>
        </Form>
      </div>
    </div>
  );
}
