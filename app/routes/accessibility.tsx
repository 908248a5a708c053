import { Heading } from "@digdir/designsystemet-react";
import { publicPageHeaders } from "../lib/http.server";
import { useT } from "../i18n/react";

export const headers = publicPageHeaders;

export default function Page() {
  const t = useT();
  return <Heading level={1}>{t("shell.accessibility")}</Heading>;
}
