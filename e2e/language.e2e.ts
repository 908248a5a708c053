import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { Lang } from "../platform/i18n/languages";
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
});
