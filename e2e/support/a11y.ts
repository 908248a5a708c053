import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const withoutJavaScript = new WeakSet<BrowserContext>();

/** Contexts opened with `javaScriptEnabled: false` are checked on a copy of their page, see auditCopy. */
export function markJavaScriptOff(context: BrowserContext): void {
  withoutJavaScript.add(context);
}

/** Runs axe on the page as it is now; fails with one readable line per violation and element. */
export async function checkA11y(page: Page): Promise<void> {
  const violations = withoutJavaScript.has(page.context()) ? await auditCopy(page) : await audit(page);
  if (violations.length === 0) return;
  const lines = violations.flatMap((violation) => [
    `- ${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help} — ${violation.helpUrl}`,
    ...violation.nodes.map((node) => `    at ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s*\n\s*/g, " ") ?? ""}`),
  ]);
  throw new Error(`Accessibility violations on ${page.url()}:\n${lines.join("\n")}`);
}

async function audit(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations;
}

/**
 * axe runs inside the page, so it hangs where JavaScript is off. The page as the visitor has it is served
 * again, at the same address with the same styles, to a page where axe may run but a Content-Security-Policy
 * keeps the app's own scripts from running and changing what is checked.
 */
async function auditCopy(page: Page) {
  const html = await page.content();
  const browser = page.context().browser() as Browser;
  const context = await browser.newContext();
  try {
    const copy = await context.newPage();
    await copy.route(
      (url) => url.href === new URL(page.url()).href.replace(/#.*$/, ""),
      (route) =>
        route.request().isNavigationRequest()
          ? route.fulfill({ body: html, contentType: "text/html; charset=utf-8", headers: { "content-security-policy": "script-src 'none'" } })
          : route.continue(),
    );
    await copy.goto(page.url());
    return await audit(copy);
  } finally {
    await context.close();
  }
}
