import { expect } from "vitest";
import { checkA11y } from "./support/a11y";
import { journey } from "./support/journey";
import { visit } from "./support/pages";

const PROBE = "/a11y-probe";
const INACCESSIBLE_PAGE = `<!doctype html><html lang="nb"><head><title>Probe</title></head>
<body><main><h1>Probe</h1><img src="/favicon.svg"></main></body></html>`;

journey("The accessibility check finds what is wrong, with and without JavaScript, page after page", async ({ newPage }) => {
  const page = await newPage();
  await page.route(`**${PROBE}`, (route) => route.fulfill({ body: INACCESSIBLE_PAGE, contentType: "text/html; charset=utf-8" }));

  await visit(page, "/");
  await checkA11y(page);
  await page.goto(PROBE);
  await expect(checkA11y(page)).rejects.toThrow(/image-alt/);
  await visit(page, "/");
  await checkA11y(page);
});
