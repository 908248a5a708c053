import { Form, redirect } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/sign-up";
import { contextFor } from "../../platform/http/request";
import { clientAddress } from "../../platform/http/client-address";
import { signUp } from "../../domain/accounts/sign-up";
import { signUpSchema } from "../../domain/accounts/schemas";
import { handleUseCaseError, readForm } from "../lib/forms.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt } from "../components/forms";
import { AccountLink, Confirmation, NewPasswordField } from "../components/account";
import { useT } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export async function loader({ request }: Route.LoaderArgs) {
  const { actor, lang } = await contextFor(request);
  if (actor.kind === "person") throw redirect("/mine-data");
  return { title: pageTitle(lang, "account.signUp.title") };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, signUpSchema);
  if (failure) return failure;
  const { db, municipality, lang } = await contextFor(request);
  try {
    const { email } = await signUp(db, data, { municipalityId: municipality.id, ip: clientAddress(request), lang });
    return { ok: true as const, email };
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function SignUp({ actionData }: Route.ComponentProps) {
  const t = useT();
  const action = useActionAt(PAGE_ERRORS);
  if (actionData?.ok) {
    return (
      <Confirmation title={t("account.signUp.done.title")}>
        <Paragraph>{t("account.signUp.done.body", { email: actionData.email })}</Paragraph>
        <Paragraph>{t("account.signUp.done.noMail")}</Paragraph>
        <Paragraph>
          <AccountLink to="/bekreft-epost/ny">{t("account.link.requestNew")}</AccountLink>
        </Paragraph>
      </Confirmation>
    );
  }
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("account.signUp.title")}
      </Heading>
      <Paragraph>{t("account.signUp.lead")}</Paragraph>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <Form method="post" action={action} className="stack">
        <CsrfField />
        <TextField name="name" label={t("account.field.name")} autoComplete="name" required state={actionData} />
        <TextField name="email" type="email" label={t("account.field.email")} autoComplete="email" required state={actionData} />
        <NewPasswordField label="account.field.password" state={actionData} />
        <div>
          <Button type="submit">{t("account.signUp.submit")}</Button>
        </div>
      </Form>
      <Paragraph>
        {t("account.signUp.haveAccount")} <AccountLink to="/logg-inn">{t("account.signIn.title")}</AccountLink>
      </Paragraph>
    </div>
  );
}
