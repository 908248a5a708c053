import type { Route } from "./+types/forgot-password";
import { contextFor } from "../../platform/http/request";
import { requestPasswordReset } from "../../domain/accounts/password-reset";
import { emailLinkAction } from "../lib/email-link.server";
import { pageTitle } from "../lib/title.server";
import { EmailLinkRequest } from "../components/account";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export async function loader({ request }: Route.LoaderArgs) {
  const { lang } = await contextFor(request);
  return { title: pageTitle(lang, "account.forgot.title") };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export function action({ request }: Route.ActionArgs) {
  return emailLinkAction(request, requestPasswordReset);
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  return (
    <EmailLinkRequest
      state={actionData}
      texts={{
        title: "account.forgot.title",
        lead: "account.forgot.lead",
        submit: "account.forgot.submit",
        doneTitle: "account.forgot.done.title",
        doneBody: "account.forgot.done.body",
      }}
    />
  );
}
