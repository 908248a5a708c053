import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import type { Lang } from "../../platform/i18n/languages";
import { routeArgs as args, withRouteTestWorld } from "../../platform/testing/routes";
import { insertMappedOrganization } from "../../domain/organizations/sector-fixtures";
import { organizationContact } from "../../domain/organizations/schema";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import * as directory from "./organizations";
import * as organization from "./organization";

const { conn, w, get } = withRouteTestWorld();
let id: string;

beforeAll(async () => {
  id = await insertMappedOrganization(
    conn.db,
    {
      municipalityId: w.municipality.id,
      name: "Bydelshuset (demo)",
      shortDescription: "Møteplass for alle.",
      description: "Vi låner ut lokaler.",
      phone: "71001000",
      email: "post@bydelshuset.test",
      organizationNumber: "123456789",
      languages: ["nb", "en", "ar"],
    },
    { resources: [{ kind: "premises", name: "Salen", capacity: 40, note: "Ring først." }] },
  );
  await conn.db.insert(organizationContact).values({ organizationId: id, name: "Kari Kontakt", email: "kari@bydelshuset.test", phone: "41234567" });
});

/** The page at `path` as the server renders it in `lang`, with the loader's data. */
function render(lang: Lang, path: string, Page: ComponentType): string {
  const Stub = createRoutesStub([{ id: "root", path: "/", children: [{ path: "*", Component: Page }] }]);
  const root = { municipalityName: "Testkommune", nav: [], person: null, lang, dir: lang === "ar" ? "rtl" : "ltr" };
  return renderToString(
    <I18nProvider lang={lang} messages={catalogs[lang]}>
      <Stub initialEntries={[path]} hydrationData={{ loaderData: { root } }} />
    </I18nProvider>,
  );
}

function page(module: { default: unknown }, loaderData: unknown): ComponentType {
  const Page = module.default as ComponentType<{ loaderData: unknown }>;
  return () => <Page loaderData={loaderData} />;
}

describe("left-to-right data and organisations' own text on an Arabic page", () => {
  it("isolate the phone number, e-mail and organisation number, and give the organisation's text its own direction", async () => {
    const data = await organization.loader(args(await get(`/organisasjoner/${id}?lang=ar`, w.coordinator.personId), { id }));
    const html = render("ar", `/organisasjoner/${id}`, page(organization, data));
    expect(html).toMatch(/<bdi dir="ltr"><a [^>]*href="tel:71001000"[^>]*>71 00 10 00<\/a><\/bdi>/);
    expect(html).toMatch(/<bdi dir="ltr"><a [^>]*href="mailto:post@bydelshuset.test"/);
    expect(html).toContain('<bdi dir="ltr">123456789</bdi>');
    expect(html).toMatch(/<h1[^>]*dir="auto"[^>]*>Bydelshuset \(demo\)<\/h1>/);
    expect(html).toMatch(/<p[^>]*dir="auto"[^>]*>Møteplass for alle.<\/p>/);
    expect(html).toMatch(/<p[^>]*dir="auto"[^>]*>Vi låner ut lokaler.<\/p>/);
    expect(html).toContain(`<strong><bdi>Salen</bdi></strong> – <bdi>${catalogs.ar["directory.resource.capacity"].replace("{count}", "40")}</bdi>. <bdi>Ring først.</bdi>`);
    expect(html).toContain('<bdi>Kari Kontakt</bdi> · <bdi dir="ltr">kari@bydelshuset.test</bdi> · <bdi dir="ltr">412 34 567</bdi>');
  });

  it("give organisations' names and summaries in the directory their own direction, and list languages as Arabic does", async () => {
    const data = await directory.loader(args(await get("/organisasjoner?lang=ar&q=bydelshuset")));
    const html = render("ar", "/organisasjoner", page(directory, data));
    expect(html).toMatch(/<h3[^>]*dir="auto"/);
    expect(html).toMatch(/<p[^>]*dir="auto"[^>]*>Møteplass for alle.<\/p>/);
    expect(html).toContain("النرويجية بوكمال والإنجليزية والعربية");
  });
});

describe("the language switcher", () => {
  it("keeps the search, filters and page number, and sends the new language instead of the old", () => {
    const html = render("nb", "/organisasjoner?q=eldre&category=4.1&side=2&lang=en", LanguageSwitcher);
    const hidden = [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"\/>/g)].map(([, name, value]) => `${name}=${value}`);
    expect(hidden).toEqual(["q=eldre", "category=4.1", "side=2"]);
    expect(html).toContain('action="/organisasjoner"');
  });
});

describe("tags", () => {
  it("may wrap: designsystemet draws them one line wide, which overflows a 320 px screen in long translations", () => {
    const css = readFileSync(new URL("../styles/app.css", import.meta.url), "utf8");
    const rule = /(?:^|\n)\.ds-tag \{([^}]*)\}/.exec(css)?.[1];
    expect(rule).toContain("width: auto;");
    expect(rule).toContain("max-width: 100%;");
  });
});
