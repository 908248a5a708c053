import { Form, Link as RouterLink, redirect, useSearchParams } from "react-router";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/organization.invitation";
import { acceptInvitation, acceptInvitationForm, checkInvitation, INVITATION_PAGE, type InvitationStatus } from "../../domain/organizations/members";
import type { Lang } from "../../platform/i18n/languages";
import { contextFor } from "../../platform/http/request";
import { handleUseCaseError, readForm } from "../lib/forms.server";
import { pageTitle } from "../lib/title.server";
import { CsrfField } from "../components/CsrfField";
import { FormErrors, PAGE_ERRORS, useActionAt } from "../components/forms";
import { Confirmation, LinkProblem } from "../components/account";
import { useT } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

/**
 * Opening the link only shows what it is for and a button: mail scanners open links too, and must not
 * use the invitation up. After accepting, the same address says the person is in.
 */
/** The title says what the page says: whose invitation it is, or why the link does not work. */
function titleOf(lang: Lang, invitation: InvitationStatus): string {
  switch (invitation.status) {
    case "valid":
      return pageTitle(lang, "orgResources.invitation.title", { organization: invitation.organizationName });
    case "joined":
      return pageTitle(lang, "orgResources.invitation.joined.title", { organization: invitation.organizationName });
    default:
      return pageTitle(lang, `orgResources.invitation.${invitation.status}.title`);
  }
}

export async function loader({ request }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const invitation = token ? await checkInvitation(db, actor, { token }) : ({ status: "invalid" } as const);
  return {
    title: titleOf(lang, invitation),
    invitation,
    token: invitation.status === "valid" ? token : "",
    you: actor.kind === "person" ? actor.email : "",
    here: url.pathname + url.search,
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, acceptInvitationForm);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  try {
    await acceptInvitation(db, actor, data);
    return redirect(`${INVITATION_PAGE}?token=${encodeURIComponent(data.token)}`);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

function AppLink({ to, children }: { to: string; children: string }) {
  return (
    <Link asChild>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}

export default function OrganizationInvitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { invitation } = loaderData;
  const [search] = useSearchParams();
  const action = useActionAt(PAGE_ERRORS, { token: search.get("token") });
  if (invitation.status === "joined") {
    const base = `/organisasjoner/${invitation.organizationId}`;
    const role = t(`orgResources.members.role.${invitation.role}`);
    return (
      <Confirmation title={t("orgResources.invitation.joined.title", { organization: invitation.organizationName })}>
        <Paragraph>{t("orgResources.invitation.joined.body", { role, organization: invitation.organizationName })}</Paragraph>
        {invitation.role === "org_admin" ? (
          <ul>
            <li>
              <AppLink to={`${base}/ressurser`}>{t("orgResources.invitation.joined.resources")}</AppLink>
            </li>
            <li>
              <AppLink to={`${base}/medlemmer`}>{t("orgResources.invitation.joined.members")}</AppLink>
            </li>
          </ul>
        ) : (
          <Paragraph>
            <AppLink to={base}>{invitation.organizationName}</AppLink>
          </Paragraph>
        )}
      </Confirmation>
    );
  }
  if (invitation.status !== "valid") {
    return (
      <LinkProblem
        status={invitation.status}
        texts={{
          used: ["orgResources.invitation.used.title", "orgResources.invitation.used.body"],
          expired: ["orgResources.invitation.expired.title", "orgResources.invitation.expired.body"],
          invalid: ["orgResources.invitation.invalid.title", "orgResources.invitation.invalid.body"],
        }}
        next={{ to: "/", label: "error.backHome" }}
      />
    );
  }
  const role = t(`orgResources.members.role.${invitation.role}`);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("orgResources.invitation.title", { organization: invitation.organizationName })}
      </Heading>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <Paragraph>{t("orgResources.invitation.lead", { role, organization: invitation.organizationName })}</Paragraph>
      <Paragraph>{t("orgResources.invitation.sentTo", { email: invitation.email })}</Paragraph>
      {invitation.holder === "invitee" ? (
        <Form method="post" action={action}>
          <CsrfField />
          <input type="hidden" name="token" value={loaderData.token} />
          <Button type="submit">{t("orgResources.invitation.accept")}</Button>
        </Form>
      ) : invitation.holder === "otherAccount" ? (
        <Alert data-color="warning">{t("orgResources.invitation.otherAccount", { email: invitation.email, you: loaderData.you })}</Alert>
      ) : invitation.holder === "unconfirmedAddress" ? (
        <Alert data-color="warning">
          <Paragraph>{t("orgResources.invitation.unconfirmedAddress", { email: invitation.email })}</Paragraph>
          <AppLink to="/bekreft-epost/ny">{t("account.signIn.resend")}</AppLink>
        </Alert>
      ) : (
        <>
          <Paragraph>{t("orgResources.invitation.signInFirst")}</Paragraph>
          <ul>
            <li>
              <AppLink to={`/logg-inn?returnTo=${encodeURIComponent(loaderData.here)}`}>{t("orgResources.invitation.signIn")}</AppLink>
            </li>
            <li>
              <AppLink to="/registrer">{t("orgResources.invitation.signUp")}</AppLink>
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
