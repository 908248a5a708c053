import { expect } from "vitest";
import type { Page } from "playwright-core";
import { login } from "./support/accounts";
import { journey } from "./support/journey";
import { text, visit } from "./support/pages";

const caption = text("nb", "organization.mine.title");

/** The box around the table, and whether it is a tab stop and a region named by the caption. */
async function scrollBox(page: Page): Promise<{ tabIndex: string | null; regions: number }> {
  const box = page.getByRole("table", { name: caption, exact: true }).locator("..");
  return { tabIndex: await box.getAttribute("tabindex"), regions: await page.getByRole("region", { name: caption, exact: true }).count() };
}

journey("A keyboard user tabs to a table's scroll box only when the table is wider than the screen", async ({ newPage, javaScript }) => {
  const page = await newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, "orgAdmin");
  await visit(page, "/mine-organisasjoner");
  const focusable = { tabIndex: "0", regions: 1 };
  // Without JavaScript the page cannot tell whether the table fits, so the box stays a tab stop.
  await expect.poll(() => scrollBox(page)).toEqual(javaScript ? { tabIndex: null, regions: 0 } : focusable);

  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => scrollBox(page)).toEqual(focusable);
  if (javaScript) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => scrollBox(page)).toEqual({ tabIndex: null, regions: 0 });
  }
});
