import { Form } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/verify-email-resend";
import { contextFor } from "../../platform/http/request";
import { clientAddress } from "../../platform/http/client-address";
import { resendVerification } from "../../domain/accounts/verify-email";
import { emailSchema } from "../../domain/accounts/schemas";
import { handleUseCaseError, readForm } from "../lib/forms.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, TextField } from "../components/forms";
import { Confirmation } from "../components/account";
import { useT } from "../i18n/react";

export async function loader({ request }: Route.LoaderArgs) {
  const { lang } = await contextFor(request);
  return { title: pageTitle(lang, "account.resend.title") };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, emailSchema);
  if (failure) return failure;
  const { db, municipality, lang } = await contextFor(request);
  try {
    const { email } = await resendVerification(db, data, { municipalityId: municipality.id, ip: clientAddress(request), lang });
    return { ok: true as const, email };
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function ResendVerification({ actionData }: Route.ComponentProps) {
  const t = useT();
  if (actionData?.ok) {
    return (
      <Confirmation title={t("account.resend.done.title")}>
        <Paragraph>{t("account.resend.done.body", { email: actionData.email })}</Paragraph>
      </Confirmation>
    );
  }
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("account.resend.title")}
      </Heading>
      <Paragraph>{t("account.resend.lead")}</Paragraph>
      <FormErrors state={actionData} />
      <Form method="post" className="stack">
        <CsrfField />
        <TextField name="email" type="email" label={t("account.field.email")} autoComplete="email" required state={actionData} />
        <div>
          <Button type="submit">{t("account.resend.submit")}</Button>
        </div>
      </Form>
    </div>
  );
}
