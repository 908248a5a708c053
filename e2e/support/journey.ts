import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { markJavaScriptOff } from "./a11y";
import { baseUrl, launchChromium } from "./browser";

export type Journey = {
  javaScript: boolean;
  /** A page in a new browser context (its own cookies), with JavaScript on or off as this run says. */
  newPage(): Promise<Page>;
  /** Something unique to this run, for e-mail addresses and names that must not clash between runs. */
  unique: string;
};

/** Declares a journey that runs twice, with JavaScript on and with JavaScript off: every page must work without it. */
export function journey(name: string, walk: (journey: Journey) => Promise<void>): void {
  describe(name, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const javaScript of [true, false]) {
      const mode = javaScript ? "with JavaScript" : "without JavaScript";
      test(mode, async () => {
        const pages: Page[] = [];
        const unique = `${javaScript ? "js" : "nojs"}${Date.now().toString(36)}`;
        try {
          await walk({
            javaScript,
            unique,
            async newPage() {
              const context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: javaScript });
              context.setDefaultTimeout(15_000);
              if (!javaScript) markJavaScriptOff(context);
              const page = await context.newPage();
              pages.push(page);
              return page;
            },
          });
        } catch (error) {
          await describePages(pages, `${mode}: ${name}`);
          throw error;
        } finally {
          await Promise.all(pages.map((page) => page.context().close()));
        }
      });
    }
  });
}

/** After a failure: where each page was and what it showed, as text and as a screenshot in test-results/. */
async function describePages(pages: Page[], title: string): Promise<void> {
  const dir = path.resolve("test-results");
  mkdirSync(dir, { recursive: true });
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 80);
  for (const [index, page] of pages.entries()) {
    const file = path.join(dir, `${slug}-${index + 1}.png`);
    const heading = await page
      .getByRole("heading", { level: 1 })
      .first()
      .innerText({ timeout: 1_000 })
      .catch(() => "(no heading)");
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`Page ${index + 1} of "${title}" was at ${page.url()} showing "${heading}" (screenshot: ${file})`);
  }
}
