import path from "node:path";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { checkA11y } from "./support/a11y";
import { login } from "./support/accounts";
import { journey } from "./support/journey";
import { expectMainHeading, text, visit } from "./support/pages";

const nb = (key: Parameters<typeof text>[1], params: Record<string, string | number> = {}) =>
  Object.entries(params).reduce((message, [name, value]) => message.replace(`{${name}}`, String(value)), text("nb", key));

const sample = (name: string) => path.join(process.cwd(), "data-samples", name);

/** Without JavaScript the page does not reload itself: the coordinator follows the job with its update link. */
async function waitUntilDone(page: Page, javaScript: boolean): Promise<void> {
  const done = page.getByText(nb("orgImport.job.done"), { exact: true });
  expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
  if (javaScript) return done.waitFor();
  for (let tries = 0; tries < 60 && !(await done.isVisible()); tries++) {
    await page.waitForTimeout(500);
    const update = page.getByRole("link", { name: nb("orgImport.job.refresh"), exact: true });
    if (await update.isVisible()) await update.click();
  }
  await done.waitFor();
}

journey("The coordinator imports the sample file from Enhetsregisteret and reads the result", async ({ newPage, javaScript }) => {
  const coordinator = await newPage();
  await coordinator.goto("/koordinering/import");
  await login(coordinator, "coordinator");
  await coordinator.waitForURL((url) => url.pathname === "/koordinering/import");
  await expectMainHeading(coordinator, nb("orgImport.title"));
  expect(await coordinator.getByLabel(nb("orgImport.kommunenummer"), { exact: true }).inputValue()).toBe("1505");
  await checkA11y(coordinator);

  await coordinator.getByLabel(nb("orgImport.file"), { exact: true }).setInputFiles(sample("enhetsregisteret-sample.json.gz"));
  await coordinator.getByLabel(nb("orgImport.frivillighetsregisteret"), { exact: true }).setInputFiles(sample("frivillighetsregisteret-sample.json"));
  await coordinator.getByRole("button", { name: nb("orgImport.submit"), exact: true }).click();
  await coordinator.waitForURL(/\/koordinering\/import\/[0-9a-f-]{36}$/);
  await expectMainHeading(coordinator, nb("orgImport.job.title"));

  // The page follows the job until it is done (polling with JavaScript, the update link without), then shows the counts.
  await waitUntilDone(coordinator, javaScript);
  await coordinator.getByRole("row", { name: `${nb("orgImport.counts.invalid")} 2` }).waitFor();
  await coordinator.getByText(nb("orgImport.skipped.otherMunicipality", { count: 4 }), { exact: true }).waitFor();
  const unknown = nb("orgImport.unknownCategories", { codes: nb("orgImport.unknownCategory", { code: "13", count: 1 }) });
  await coordinator.getByText(unknown, { exact: true }).waitFor();
  await coordinator.getByRole("cell", { name: "Kristiansund Feilnummer Forening", exact: true }).waitFor();
  await coordinator.getByRole("cell", { name: nb("orgImport.invalid.badNumber"), exact: true }).waitFor();
  await checkA11y(coordinator);

  await coordinator.getByRole("link", { name: nb("orgImport.job.backToImport"), exact: true }).click();
  await coordinator.waitForURL((url) => url.pathname === "/koordinering/import");
  await coordinator.getByRole("cell", { name: nb("orgImport.status.done"), exact: true }).first().waitFor();
  await checkA11y(coordinator);
});

journey("A volunteer cannot import", async ({ newPage }) => {
  const volunteer = await newPage();
  await volunteer.goto("/koordinering/import");
  await login(volunteer, "volunteer");
  await visit(volunteer, "/koordinering/import", 403);
});
