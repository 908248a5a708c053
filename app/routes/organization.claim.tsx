import { Form, redirect } from "react-router";
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/organization.claim";
import { claimOrganization, claimOrganizationForm, getClaimPage } from "../../domain/organizations/claims";
import { contextFor } from "../../platform/http/request";
import { formatDate } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { handleUseCaseError, readForm } from "../lib/forms.server";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt } from "../components/forms";
import { StatusRegion } from "../components/StatusRegion";
import { useI18n } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export const links = adminLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  return loadForAdmin(request, ({ db, actor }) => getClaimPage(db, actor, { organizationId: params.id }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, claimOrganizationForm);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  try {
    await claimOrganization(db, actor, { organizationId: params.id, ...data });
    return redirect(`/organisasjoner/${params.id}/overta`);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

function ClaimForm({ organization, actionData }: { organization: string; actionData: Route.ComponentProps["actionData"] }) {
  const { t } = useI18n();
  const action = useActionAt(PAGE_ERRORS);
  return (
    <>
      <Paragraph>{t("orgResources.claim.lead", { organization })}</Paragraph>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <Form method="post" action={action} className="stack">
        <CsrfField />
        <TextField
          name="message"
          label={t("orgResources.claim.message")}
          description={t("orgResources.claim.messageHelp")}
          state={actionData}
          required
          multiline
        />
        <div>
          <Button type="submit">{t("orgResources.claim.submit")}</Button>
        </div>
      </Form>
    </>
  );
}

/** The request's receipt takes the form's place in a live region that stays, so it is read out once sent. */
export default function ClaimOrganization({ loaderData: p, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const organization = p.organization.name;
  return (
    <div className="stack narrow">
      <AdminHeading
        title={t("orgResources.claim.title", { organization })}
        back={{ to: `/organisasjoner/${p.organization.id}`, label: t("orgResources.backToOrganization", { organization }) }}
      />
      <StatusRegion>
        {p.pendingSince && <Alert data-color="info">{t("orgResources.claim.pending", { organization, date: formatDate(lang, p.pendingSince) })}</Alert>}
      </StatusRegion>
      {!p.pendingSince &&
        (p.notClaimable ? (
          <Paragraph>{t(`orgResources.claim.notClaimable.${p.notClaimable}`, { organization })}</Paragraph>
        ) : (
          <ClaimForm organization={organization} actionData={actionData} />
        ))}
    </div>
  );
}
