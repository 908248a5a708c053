import { Link as RouterLink, redirect, useSearchParams } from "react-router";
import { Alert, Link, Tag } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination.claims";
import { decideClaim, decideClaimForm, listPendingClaims } from "../../domain/organizations/claims";
import { contextFor } from "../../platform/http/request";
import { formatDateTime } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { handleUseCaseError, readForm } from "../lib/forms.server";
import { AdminHeading } from "../components/AdminHeading";
import { DataTable } from "../components/DataTable";
import { FormErrors, PAGE_ERRORS, useActionAt } from "../components/forms";
import { RowAction } from "../components/RowAction";
import { StatusRegion } from "../components/StatusRegion";
import { useI18n } from "../i18n/react";

const DONE_PARAM = "utfort";
const DONE_MESSAGES = { approved: "orgResources.claims.approved", rejected: "orgResources.claims.rejected" } as const;

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  return loadForAdmin(request, async ({ db, actor }) => ({ claims: await listPendingClaims(db, actor) }));
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, decideClaimForm);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  try {
    const { status } = await decideClaim(db, actor, data);
    return redirect(`/koordinering/overtakelser?${DONE_PARAM}=${status}`);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function CoordinationClaims({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const done = search.get(DONE_PARAM) ?? "";
  const { claims } = loaderData;
  const action = useActionAt(PAGE_ERRORS);
  return (
    <div className="stack">
      <AdminHeading title={t("orgResources.claims.title")} back={{ to: "/koordinering", label: t("orgResources.claims.back") }} lead={t("orgResources.claims.lead")} />
      <StatusRegion>{done in DONE_MESSAGES && <Alert data-color="success">{t(DONE_MESSAGES[done as keyof typeof DONE_MESSAGES])}</Alert>}</StatusRegion>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <DataTable
        rows={claims}
        rowKey={(c) => c.id}
        caption={t("orgResources.claims.caption", { count: claims.length })}
        none={t("orgResources.claims.none")}
        columns={[
          {
            header: t("orgResources.claims.organization"),
            cell: (c) => (
              <Link asChild>
                <RouterLink to={`/organisasjoner/${c.organizationId}`}>{c.organizationName}</RouterLink>
              </Link>
            ),
          },
          { header: t("orgResources.claims.person"), cell: (c) => `${c.personName} (${c.personEmail})` },
          { header: t("orgResources.claims.message"), cell: (c) => c.message },
          { header: t("orgResources.claims.received"), cell: (c) => formatDateTime(lang, c.createdAt) },
          {
            header: t("orgResources.claims.actions"),
            cell: (c) => {
              const names = { person: c.personName, organization: c.organizationName };
              return (
                <div className="admin-actions">
                  {c.organizationHasAdmin ? (
                    <Tag data-color="warning">{t("orgResources.claims.nowHasAdmin")}</Tag>
                  ) : (
                    <RowAction
                      className="inline-form"
                      action={action}
                      intent="approve"
                      fields={{ claimId: c.id, decision: "approve" }}
                      label={t("orgResources.claims.approve")}
                      accessibleName={t("orgResources.claims.approveLabel", names)}
                    />
                  )}
                  <RowAction
                    className="inline-form"
                    action={action}
                    intent="reject"
                    fields={{ claimId: c.id, decision: "reject" }}
                    label={t("orgResources.claims.reject")}
                    accessibleName={t("orgResources.claims.rejectLabel", names)}
                    confirm={{ question: t("orgResources.claims.rejectQuestion"), button: t("orgResources.claims.rejectConfirm", names) }}
                  />
                </div>
              );
            },
          },
        ]}
      />
    </div>
  );
}
