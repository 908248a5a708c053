import { Tag } from "@digdir/designsystemet-react";
import type { OutboxStatus } from "../../domain/administration/outbox";
import { useT } from "../i18n/react";

const COLOR = { pending: "warning", kept: "info", sent: "success" } as const satisfies Record<OutboxStatus, string>;

export function OutboxStatusTag({ status }: { status: OutboxStatus }) {
  const t = useT();
  return <Tag data-color={COLOR[status]}>{t(`admin.outbox.status.${status}`)}</Tag>;
}
