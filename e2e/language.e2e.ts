import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { Lang } from "../platform/i18n/languages";
import { login } from "./support/accounts";
import { checkA11y } from "./support/a11y";
import { journey } from "./support/journey";
import { documentLanguage, expectMainHeading, switchLanguage, text, visit } from "./support/pages";

const SCRIPTS: Partial<Record<Lang, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  uk: /\p{Script=Cyrillic}/u,
};

async function expectLanguage(page: Page, lang: Lang, dir: "ltr" | "rtl" = "ltr") {
  expect(await documentLanguage(page)).toEqual({ lang, dir });
  const lead = page.getByText(text(lang, "home.lead"));
  await lead.waitFor();
  const script = SCRIPTS[lang];
  if (script) expect(await lead.innerText()).toMatch(script);
}

journey("A visitor reads Dugnad in their own language", async ({ newPage }) => {
  const page = await newPage();
  await visit(page, "/");
  await expectLanguage(page, "nb");

  await switchLanguage(page, "nb", "nn");
  await expectLanguage(page, "nn");
  await switchLanguage(page, "nn", "en");
  await expectLanguage(page, "en");
  await switchLanguage(page, "en", "ar");
  await expectLanguage(page, "ar", "rtl");
  await switchLanguage(page, "ar", "uk");
  await expectLanguage(page, "uk");

  await page.getByRole("link", { name: text("uk", "shell.accessibility"), exact: true }).click();
  await page.waitForURL("**/tilgjengelighet");
  await expectMainHeading(page, text("uk", "shell.accessibility"));
  expect(await documentLanguage(page)).toEqual({ lang: "uk", dir: "ltr" });
  await checkA11y(page);

  await visit(page, "/personvern?lang=pl");
  await expectMainHeading(page, text("pl", "shell.privacy"));
  await page.getByRole("link", { name: text("pl", "nav.home"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expectLanguage(page, "pl");
  await checkA11y(page);

  await visit(page, "/denne-siden-finnes-ikke", 404);
  await expectMainHeading(page, text("pl", "error.notFound.title"));
  expect(await documentLanguage(page)).toEqual({ lang: "pl", dir: "ltr" });

  // A page only bokmål, nynorsk and English translate is read in English and marked so; the shell stays Polish.
  await login(page, "volunteer", "pl");
  await visit(page, "/organisasjoner/ny");
  await expectMainHeading(page, text("en", "organization.new.title"));
  expect(await documentLanguage(page)).toEqual({ lang: "pl", dir: "ltr" });
  expect(await page.locator('main [lang="en"]').count()).toBe(1);
  await visit(page, "/organisasjoner");
  expect(await page.locator('main [lang="en"]').count()).toBe(0);
});

/** Where each half of a select's chevron is drawn, in px from the select's left edge. */
async function chevronHalves(page: Page): Promise<number[]> {
  return page
    .locator("select")
    .first()
    .evaluate((select) =>
      getComputedStyle(select)
        .backgroundPositionX.split(",")
        .map((x) => {
          const probe = document.createElement("div");
          probe.style.position = "absolute";
          probe.style.left = x.replace(/100%/g, `${select.clientWidth}px`);
          document.body.append(probe);
          const left = probe.offsetLeft;
          probe.remove();
          return left;
        }),
    );
}

journey("Every visitor gets the service's typeface, and selects point down in every direction", async ({ newPage }) => {
  const page = await newPage();
  await visit(page, "/organisasjoner");
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Inter Variable",.*sans-serif$/);
  expect(await page.evaluate(() => document.fonts.check('16px "Inter Variable"', "Frivillighet"))).toBe(true);
  const [leftHalf, rightHalf] = await chevronHalves(page);
  expect(leftHalf).toBeLessThan(rightHalf!);

  await visit(page, "/organisasjoner?lang=ar");
  expect(await documentLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
  const [leftHalfRtl, rightHalfRtl] = await chevronHalves(page);
  expect(leftHalfRtl).toBeLessThan(rightHalfRtl!);
});
