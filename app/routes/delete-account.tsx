import { Form, redirect } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/delete-account";
import { contextFor } from "../../platform/http/request";
import { UnauthenticatedError } from "../../platform/errors";
import { deleteMyAccount } from "../../domain/accounts/delete-account";
import { deleteAccountFormSchema } from "../../domain/accounts/schemas";
import { handleUseCaseError, readForm, throwForAccess } from "../lib/forms.server";
import { clearedSessionCookie } from "../lib/session.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt } from "../components/forms";
import { AccountLink } from "../components/account";
import { useT } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export async function loader({ request }: Route.LoaderArgs) {
  const { actor, lang } = await contextFor(request);
  if (actor.kind !== "person") throwForAccess(new UnauthenticatedError(), request);
  return { title: pageTitle(lang, "account.delete.title"), email: actor.kind === "person" ? actor.email : "" };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, deleteAccountFormSchema);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  try {
    await deleteMyAccount(db, actor, { personId: actor.kind === "person" ? actor.personId : "", confirmEmail: data.confirmEmail });
    return redirect("/konto-slettet", { headers: { "Set-Cookie": clearedSessionCookie() } });
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function DeleteAccount({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const action = useActionAt(PAGE_ERRORS);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("account.delete.title")}
      </Heading>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <Paragraph>{t("account.delete.lead")}</Paragraph>
      <Paragraph>{t("account.delete.kept")}</Paragraph>
      <Paragraph>
        {t("account.delete.downloadFirst")} <AccountLink to="/mine-data">{t("account.myData.title")}</AccountLink>
      </Paragraph>
      <Form method="post" action={action} className="stack">
        <CsrfField />
        <TextField
          name="confirmEmail"
          type="email"
          label={t("account.delete.confirmLabel")}
          description={t("account.delete.confirmHint", { email: loaderData.email })}
          autoComplete="off"
          required
          state={actionData}
        />
        <div>
          <Button type="submit" data-color="danger">
            {t("account.delete.submit")}
          </Button>
        </div>
      </Form>
    </div>
  );
}
