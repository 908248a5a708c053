import { Form, redirect } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/organization.new";
import { ORGANIZATION_FORMS } from "../../domain/organizations/names";
import { registerInput } from "../../domain/organizations/profile-input";
import { registerOrganization } from "../../domain/organizations/profile";
import { contextFor } from "../../platform/http/request";
import { assertCan } from "../../platform/permissions";
import { handleUseCaseError, readForm, throwForAccess } from "../lib/forms.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt } from "../components/forms";
import { SelectField } from "../components/SelectField";
import { DuplicateLink } from "../components/organization/DuplicateLink";
import { useT } from "../i18n/react";

export async function loader({ request }: Route.LoaderArgs) {
  const { actor, lang } = await contextFor(request);
  try {
    assertCan(actor, "organization.create");
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
  return { title: pageTitle(lang, "organization.new.title") };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, registerInput);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  try {
    const { id } = await registerOrganization(db, actor, data);
    return redirect(`/organisasjoner/${id}/rediger?utfort=registrert`);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function NewOrganization({ actionData }: Route.ComponentProps) {
  const t = useT();
  const action = useActionAt(PAGE_ERRORS);
  const forms = [{ value: "", label: t("organization.form.none") }, ...ORGANIZATION_FORMS.map((code) => ({ value: code, label: t(`organization.form.${code}`) }))];
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("organization.new.title")}
      </Heading>
      <Paragraph>{t("organization.new.lead")}</Paragraph>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <DuplicateLink state={actionData} />
      <Form method="post" action={action} className="stack">
        <CsrfField />
        <TextField name="name" label={t("organization.field.name")} state={actionData} required />
        <TextField name="organizationNumber" label={t("organization.field.organizationNumber")} description={t("organization.new.numberHelp")} state={actionData} />
        <SelectField name="organizationForm" label={t("organization.field.organizationForm")} options={forms} state={actionData} />
        <TextField name="shortDescription" label={t("organization.field.shortDescription")} description={t("organization.shortDescriptionHelp")} state={actionData} />
        <TextField name="email" inputMode="email" label={t("organization.field.email")} state={actionData} />
        <TextField name="phone" type="tel" label={t("organization.field.phone")} state={actionData} />
        <TextField name="website" inputMode="url" label={t("organization.field.website")} state={actionData} autoComplete="url" />
        <div>
          <Button type="submit">{t("organization.new.submit")}</Button>
        </div>
      </Form>
    </div>
  );
}
