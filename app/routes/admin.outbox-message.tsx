import { Fragment, type ReactNode } from "react";
import { Heading } from "@digdir/designsystemet-react";
import type { Route } from "./+types/admin.outbox-message";
import { getOutboxMessage } from "../../domain/administration";
import { formatDateTime } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { linkify } from "../lib/linkify";
import { AdminHeading } from "../components/AdminHeading";
import { OutboxStatusTag } from "../components/OutboxStatusTag";
import { useI18n } from "../i18n/react";

export const links = adminLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  return loadForAdmin(request, ({ db, actor }) => getOutboxMessage(db, actor, { id: params.id }));
}

export default function OutboxMessage({ loaderData: m }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const facts: [string, ReactNode][] = [
    [t("admin.outbox.recipient"), m.recipient],
    [t("admin.outbox.status"), <OutboxStatusTag status={m.status} />],
    [t("admin.outbox.kind"), m.kind],
    [t("admin.outbox.created"), formatDateTime(lang, m.createdAt)],
    [t("admin.outbox.sentAt"), m.sentAt ? formatDateTime(lang, m.sentAt) : "–"],
    [t("admin.outbox.attempts"), m.attempts],
    ...(m.status === "pending" ? [[t("admin.outbox.nextAttempt"), formatDateTime(lang, m.nextAttemptAt)] as [string, string]] : []),
    [t("admin.outbox.lastError"), m.lastError ?? "–"],
  ];
  return (
    <div className="stack">
      <AdminHeading title={m.subject} back={{ to: "/admin/utboks", label: t("admin.outbox.back") }} />
      <dl className="admin-facts">
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <Heading level={2} data-size="sm">
        {t("admin.outbox.body")}
      </Heading>
      <pre className="admin-message-body">
        {linkify(m.body).map((part, index) =>
          part.href ? (
            <a key={index} href={part.href} className="ds-link">
              {part.text}
            </a>
          ) : (
            part.text
          ),
        )}
      </pre>
    </div>
  );
}
