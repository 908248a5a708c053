import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/account-deleted";
import { contextFor } from "../../platform/http/request";
import { pageTitle } from "../lib/title.server";
import { AccountLink } from "../components/account";
import { useT } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export async function loader({ request }: Route.LoaderArgs) {
  const { lang } = await contextFor(request);
  return { title: pageTitle(lang, "account.deleted.title") };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

export default function AccountDeleted() {
  const t = useT();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("account.deleted.title")}
      </Heading>
      <Paragraph>{t("account.deleted.body")}</Paragraph>
      <Paragraph>
        <AccountLink to="/">{t("error.backHome")}</AccountLink>
      </Paragraph>
    </div>
  );
}
