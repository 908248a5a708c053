import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { Lang } from "../platform/i18n/languages";
import { checkA11y } from "./support/a11y";
import { login } from "./support/accounts";
import { journey } from "./support/journey";
import { expectMainHeading, text } from "./support/pages";

// From the demo data (domain/organizations/demo-profiles.ts): one with a cooperation agreement, one without.
const WITH_AGREEMENT = "Frei Sanitetsforening";
const WITHOUT_AGREEMENT = "Kirkelandet Seniorforening";
const DEMO_ORGANIZATION = "Nordlandet Frivilligsentral (demo)";

journey("The coordinator asks the sector map who has a cooperation agreement", async ({ newPage }) => {
  const page = await newPage();
  await page.goto("/koordinering/organisasjoner");
  await login(page, "coordinator");
  await expectMainHeading(page, text("nb", "sectorMap.title"));
  await page.getByRole("cell", { name: WITHOUT_AGREEMENT }).first().waitFor();

  // The box is found by its label, and ticking it by the label works without JavaScript too.
  await page.getByText(text("nb", "sectorMap.agreement"), { exact: true }).click();
  expect(await page.getByLabel(text("nb", "sectorMap.agreement"), { exact: true }).isChecked()).toBe(true);
  await page.getByRole("button", { name: text("nb", "directory.submit"), exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("agreement") === "on");
  // With JavaScript the address changes before the new rows are shown: wait for the old row to go.
  await page.getByRole("cell", { name: WITHOUT_AGREEMENT }).first().waitFor({ state: "detached" });
  await page.getByRole("cell", { name: WITH_AGREEMENT }).first().waitFor();
  expect(await page.getByLabel(text("nb", "sectorMap.agreement"), { exact: true }).isChecked()).toBe(true);
  await checkA11y(page);
});

/** Whether any level-1 heading is wider than its box: on a right-to-left page the overflow cannot be scrolled to. */
async function headingsOverflow(page: Page): Promise<string[]> {
  return page.locator("h1").evaluateAll((headings) => headings.filter((h) => h.scrollWidth > h.clientWidth + 1).map((h) => h.textContent ?? ""));
}

async function expectFitsNarrowScreen(page: Page, path: string, lang: Lang): Promise<void> {
  await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
  await page.locator("h1").first().waitFor();
  expect(await headingsOverflow(page), `${path} in ${lang}`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} in ${lang}`).toBeLessThanOrEqual(320);
}

journey("A visitor on a 320 px screen reads the directory's headings whole, in any language", async ({ newPage }) => {
  const page = await newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/organisasjoner?q=${encodeURIComponent(DEMO_ORGANIZATION)}`);
  await page.getByRole("link", { name: DEMO_ORGANIZATION, exact: true }).click();
  await page.waitForURL((url) => /^\/organisasjoner\/[0-9a-f-]{36}$/.test(url.pathname));
  const profile = new URL(page.url()).pathname;
  for (const lang of ["nb", "pl", "uk", "ar"] as const) {
    await expectFitsNarrowScreen(page, "/organisasjoner", lang);
    await expectFitsNarrowScreen(page, profile, lang);
  }
  await checkA11y(page);
});
