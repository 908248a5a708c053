import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Result } from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

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

/**
 * axe-core run in the page itself, loaded once per document: a page the app changes without loading a new
 * one keeps it. (@axe-core/playwright loads it into every frame and finishes each run in a new page, which
 * made a check cost seconds; the app has no frames.)
 */
async function audit(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }).then((results) => results.violations), WCAG_TAGS);
}

declare global {
  interface Window {
    axe: typeof import("axe-core");
  }
}

/**
 * axe runs inside the page, so it hangs where JavaScript is off. The page as the visitor has it is served
 * again, at the same address with the same styles, to a page where axe may run but a Content-Security-Policy
 * keeps the app's own scripts from running and changing what is checked. One such page per browser is reused
 * (a new context per check cost more than the check), and it leaves for a blank page in between, so two checks
 * at the same address never see the first one's copy.
 */
type CopyPage = { page: Page; served: { url: string; html: string } };

const copyPages = new WeakMap<Browser, Promise<CopyPage>>();

async function openCopyPage(browser: Browser): Promise<CopyPage> {
  const page = await (await browser.newContext()).newPage();
  const copy: CopyPage = { page, served: { url: "", html: "" } };
  await page.route("**/*", (route) =>
    route.request().isNavigationRequest() && route.request().url() === copy.served.url
      ? route.fulfill({ body: copy.served.html, contentType: "text/html; charset=utf-8", headers: { "content-security-policy": "script-src 'none'" } })
      : route.continue(),
  );
  return copy;
}

async function auditCopy(page: Page) {
  const browser = page.context().browser() as Browser;
  if (!copyPages.has(browser)) copyPages.set(browser, openCopyPage(browser));
  const copy = await copyPages.get(browser)!;
  copy.served = { url: page.url().replace(/#.*$/, ""), html: await page.content() };
  await copy.page.goto("about:blank");
  await copy.page.goto(page.url());
  return audit(copy.page);
}
