import { Link as RouterLink } from "react-router";
import { Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Route } from "./+types/my-organizations";
import { listMyOrganizations } from "../../domain/organizations/mine";
import { contextFor } from "../../platform/http/request";
import { throwForAccess } from "../lib/forms.server";
import { pageTitle } from "../lib/title.server";
import { DataTable } from "../components/DataTable";
import { useT } from "../i18n/react";

export async function loader({ request }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  try {
    return { title: pageTitle(lang, "organization.mine.title"), organizations: await listMyOrganizations(db, actor) };
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export default function MyOrganizations({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("organization.mine.title")}
      </Heading>
      <Paragraph>{t("organization.mine.lead")}</Paragraph>
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
          { header: t("organization.contacts.role"), cell: (o) => t(`organization.mine.role.${o.role}`) },
          {
            header: t("organization.field.verified"),
            cell: (o) => <Tag data-color={o.verified ? "success" : "warning"}>{t(o.verified ? "organization.verified" : "organization.unverified")}</Tag>,
          },
          {
            header: t("organization.contacts.actions"),
            cell: (o) =>
              o.role === "org_admin" ? (
                <Link asChild>
                  <RouterLink to={`/organisasjoner/${o.id}/rediger`} aria-label={`${t("organization.mine.edit")}: ${o.name}`}>
                    {t("organization.mine.edit")}
                  </RouterLink>
                </Link>
              ) : null,
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
