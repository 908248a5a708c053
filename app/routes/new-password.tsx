import { Form, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/new-password";
import { contextFor } from "../../platform/http/request";
import { checkResetLink, resetPassword } from "../../domain/accounts/password-reset";
import { resetPasswordSchema } from "../../domain/accounts/schemas";
import { linkPageState, redeemLinkAction } from "../lib/email-link.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, useActionAt } from "../components/forms";
import { AccountLink, Confirmation, LinkProblem, NewPasswordField } from "../components/account";
import { useT } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

const SAVED = "lagret";

export async function loader({ request }: Route.LoaderArgs) {
  const { lang } = await contextFor(request);
  const page = await linkPageState(request, checkResetLink, { param: SAVED, state: "saved" });
  return { title: pageTitle(lang, "account.reset.title"), ...page };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export function action({ request }: Route.ActionArgs) {
  return redeemLinkAction(request, resetPasswordSchema, resetPassword, `/nytt-passord?${SAVED}`);
}

export default function NewPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [search] = useSearchParams();
  const action = useActionAt(PAGE_ERRORS, { token: search.get("token") });
  if (loaderData.state === "saved") {
    return (
      <Confirmation title={t("account.reset.saved.title")}>
        <Paragraph>{t("account.reset.saved.body")}</Paragraph>
        <Paragraph>
          <AccountLink to="/">{t("error.backHome")}</AccountLink>
        </Paragraph>
      </Confirmation>
    );
  }
  if (loaderData.state !== "valid") {
    return (
      <LinkProblem
        status={loaderData.state}
        texts={{
          used: ["account.reset.used.title", "account.reset.used.body"],
          expired: ["account.reset.expired.title", "account.reset.expired.body"],
          invalid: ["account.reset.invalid.title", "account.reset.invalid.body"],
        }}
        next={{ to: "/glemt-passord", label: "account.link.requestNew" }}
      />
    );
  }
  const linkUnusable = actionData?.errors._form?.some((message) => message.key === "account.link.unusable");
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("account.reset.title")}
      </Heading>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      {linkUnusable && (
        <Paragraph>
          <AccountLink to="/glemt-passord">{t("account.link.requestNew")}</AccountLink>
        </Paragraph>
      )}
      <Paragraph>{t("account.reset.lead", { email: loaderData.email })}</Paragraph>
      <Form method="post" action={action} className="stack">
        <CsrfField />
        <input type="hidden" name="token" value={loaderData.token} />
        {/* Lets a password manager store the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={loaderData.email} readOnly hidden />
        <NewPasswordField label="account.field.newPassword" state={actionData} />
        <div>
          <Button type="submit">{t("account.reset.submit")}</Button>
        </div>
      </Form>
    </div>
  );
}
