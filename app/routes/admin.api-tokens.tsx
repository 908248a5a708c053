import { data, Form, redirect, useSearchParams } from "react-router";
import { Alert, Button, Field, Heading, Input, Label, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/admin.api-tokens";
import { createApiToken, createApiTokenForm, listApiTokens, revokeApiToken, revokeApiTokenForm } from "../../domain/administration";
import { contextFor } from "../../platform/http/request";
import { formatDateTime } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin, queryOf } from "../lib/admin.server";
import { handleUseCaseError, intentOf, readForm } from "../lib/forms.server";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { DataTable } from "../components/DataTable";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt } from "../components/forms";
import { ORGANIZATION_PARAM, OrganizationChoice, OrganizationSearchForm } from "../components/OrganizationSearch";
import { RowAction } from "../components/RowAction";
import { StatusRegion } from "../components/StatusRegion";
import { useI18n } from "../i18n/react";

const DONE_PARAM = "utfort";

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  const organizationQuery = queryOf(request)[ORGANIZATION_PARAM];
  return loadForAdmin(request, ({ db, actor }) => listApiTokens(db, actor, { organizationQuery }));
}

export async function action({ request }: Route.ActionArgs) {
  const intent = await intentOf(request);
  const { db, actor } = await contextFor(request);
  if (intent === "revoke") {
    const { form, data: input, failure } = await readForm(request, revokeApiTokenForm);
    if (failure) return failure;
    try {
      await revokeApiToken(db, actor, input);
      return redirect(`/admin/api-nokler?${DONE_PARAM}=trukket`);
    } catch (error) {
      return handleUseCaseError(error, form, request);
    }
  }
  const { form, data: input, failure } = await readForm(request, createApiTokenForm);
  if (failure) return failure;
  try {
    const created = await createApiToken(db, actor, input);
    // The key is in this one answer only: no redirect (it would have to travel in the address) and no caching.
    return data({ ok: true as const, created: { name: created.name, token: created.token } }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function ApiTokens({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const created = actionData && "created" in actionData ? actionData.created : undefined;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const { tokens, organizationSearch } = loaderData;
  const action = useActionAt(PAGE_ERRORS, { [ORGANIZATION_PARAM]: organizationSearch.q });
  return (
    <div className="stack">
      <AdminHeading title={t("admin.apiTokens.title")} back={{ to: "/admin", label: t("admin.back") }} lead={t("admin.apiTokens.lead")} />
      <StatusRegion>
        {search.get(DONE_PARAM) && <Alert data-color="success">{t("admin.apiTokens.revoked")}</Alert>}
        {created && (
          <Alert data-color="warning">
            <Heading level={2} data-size="xs">
              {t("admin.apiTokens.createdTitle", { name: created.name })}
            </Heading>
            <Paragraph>{t("admin.apiTokens.createdWarning")}</Paragraph>
            <Field>
              <Label htmlFor="created-token">{t("admin.apiTokens.tokenLabel")}</Label>
              <Input id="created-token" className="admin-token" readOnly value={created.token} />
            </Field>
          </Alert>
        )}
      </StatusRegion>
      <FormErrors state={failed} id={PAGE_ERRORS} />
      <DataTable
        rows={tokens}
        rowKey={(k) => k.id}
        caption={t("admin.apiTokens.caption")}
        none={t("admin.apiTokens.none")}
        columns={[
          { header: t("admin.apiTokens.name"), cell: (k) => k.name },
          {
            header: t("admin.apiTokens.scope"),
            cell: (k) => (k.organizationId ? (k.organizationName ?? t("admin.role.unknownOrganization")) : t("admin.apiTokens.wholeMunicipality")),
          },
          { header: t("admin.apiTokens.createdBy"), cell: (k) => k.createdByName ?? t("admin.apiTokens.unknownPerson") },
          { header: t("admin.apiTokens.created"), cell: (k) => formatDateTime(lang, k.createdAt) },
          { header: t("admin.apiTokens.lastUsed"), cell: (k) => (k.lastUsedAt ? formatDateTime(lang, k.lastUsedAt) : t("admin.apiTokens.never")) },
          {
            header: t("admin.apiTokens.state"),
            cell: (k) =>
              k.revokedAt ? (
                t("admin.apiTokens.revokedAt", { date: formatDateTime(lang, k.revokedAt) })
              ) : (
                <RowAction
                  className="admin-actions"
                  action={action}
                  intent="revoke"
                  fields={{ tokenId: k.id }}
                  label={t("admin.apiTokens.revoke")}
                  accessibleName={t("admin.apiTokens.revokeLabel", { name: k.name })}
                  confirm={{ question: t("admin.apiTokens.revokeQuestion"), button: t("admin.apiTokens.revokeConfirm", { name: k.name }) }}
                >
                  <span>{t("admin.apiTokens.active")}</span>
                </RowAction>
              ),
          },
        ]}
      />
      <div className="stack narrow">
        <Heading level={2} data-size="sm">
          {t("admin.apiTokens.createTitle")}
        </Heading>
        <OrganizationSearchForm q={organizationSearch.q} description={t("admin.apiTokens.organizationSearchHelp")} />
        <Form method="post" action={action} className="stack">
          <CsrfField />
          <input type="hidden" name="intent" value="create" />
          <TextField name="name" label={t("admin.apiTokens.name")} description={t("admin.apiTokens.nameHelp")} state={failed} required />
          <OrganizationChoice
            search={organizationSearch}
            legend={t("admin.apiTokens.scope")}
            noneLabel={t("admin.apiTokens.wholeMunicipality")}
            state={failed}
          />
          <div>
            <Button type="submit">{t("admin.apiTokens.create")}</Button>
          </div>
        </Form>
      </div>
    </div>
  );
}
