import { Form, redirect } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/verify-email";
import { contextFor } from "../../platform/http/request";
import { checkVerificationLink, verifyEmail } from "../../domain/accounts/verify-email";
import { linkSchema } from "../../domain/accounts/schemas";
import { handleUseCaseError, readForm } from "../lib/forms.server";
import { sessionCookie } from "../lib/session.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors } from "../components/forms";
import { AccountLink, Confirmation, LinkProblem } from "../components/account";
import { useT } from "../i18n/react";

const CONFIRMED = "bekreftet";

/**
 * Opening the link only shows a button: mail scanners open links too, and must neither use the link up
 * nor be handed the session. Pressing the button confirms the address and signs the person in.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  const url = new URL(request.url);
  const title = pageTitle(lang, "account.verify.title");
  if (url.searchParams.has(CONFIRMED) && actor.kind === "person") return { title, state: "confirmed" as const };
  const token = url.searchParams.get("token");
  if (!token) return { title, state: "invalid" as const };
  const link = await checkVerificationLink(db, { token }).catch(() => ({ status: "invalid" as const }));
  if (link.status !== "valid") return { title, state: link.status };
  return { title, state: "valid" as const, email: link.email, token };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, linkSchema);
  if (failure) return failure;
  const { db, municipality } = await contextFor(request);
  try {
    const { sessionToken } = await verifyEmail(db, data, { municipalityId: municipality.id });
    return redirect(`/bekreft-epost?${CONFIRMED}`, { headers: { "Set-Cookie": sessionCookie(sessionToken) } });
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
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
      <FormErrors state={actionData} />
      {actionData && (
        <Paragraph>
          <AccountLink to="/bekreft-epost/ny">{t("account.link.requestNew")}</AccountLink>
        </Paragraph>
      )}
      <Paragraph>{t("account.verify.lead", { email: loaderData.email })}</Paragraph>
      <Form method="post">
        <CsrfField />
        <input type="hidden" name="token" value={loaderData.token} />
        <Button type="submit">{t("account.verify.submit")}</Button>
      </Form>
    </div>
  );
}
