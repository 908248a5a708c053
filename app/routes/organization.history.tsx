import { Link as RouterLink } from "react-router";
import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/organization.history";
import { listOrganizationHistory, type HistoryEntry } from "../../domain/organizations/history";
import { historyAboutText, historyValueText, type HistoryLabels } from "../../domain/organizations/history-values";
import { contextFor } from "../../platform/http/request";
import { formatDateTime } from "../../platform/i18n/format";
import { throwForAccess } from "../lib/forms.server";
import { pageTitle } from "../lib/title.server";
import { DataTable } from "../components/DataTable";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { useI18n, useTranslateKey } from "../i18n/react";
import { withinPages } from "../lib/paging.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  try {
    const page = new URL(request.url).searchParams.get(PAGE_PARAM) ?? undefined;
    const history = withinPages(request, await listOrganizationHistory(db, actor, { id: params.id, page }));
    return { title: pageTitle(lang, "organization.history.title", { name: history.organization.name }), history };
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

/** The file ids behind a logo change mean nothing to a reader; the action already says what happened. */
const HIDDEN_FIELDS = new Set(["logo"]);

/** The first of the keys the catalog has a text for, else the fallback. */
function useFirstText() {
  const translate = useTranslateKey();
  return (keys: string[], fallback: string) => keys.map((key) => [key, translate(key)]).find(([key, text]) => text !== key)?.[1] ?? fallback;
}

/** A profile's fields are named as its edit page names them, a resource's (its kind, seats …) as the resource form does. */
function useChangeText(labels: HistoryLabels) {
  const { t, lang } = useI18n();
  const firstText = useFirstText();
  const valueText = (field: string, value: unknown) =>
    field === "kind" && typeof value === "string"
      ? firstText([`orgResources.kind.${value}`], value)
      : historyValueText(field, value, labels, lang, t);
  return (change: HistoryEntry["changes"][number]) =>
    t("organization.history.change", {
      field: firstText([`organization.field.${change.field}`, `orgResources.field.${change.field}`], change.field),
      from: valueText(change.field, change.from),
      to: valueText(change.field, change.to),
    });
}

export default function OrganizationHistory({ loaderData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const translate = useTranslateKey();
  const { history } = loaderData;
  const changeText = useChangeText(history.labels);
  const actionName = (action: string) => {
    const key = `organization.action.${action}`;
    const text = translate(key);
    return text === key ? action : text;
  };
  const actorText = (e: HistoryEntry) => {
    if (e.byCommandLine) return t("organization.history.commandLineImport");
    return e.apiKeyName === null ? e.actorLabel : t("organization.history.apiKey", { name: e.apiKeyName });
  };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("organization.history.title", { name: history.organization.name })}
      </Heading>
      <Paragraph>{t("organization.history.lead")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/organisasjoner/${history.organization.id}/rediger`}>{t("organization.history.back")}</RouterLink>
        </Link>
      </Paragraph>
      <DataTable
        rows={history.items}
        rowKey={(e) => e.id}
        caption={t("organization.history.caption")}
        none={t("organization.history.none")}
        columns={[
          { header: t("organization.history.when"), cell: (e) => formatDateTime(lang, e.createdAt) },
          { header: t("organization.history.who"), cell: actorText },
          { header: t("organization.history.what"), cell: (e) => actionName(e.action) },
          {
            header: t("organization.history.changes"),
            cell: (e) => (
              <ul>
                {e.about && <li>{historyAboutText(e.action, e.about, translate)}</li>}
                {e.changes
                  .filter((c) => !HIDDEN_FIELDS.has(c.field))
                  .map((c) => (
                    <li key={c.field}>{changeText(c)}</li>
                  ))}
              </ul>
            ),
          },
        ]}
      />
      <PageLinks page={history.page} pageCount={history.pageCount} />
    </div>
  );
}
