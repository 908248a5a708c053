import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import type { Lang } from "../../platform/i18n/languages";
import { withRouteTestWorld } from "../../platform/testing/routes";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import { LegalPage } from "../components/LegalPage";
import { loader as rootLoader } from "../root";
import { loader as privacyLoader } from "./privacy";
import { loader as accessibilityLoader } from "./accessibility";

// The world's municipality keeps the routes from seeding the demo data.
withRouteTestWorld();

function args(path: string) {
  return { request: new Request(`http://localhost${path}`), params: {}, context: {} } as never;
}

function renderLegal(lang: Lang): string {
  return renderToString(
    <I18nProvider lang={lang} messages={catalogs[lang]}>
      <LegalPage title="shell.privacy">
        <p>{catalogs[lang]["legal.privacy.lead"]}</p>
      </LegalPage>
    </I18nProvider>,
  );
}

describe("page language and direction", () => {
  it("writes Arabic right to left and the other languages left to right", async () => {
    const arabic = await rootLoader(args("/?lang=ar"));
    expect(arabic.data).toMatchObject({ lang: "ar", dir: "rtl" });
    const ukrainian = await rootLoader(args("/?lang=uk"));
    expect(ukrainian.data).toMatchObject({ lang: "uk", dir: "ltr" });
  });

  it("titles the statements in the visitor's language", async () => {
    expect((await privacyLoader(args("/personvern?lang=pl"))).title).toBe(catalogs.pl["shell.privacy"]);
    expect((await accessibilityLoader(args("/tilgjengelighet?lang=nn"))).title).toBe("Tilgjengeerklæring");
  });

  it("names the cookies the app really sets, with the session's real lifetime", async () => {
    const facts = await privacyLoader(args("/personvern"));
    expect(facts.cookies).toEqual({ session: "dugnad_session", csrf: "dugnad_csrf", lang: "dugnad_lang" });
    expect(facts.sessionDays).toBe(14);
  });
});

describe("statements in languages without their own text", () => {
  it("shows English marked as English, left to right, with a note in the visitor's language", () => {
    const html = renderLegal("ar");
    expect(html).toContain('<article class="stack" lang="en" dir="ltr">');
    expect(html).toContain(catalogs.ar["fallback.englishOnly"]);
    expect(html).toContain(catalogs.en["legal.privacy.lead"]);
  });

  it("marks nothing extra where the statement is in the page's own language", () => {
    const html = renderLegal("nn");
    expect(html).toContain('<article class="stack">');
    expect(html).not.toContain(catalogs.nn["fallback.englishOnly"]);
  });
});
