import { Link as RouterLink } from "react-router";
import { Card, CardBlock, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Route } from "./+types/organizations";
import { searchDirectory } from "../../domain/organizations/directory";
import { localizedName } from "../../domain/organizations/vocabulary";
import { contextFor } from "../../platform/http/request";
import { queryOf } from "../lib/admin.server";
import { filterChoicesIn, languageNames } from "../lib/directory.server";
import { publicPageHeaders } from "../lib/http.server";
import { withinPages } from "../lib/paging.server";
import { pageTitle } from "../lib/title.server";
import { OrganizationFilters } from "../components/OrganizationFilters";
import { PAGE_PARAM, PageLinks } from "../components/PageLinks";
import { useRootData } from "../root";
import { useI18n } from "../i18n/react";
import { formatList } from "../../platform/i18n/format";
import directoryCss from "../styles/directory.css?url";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export const headers = publicPageHeaders;
export const links = () => [{ rel: "stylesheet", href: directoryCss }];

export async function loader({ request }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  const query = queryOf(request);
  const { choices, ...result } = withinPages(request, await searchDirectory(db, actor, { ...query, page: query[PAGE_PARAM] }));
  const items = result.items.map((item) => ({
    ...item,
    categories: item.categories.map((c) => localizedName(c.name, lang)),
    languages: languageNames(item.languages, lang),
  }));
  return { result: { ...result, items }, menus: filterChoicesIn(lang, choices), title: pageTitle(lang, "directory.title") };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "" }];
}

export default function Directory({ loaderData: { result, menus } }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const { municipalityName } = useRootData();
  return (
    <div className="stack">
      <Heading level={1} data-size="xl">
        {t("directory.title")}
      </Heading>
      <Paragraph data-size="lg">{t("directory.lead", { municipality: municipalityName })}</Paragraph>
      <OrganizationFilters values={result} menus={menus} resetTo="/organisasjoner" />
      <Paragraph>
        {t("directory.register.title")}{" "}
        <Link asChild>
          <RouterLink to="/organisasjoner/ny">{t("directory.register.link")}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={2} data-size="sm" aria-live="polite">
        {t("directory.results", { total: result.total })}
      </Heading>
      {result.items.length === 0 ? (
        <Paragraph>{t("directory.none")}</Paragraph>
      ) : (
        <ul className="org-list">
          {result.items.map((item) => (
            <li key={item.id}>
              <Card>
                <CardBlock>
                  {/* Names and summaries are the organisations' own text, most often Norwegian: on an Arabic page
                      they keep their own direction, with their punctuation where they wrote it. */}
                  <Heading level={3} data-size="xs" dir="auto">
                    <Link asChild>
                      <RouterLink to={`/organisasjoner/${item.id}`}>{item.name}</RouterLink>
                    </Link>
                  </Heading>
                  {item.summary && <Paragraph dir="auto">{item.summary}</Paragraph>}
                  <ul className="org-tags">
                    <li>
                      <Tag data-color={item.verified ? "success" : "neutral"}>{t(item.verified ? "directory.verified" : "directory.unverified")}</Tag>
                    </li>
                    {item.categories.map((name) => (
                      <li key={name}>
                        <Tag data-color="info">{name}</Tag>
                      </li>
                    ))}
                  </ul>
                  {item.languages.length > 0 && <Paragraph data-size="sm">{t("directory.speaks", { languages: formatList(lang, item.languages) })}</Paragraph>}
                </CardBlock>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <PageLinks page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
