import { data, Form, Link as RouterLink, redirect } from "react-router";
import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/oidc.complete";
import { completeOidcRegistration, linkOidcIdentity, oidcRegistrationForm } from "../../domain/accounts/oidc-sign-in";
import { OIDC_PENDING_COOKIE, openPendingRegistration } from "../../platform/auth/oidc";
import { readCookie } from "../../platform/http/cookies";
import { contextFor } from "../../platform/http/request";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, TextField } from "../components/forms";
import { useT } from "../i18n/react";
import { handleUseCaseError, readEmptyForm, readForm } from "../lib/forms.server";
import { clearedCookie, requireOidc } from "../lib/oidc.server";
import { sessionCookie } from "../lib/session.server";
import { pageTitle } from "../lib/title.server";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

const PATH = "/logg-inn/idporten/fullfor";

/**
 * After the provider vouched for someone we do not know: a new account (name and e-mail), or, for a
 * person who signed in with their password meanwhile, linking the identity to that account.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { name: provider } = requireOidc();
  const { actor, lang } = await contextFor(request);
  const pending = openPendingRegistration(readCookie(request, OIDC_PENDING_COOKIE));
  if (!pending) return data({ step: "expired" as const, provider, title: pageTitle(lang, "oidc.error.title") }, { status: 400 });
  if (actor.kind === "person") {
    return { step: "link" as const, provider, person: actor.name, title: pageTitle(lang, "oidc.link.title", { provider }) };
  }
  return { step: "register" as const, provider, name: pending.name ?? "", title: pageTitle(lang, "oidc.register.title") };
}

export async function action({ request }: Route.ActionArgs) {
  requireOidc();
  const { db, actor, lang } = await contextFor(request);
  const pending = openPendingRegistration(readCookie(request, OIDC_PENDING_COOKIE));
  if (!pending) return redirect(PATH);
  const headers = new Headers({ "Set-Cookie": clearedCookie(OIDC_PENDING_COOKIE) });
  if (actor.kind === "person") {
    const form = await readEmptyForm(request);
    try {
      await linkOidcIdentity(db, actor, { identity: pending.identity });
    } catch (error) {
      return handleUseCaseError(error, form, request);
    }
    return redirect(pending.returnTo, { headers });
  }
  const read = await readForm(request, oidcRegistrationForm);
  if (read.failure) return read.failure;
  try {
    const { sessionToken } = await completeOidcRegistration(db, actor, { ...read.data, lang, identity: pending.identity });
    headers.append("Set-Cookie", sessionCookie(sessionToken));
    return redirect(pending.returnTo, { headers });
  } catch (error) {
    return handleUseCaseError(error, read.form, request);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "" }];
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { provider } = loaderData;
  if (loaderData.step === "expired") {
    return (
      <div className="stack narrow">
        <Heading level={1} data-size="lg">
          {t("oidc.error.title")}
        </Heading>
        <Paragraph>{t("oidc.register.expired", { provider })}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/logg-inn/idporten" reloadDocument>
              {t("oidc.tryAgain", { provider })}
            </RouterLink>
          </Link>
        </Paragraph>
      </div>
    );
  }
  if (loaderData.step === "link") {
    return (
      <div className="stack narrow">
        <Heading level={1} data-size="lg">
          {t("oidc.link.title", { provider })}
        </Heading>
        <FormErrors state={actionData} />
        <Paragraph>{t("oidc.link.lead", { provider, person: loaderData.person })}</Paragraph>
        <Form method="post" className="stack">
          <CsrfField />
          <div>
            <Button type="submit">{t("oidc.link.submit", { provider })}</Button>
          </div>
        </Form>
      </div>
    );
  }
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("oidc.register.title")}
      </Heading>
      <FormErrors state={actionData} />
      <Paragraph>{t("oidc.register.lead", { provider })}</Paragraph>
      <Form method="post" className="stack">
        <CsrfField />
        <TextField name="name" label={t("oidc.register.name")} state={actionData} defaultValue={loaderData.name} autoComplete="name" required />
        <TextField
          name="email"
          type="email"
          label={t("oidc.register.email")}
          description={t("oidc.register.emailHint")}
          state={actionData}
          autoComplete="email"
          required
        />
        <div>
          <Button type="submit">{t("oidc.register.submit")}</Button>
        </div>
      </Form>
      <Paragraph>{t("oidc.register.haveAccount", { provider })}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/logg-inn?returnTo=${encodeURIComponent(PATH)}`}>{t("oidc.usePassword")}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
