import type { Route } from "./+types/verify-email-resend";
import { contextFor } from "../../platform/http/request";
import { resendVerification } from "../../domain/accounts/verify-email";
import { emailLinkAction } from "../lib/email-link.server";
import { pageTitle } from "../lib/title.server";
import { EmailLinkRequest } from "../components/account";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export async function loader({ request }: Route.LoaderArgs) {
  const { lang } = await contextFor(request);
  return { title: pageTitle(lang, "account.resend.title") };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export function action({ request }: Route.ActionArgs) {
  return emailLinkAction(request, resendVerification);
}

export default function ResendVerification({ actionData }: Route.ComponentProps) {
  return (
    <EmailLinkRequest
      state={actionData}
      texts={{
        title: "account.resend.title",
        lead: "account.resend.lead",
        submit: "account.resend.submit",
        doneTitle: "account.resend.done.title",
        doneBody: "account.resend.done.body",
      }}
    />
  );
}
