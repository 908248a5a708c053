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
      test(javaScript ? "with JavaScript" : "without JavaScript", async () => {
        const contexts = new Set<{ close(): Promise<void> }>();
        const unique = `${javaScript ? "js" : "nojs"}${Date.now().toString(36)}`;
        try {
          await walk({
            javaScript,
            unique,
            async newPage() {
              const context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: javaScript });
              context.setDefaultTimeout(15_000);
              if (!javaScript) markJavaScriptOff(context);
              contexts.add(context);
              return context.newPage();
            },
          });
        } finally {
          await Promise.all([...contexts].map((context) => context.close()));
        }
      });
    }
  });
}
