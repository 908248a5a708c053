import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import type { Lang } from "../../platform/i18n/languages";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider, useI18n } from "../i18n/react";
import { PUBLIC_PAGE } from "../lib/page-language";
import Page from "./page-boundary";

/** A page showing a text every language has, and the language it formats in. */
function Probe() {
  const { t, lang } = useI18n();
  return <p>{`${t("directory.title")} (${lang})`}</p>;
}

function render(lang: Lang, handle?: unknown): string {
  const Stub = createRoutesStub([{ id: "boundary", path: "/", Component: Page, children: [{ id: "page", index: true, Component: Probe, handle }] }]);
  return renderToString(
    <I18nProvider lang={lang} messages={catalogs[lang]} english={catalogs.en}>
      <Stub />
    </I18nProvider>,
  );
}

describe("a page only bokmål, nynorsk and English translate, read in another language", () => {
  it("is English all through, also where the visitor's language has the text, and marked so", () => {
    const html = render("uk");
    expect(html).toContain(`lang="en"`);
    expect(html).toContain(`${catalogs.en["directory.title"]} (en)`);
    expect(html).not.toContain(catalogs.uk["directory.title"]);
  });

  it("leaves a public page, and every page in a full language, in the visitor's language", () => {
    expect(render("uk", PUBLIC_PAGE)).toContain(`${catalogs.uk["directory.title"]} (uk)`);
    expect(render("nn")).toContain(`${catalogs.nn["directory.title"]} (nn)`);
  });
});
