import { Form, Link as RouterLink, redirect } from "react-router";
import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/invitation";
import { claimThroughOutreach, openOutreachInvitation, OUTREACH_LINK_DAYS } from "../../domain/organizations/outreach";
import { contextFor } from "../../platform/http/request";
import { handleUseCaseError, readEmptyForm } from "../lib/forms.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, useActionAt } from "../components/forms";
import { useT } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

/** Where a new admin goes to fill in the profile. */
const profileEditor = (organizationId: string) => `/organisasjoner/${organizationId}/rediger`;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  const invitation = await openOutreachInvitation(db, actor, { token: params.token });
  const title =
    invitation.status === "invalid"
      ? pageTitle(lang, "outreach.invitation.invalid.title")
      : pageTitle(lang, "outreach.invitation.title", { organization: invitation.organizationName });
  return { invitation, signedIn: actor.kind === "person", here: new URL(request.url).pathname, title, linkDays: OUTREACH_LINK_DAYS };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }, { name: "referrer", content: "no-referrer" }];
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await readEmptyForm(request);
  const { db, actor } = await contextFor(request);
  try {
    const { organizationId } = await claimThroughOutreach(db, actor, { token: params.token });
    return redirect(profileEditor(organizationId));
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { invitation, signedIn, here, linkDays } = loaderData;
  const action = useActionAt(PAGE_ERRORS);
  if (invitation.status === "invalid") {
    return (
      <div className="stack narrow">
        <Heading level={1} data-size="lg">
          {t("outreach.invitation.invalid.title")}
        </Heading>
        <Paragraph>{t("outreach.invitation.invalid.body")}</Paragraph>
      </div>
    );
  }
  const organization = invitation.organizationName;
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("outreach.invitation.title", { organization })}
      </Heading>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <Paragraph>{t("outreach.invitation.lead", { organization })}</Paragraph>
      {invitation.isAdmin ? (
        <>
          <Paragraph>{t("outreach.invitation.youAreAdmin", { organization })}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={profileEditor(invitation.organizationId)}>{t("outreach.invitation.completeProfile")}</RouterLink>
            </Link>
          </Paragraph>
        </>
      ) : invitation.status === "claimed" ? (
        <Paragraph>{t("outreach.invitation.claimed", { organization })}</Paragraph>
      ) : invitation.status === "used" ? (
        <Paragraph>{t("outreach.invitation.used", { organization })}</Paragraph>
      ) : invitation.status === "expired" ? (
        <Paragraph>{t("outreach.invitation.expired", { days: linkDays })}</Paragraph>
      ) : signedIn ? (
        <Form method="post" action={action} className="stack">
          <CsrfField />
          <Paragraph>{t("outreach.invitation.claimHelp")}</Paragraph>
          <div>
            <Button type="submit">{t("outreach.invitation.claim", { organization })}</Button>
          </div>
        </Form>
      ) : (
        <>
          <div>
            <Button asChild>
              <RouterLink to={`/logg-inn?returnTo=${encodeURIComponent(here)}`}>{t("outreach.invitation.signIn")}</RouterLink>
            </Button>
          </div>
          <Paragraph>
            {t("outreach.invitation.signUp")}{" "}
            <Link asChild>
              <RouterLink to="/registrer">{t("outreach.invitation.signUpLink")}</RouterLink>
            </Link>
          </Paragraph>
        </>
      )}
    </div>
  );
}
