import { Form, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/verify-email";
import { contextFor } from "../../platform/http/request";
import { checkVerificationLink, verifyEmail } from "../../domain/accounts/verify-email";
import { linkSchema } from "../../domain/accounts/schemas";
import { linkPageState, redeemLinkAction } from "../lib/email-link.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, useActionAt } from "../components/forms";
import { AccountLink, Confirmation, LinkProblem } from "../components/account";
import { useT } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

const CONFIRMED = "bekreftet";

/**
 * Opening the link only shows a button: mail scanners open links too, and must neither use the link up
 * nor be handed the session. Pressing the button confirms the address and signs the person in.
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
  return redeemLinkAction(request, linkSchema, verifyEmail, `/bekreft-epost?${CONFIRMED}`);
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
      {actionData && (
        <Paragraph>
          <AccountLink to="/bekreft-epost/ny">{t("account.link.requestNew")}</AccountLink>
        </Paragraph>
      )}
      <Paragraph>{t("account.verify.lead", { email: loaderData.email })}</Paragraph>
      <Form method="post" action={action}>
        <CsrfField />
        <input type="hidden" name="token" value={loaderData.token} />
        <Button type="submit">{t("account.verify.submit")}</Button>
      </Form>
    </div>
  );
}
