import { Link as RouterLink } from "react-router";
import { Card, CardBlock, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/admin";
import { getAdminOverview } from "../../domain/administration";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { AdminHeading } from "../components/AdminHeading";
import { useT } from "../i18n/react";
import type { MessageKey } from "../i18n/nb";

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  return loadForAdmin(request, ({ db, actor }) => getAdminOverview(db, actor));
}

export default function AdminOverview({ loaderData: o }: Route.ComponentProps) {
  const t = useT();
  const sections: { to: string; title: MessageKey; body: MessageKey; figures?: string }[] = [
    {
      to: "/admin/personer",
      title: "admin.overview.people.title",
      body: "admin.overview.people.body",
      figures: t("admin.overview.people.figures", { people: o.people, admins: o.admins }),
    },
    { to: "/admin/revisjon", title: "admin.overview.audit.title", body: "admin.overview.audit.body" },
    {
      to: "/admin/utboks",
      title: "admin.overview.outbox.title",
      body: "admin.overview.outbox.body",
      figures: t("admin.overview.outbox.figures", { pending: o.outboxPending, kept: o.outboxKept }),
    },
    {
      to: "/admin/api-nokler",
      title: "admin.overview.apiTokens.title",
      body: "admin.overview.apiTokens.body",
      figures: t("admin.overview.apiTokens.figures", { count: o.activeApiTokens }),
    },
  ];
  return (
    <div className="stack">
      <AdminHeading title={t("admin.title")} lead={t("admin.lead")} />
      <div className="cards">
        {sections.map((s) => (
          <Card key={s.to}>
            <CardBlock>
              <Heading level={2} data-size="sm">
                <Link asChild>
                  <RouterLink to={s.to}>{t(s.title)}</RouterLink>
                </Link>
              </Heading>
              <Paragraph>{t(s.body)}</Paragraph>
              {s.figures && <Paragraph data-size="sm">{s.figures}</Paragraph>}
            </CardBlock>
          </Card>
        ))}
      </div>
    </div>
  );
}
