import { Form, redirect, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { z } from "zod";
import type { Route } from "./+types/sign-in";
import { contextFor } from "../../platform/http/request";
import { clientAddress } from "../../platform/http/client-address";
import { safeReturnTo } from "../../platform/http/return-to";
import { signInWithPassword } from "../../domain/accounts/sign-in";
import { signInSchema } from "../../domain/accounts/schemas";
import { handleUseCaseError, readForm } from "../lib/forms.server";
import { sessionCookie } from "../lib/session.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt } from "../components/forms";
import { AccountLink } from "../components/account";
import { useT } from "../i18n/react";
import { OidcLoginLink } from "../components/OidcLoginLink";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

const formSchema = signInSchema.extend({ returnTo: z.string().optional() });

export async function loader({ request }: Route.LoaderArgs) {
  const { actor, lang } = await contextFor(request);
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get("returnTo"));
  if (actor.kind === "person") throw redirect(returnTo);
  return { title: pageTitle(lang, "account.signIn.title"), returnTo };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, formSchema);
  if (failure) return failure;
  const { db, municipality, chosenLang } = await contextFor(request);
  try {
    const { sessionToken } = await signInWithPassword(db, data, { municipalityId: municipality.id, ip: clientAddress(request), chosenLang });
    return redirect(safeReturnTo(data.returnTo), { headers: { "Set-Cookie": sessionCookie(sessionToken) } });
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const unverified = actionData?.errors._form?.some((message) => message.key === "account.signIn.unverified");
  const [search] = useSearchParams();
  const action = useActionAt(PAGE_ERRORS, { returnTo: search.get("returnTo") });
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("account.signIn.title")}
      </Heading>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      {unverified && (
        <Paragraph>
          <AccountLink to="/bekreft-epost/ny">{t("account.signIn.resend")}</AccountLink>
        </Paragraph>
      )}
      <Form method="post" action={action} className="stack">
        <CsrfField />
        <input type="hidden" name="returnTo" value={loaderData.returnTo} />
        <TextField name="email" type="email" label={t("account.field.email")} autoComplete="email" required state={actionData} />
        <TextField name="password" type="password" label={t("account.field.password")} autoComplete="current-password" required state={actionData} />
        <div>
          <Button type="submit">{t("account.signIn.submit")}</Button>
        </div>
      </Form>
      <div>
        <OidcLoginLink returnTo={loaderData.returnTo} />
      </div>
      <Paragraph>
        <AccountLink to="/glemt-passord">{t("account.signIn.forgot")}</AccountLink>
      </Paragraph>
      <Paragraph>
        {t("account.signIn.noAccount")} <AccountLink to="/registrer">{t("account.signUp.title")}</AccountLink>
      </Paragraph>
    </div>
  );
}
