import { useEffect, useRef } from "react";
import { Form, Link as RouterLink, redirect, useSearchParams } from "react-router";
import { Alert, Button, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Route } from "./+types/my-organizations";
import { leaveOrganization, leaveOrganizationForm } from "../../domain/organizations/members";
import { listMyOrganizations } from "../../domain/organizations/mine";
import { contextFor } from "../../platform/http/request";
import { handleUseCaseError, readForm, throwForAccess } from "../lib/forms.server";
import { pageTitle } from "../lib/title.server";
import { organizationLinks } from "../lib/organization-styles";
import { CsrfField } from "../components/CsrfField";
import { DataTable } from "../components/DataTable";
import { FormErrors } from "../components/forms";
import { StatusRegion } from "../components/StatusRegion";
import { useT } from "../i18n/react";

export const links = organizationLinks;

const PAGE = "/mine-organisasjoner";
/** Leaving asks first: the row's button opens this question, which works without JavaScript. */
const LEAVE_PARAM = "forlat";
const DONE_PARAM = "utfort";

/** The id of a row's "Forlat laget" link, where the question's "Avbryt" leads back to. */
const leaveLinkId = (organizationId: string) => `forlat-${organizationId}`;

export async function loader({ request }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  try {
    const organizations = await listMyOrganizations(db, actor);
    const leavingId = new URL(request.url).searchParams.get(LEAVE_PARAM);
    return { title: pageTitle(lang, "organization.mine.title"), organizations, leaving: organizations.find((o) => o.id === leavingId) ?? null };
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
}

export async function action({ request }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, leaveOrganizationForm);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  try {
    await leaveOrganization(db, actor, data);
    return redirect(`${PAGE}?${DONE_PARAM}=forlatt`);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

/**
 * The question before leaving, above the table. Its heading takes focus, so that with JavaScript (where the
 * row's link does not load a new page) the next Tab goes on to the answer instead of further down the table.
 * "Avbryt" leads back to the row's link: without JavaScript the browser focuses the address's fragment, and
 * with JavaScript, which does not, the question gives focus back to the link as it closes.
 */
function LeaveQuestion({ organization }: { organization: { id: string; name: string } }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    return () => document.getElementById(leaveLinkId(organization.id))?.focus();
  }, [organization.id]);
  return (
    <Alert data-color="warning">
      <Form method="post" className="stack">
        <Heading level={2} data-size="xs" ref={heading} tabIndex={-1}>
          {t("organization.mine.leaveQuestion", { organization: organization.name })}
        </Heading>
        <Paragraph>{t("organization.mine.leaveConsequence")}</Paragraph>
        <CsrfField />
        <input type="hidden" name="organizationId" value={organization.id} />
        <div className="button-row">
          <Button type="submit" data-color="danger">
            {t("organization.mine.leaveConfirm")}
          </Button>
          <Button asChild variant="secondary">
            <RouterLink to={`${PAGE}#${leaveLinkId(organization.id)}`}>{t("form.cancel")}</RouterLink>
          </Button>
        </div>
      </Form>
    </Alert>
  );
}

export default function MyOrganizations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [search] = useSearchParams();
  const { leaving } = loaderData;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("organization.mine.title")}
      </Heading>
      <Paragraph>{t("organization.mine.lead")}</Paragraph>
      <StatusRegion>{search.get(DONE_PARAM) === "forlatt" && <Alert data-color="success">{t("organization.mine.left")}</Alert>}</StatusRegion>
      <FormErrors state={actionData} />
      {leaving && <LeaveQuestion key={leaving.id} organization={leaving} />}
      <DataTable
        rows={loaderData.organizations}
        rowKey={(o) => o.id}
        caption={t("organization.mine.title")}
        none={t("organization.mine.none")}
        columns={[
          {
            header: t("organization.field.name"),
            cell: (o) => (
              <Link asChild>
                <RouterLink to={`/organisasjoner/${o.id}`}>{o.name}</RouterLink>
              </Link>
            ),
          },
          { header: t("organization.contacts.role"), cell: (o) => t(`orgResources.members.roleName.${o.role}`) },
          {
            header: t("organization.field.verified"),
            cell: (o) => <Tag data-color={o.verified ? "success" : "warning"}>{t(o.verified ? "organization.verified" : "organization.unverified")}</Tag>,
          },
          {
            header: t("organization.contacts.actions"),
            cell: (o) => (
              <div className="button-row">
                {o.role === "org_admin" && (
                  <Link asChild>
                    <RouterLink to={`/organisasjoner/${o.id}/rediger`} aria-label={t("organization.mine.editLabel", { organization: o.name })}>
                      {t("organization.mine.edit")}
                    </RouterLink>
                  </Link>
                )}
                <Button asChild variant="secondary" data-size="sm">
                  <RouterLink id={leaveLinkId(o.id)} to={`${PAGE}?${LEAVE_PARAM}=${o.id}`} aria-label={t("organization.mine.leaveLabel", { organization: o.name })}>
                    {t("organization.mine.leave")}
                  </RouterLink>
                </Button>
              </div>
            ),
          },
        ]}
      />
      <Paragraph>
        <Link asChild>
          <RouterLink to="/organisasjoner/ny">{t("organization.mine.register")}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
