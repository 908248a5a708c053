import { expect } from "vitest";
import type { Page, Response } from "playwright-core";
import { catalogs } from "../../app/i18n/catalogs.server";
import type { MessageKey } from "../../app/i18n/nb";
import type { Lang } from "../../platform/i18n/languages";
import { checkA11y } from "./a11y";

/** The text a page shows for a catalog key in a language, as the users of that language read it. */
export function text(lang: Lang, key: MessageKey): string {
  return catalogs[lang][key];
}

/** Opens a path, checks the HTTP status and the page's accessibility. */
export async function visit(page: Page, path: string, status = 200): Promise<Response> {
  const response = await page.goto(path);
  if (!response) throw new Error(`No response for ${path}`);
  expect(response.status(), `HTTP status of ${path}`).toBe(status);
  await checkA11y(page);
  return response;
}

export async function documentLanguage(page: Page): Promise<{ lang: string | null; dir: string | null }> {
  const html = page.locator("html");
  return { lang: await html.getAttribute("lang"), dir: await html.getAttribute("dir") };
}

/**
 * Waits until the page's level-1 heading reads as expected: with JavaScript the address changes
 * before React has rendered the new page, so reading the heading at once can still see the old one.
 */
export async function expectMainHeading(page: Page, expected: string): Promise<void> {
  const wanted = page.getByRole("heading", { level: 1, name: expected, exact: true });
  const shown = await wanted.waitFor({ timeout: 10_000 }).then(
    () => expected,
    () => mainHeading(page),
  );
  expect(shown).toBe(expected);
}

/** The page's only level-1 heading, once it is on screen. */
export async function mainHeading(page: Page): Promise<string> {
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor();
  return (await heading.innerText()).trim();
}

/** Uses the language switcher in the page header, labelled in the language the page is in now. */
export async function switchLanguage(page: Page, from: Lang, to: Lang): Promise<void> {
  await page.getByLabel(text(from, "shell.language"), { exact: true }).selectOption(to);
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get("lang") === to),
    page.getByRole("button", { name: text(from, "shell.changeLanguage"), exact: true }).click(),
  ]);
  await page.locator(`html[lang="${to}"]`).waitFor({ state: "attached" });
  await checkA11y(page);
}

/**
 * Carries out a row action that asks first (RowAction with a question): opens it by keyboard, as the
 * disclosure it is, checks the page with the question open, then presses the answer's button.
 */
export async function confirmRowAction(page: Page, name: string, confirm: string): Promise<void> {
  await page.getByLabel(name, { exact: true }).press("Enter");
  const answer = page.getByRole("button", { name: confirm, exact: true });
  await answer.waitFor();
  await checkA11y(page);
  await answer.click();
}

/** Waits until the page's error summary has focus and is on the first screen. */
export async function expectErrorSummaryInView(page: Page): Promise<void> {
  const summary = page.getByRole("heading", { name: text("nb", "form.errorSummary"), exact: true }).locator("..");
  await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
  const box = (await summary.boundingBox())!;
  // Scrolled to its top, which may land a fraction of a pixel above the screen's edge.
  expect(box.y).toBeGreaterThan(-1);
  expect(box.y).toBeLessThan(page.viewportSize()!.height);
}
