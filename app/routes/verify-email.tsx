import { Form, useLocation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/verify-email";
import { contextFor } from "../../platform/http/request";
import { checkVerificationLink, verifyEmail, type ConfirmationProof } from "../../domain/accounts/verify-email";
import { verifyEmailSchema } from "../../domain/accounts/schemas";
import { linkPageState, redeemLinkAction } from "../lib/email-link.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt } from "../components/forms";
import { OidcLoginLink } from "../components/OidcLoginLink";
import { AccountLink, Confirmation, LinkProblem } from "../components/account";
import { useT } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

const CONFIRMED = "bekreftet";

/**
 * Opening the link only shows a form: mail scanners open links too, and must neither use the link up nor be
 * handed the session. The form asks for the password (or an ID-porten sign-in) unless the person is signed
 * in to the account already: the address may have been registered by someone else (see ConfirmationProof).
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { lang } = await contextFor(request);
  const page = await linkPageState(request, checkVerificationLink, { param: CONFIRMED, state: "confirmed" });
  return { title: pageTitle(lang, "account.verify.title"), ...page };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export function action({ request }: Route.ActionArgs) {
  return redeemLinkAction(request, verifyEmailSchema, verifyEmail, `/bekreft-epost?${CONFIRMED}`);
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [search] = useSearchParams();
  const action = useActionAt(PAGE_ERRORS, { token: search.get("token") });
  if (loaderData.state === "confirmed") {
    return (
      <Confirmation title={t("account.verify.confirmed.title")}>
        <Paragraph>{t("account.verify.confirmed.body")}</Paragraph>
        <Paragraph>
          <AccountLink to="/">{t("error.backHome")}</AccountLink>
        </Paragraph>
      </Confirmation>
    );
  }
  if (loaderData.state !== "valid") {
    const next = loaderData.state === "used" ? { to: "/logg-inn", label: "nav.signIn" as const } : { to: "/bekreft-epost/ny", label: "account.link.requestNew" as const };
    return (
      <LinkProblem
        status={loaderData.state}
        texts={{
          used: ["account.verify.used.title", "account.verify.used.body"],
          expired: ["account.verify.expired.title", "account.verify.expired.body"],
          invalid: ["account.verify.invalid.title", "account.verify.invalid.body"],
        }}
        next={next}
      />
    );
  }
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("account.verify.title")}
      </Heading>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      {actionData?.errors._form?.some((message) => message.key === "account.link.unusable") && (
        <Paragraph>
          <AccountLink to="/bekreft-epost/ny">{t("account.link.requestNew")}</AccountLink>
        </Paragraph>
      )}
      <ConfirmationForm email={loaderData.email} token={loaderData.token} proof={loaderData.proof} action={action} state={actionData} />
      <Paragraph>{t("account.verify.notMe")}</Paragraph>
    </div>
  );
}

type ConfirmationFormProps = { email: string; token: string; proof?: ConfirmationProof; action: string; state: Route.ComponentProps["actionData"] };

/** The button, with the password field when it is needed; an ID-porten account without a session signs in first. */
function ConfirmationForm({ email, token, proof, action, state }: ConfirmationFormProps) {
  const t = useT();
  const location = useLocation();
  if (proof === "signIn") {
    return (
      <>
        <Paragraph>{t("account.verify.signInLead", { email })}</Paragraph>
        <div>
          <OidcLoginLink returnTo={location.pathname + location.search} />
        </div>
      </>
    );
  }
  return (
    <Form method="post" action={action} className="stack">
      <Paragraph>{t(proof === "password" ? "account.verify.passwordLead" : "account.verify.lead", { email })}</Paragraph>
      <CsrfField />
      <input type="hidden" name="token" value={token} />
      {proof === "password" && (
        <TextField name="password" type="password" label={t("account.field.password")} autoComplete="current-password" required state={state} />
      )}
      <div>
        <Button type="submit">{t("account.verify.submit")}</Button>
      </div>
      {proof === "password" && (
        <Paragraph>
          <AccountLink to="/glemt-passord">{t("account.signIn.forgot")}</AccountLink>
        </Paragraph>
      )}
    </Form>
  );
}
