import { expect } from "vitest";
import type { Page } from "playwright-core";
import { checkA11y } from "./support/a11y";
import { DEMO_ACCOUNTS, login } from "./support/accounts";
import { journey } from "./support/journey";
import { confirmRowAction, expectMainHeading, text, visit } from "./support/pages";

const nb = (key: Parameters<typeof text>[1], params: Record<string, string> = {}) =>
  Object.entries(params).reduce((message, [name, value]) => message.replace(`{${name}}`, value), text("nb", key));
const DEMO_ORGANIZATION = "Nordlandet Frivilligsentral (demo)";

async function submit(page: Page, button: string, thenSee: string) {
  await page.getByRole("button", { name: button, exact: true }).first().click();
  await page.getByText(thenSee).first().waitFor();
  await checkA11y(page);
}

journey("An admin manages roles, reads the audit log and the outbox, and hands out an API key", async ({ newPage, unique }) => {
  const page = await newPage();
  await page.goto("/admin");
  await page.waitForURL("**/logg-inn?returnTo=%2Fadmin");
  await login(page, "admin");
  await page.waitForURL((url) => url.pathname === "/admin");
  await expectMainHeading(page, nb("admin.title"));
  await checkA11y(page);

  // People and roles: find Frida, give her an organisation role, see the field error first, then remove it again.
  await page.getByRole("link", { name: nb("admin.overview.people.title") }).click();
  await page.waitForURL("**/admin/personer");
  await page.getByLabel(nb("admin.people.search")).fill("FRIDA");
  await page.getByRole("button", { name: nb("form.search") }).click();
  await page.waitForURL("**/admin/personer?q=FRIDA");
  await checkA11y(page);
  await page.getByRole("link", { name: "Frida Frivillig" }).click();
  await page.waitForURL("**/admin/personer/*");
  await expectMainHeading(page, nb("admin.person.title", { name: "Frida Frivillig" }));
  await checkA11y(page);

  await page.getByLabel(nb("admin.person.role"), { exact: true }).selectOption("org_member");
  await submit(page, nb("admin.person.grant"), nb("form.errorSummary"));
  await page.getByText(nb("validation.roleNeedsOrganization")).first().waitFor();

  // The organisation is found by a search, never picked from the whole register.
  await page.getByLabel(nb("admin.organizationSearch.label"), { exact: true }).fill("finnes ikke");
  await submit(page, nb("form.search"), nb("admin.organizationSearch.noMatches", { q: "finnes ikke" }));
  await page.getByLabel(nb("admin.organizationSearch.label"), { exact: true }).fill("nordlandet frivillig");
  await page.getByRole("button", { name: nb("form.search"), exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("organisasjon") === "nordlandet frivillig");
  await checkA11y(page);
  await page.getByLabel(nb("admin.person.role"), { exact: true }).selectOption("org_member");
  await page.getByLabel(DEMO_ORGANIZATION, { exact: true }).check();
  await submit(page, nb("admin.person.grant"), nb("admin.person.granted"));
  const memberRole = nb("admin.role.inOrganization", { role: nb("admin.role.org_member"), organization: DEMO_ORGANIZATION });
  const revokeMember = nb("admin.person.revokeLabel", { role: memberRole });
  await confirmRowAction(page, revokeMember, nb("admin.person.revokeConfirm", { role: memberRole }));
  await page.getByText(nb("admin.person.revoked")).first().waitFor();
  await checkA11y(page);
  expect(await page.getByLabel(revokeMember, { exact: true }).count()).toBe(0);

  // The last admin cannot remove their own admin role.
  await visit(page, "/admin/personer?q=admin%40demo");
  await page.getByRole("link", { name: "Ada Admin" }).click();
  await page.waitForURL("**/admin/personer/*");
  await page.getByText(nb("admin.person.self")).waitFor();
  await confirmRowAction(page, nb("admin.person.revokeLabel", { role: nb("admin.role.admin") }), nb("admin.person.revokeConfirm", { role: nb("admin.role.admin") }));
  await page.getByText(nb("validation.lastAdmin")).first().waitFor();
  await checkA11y(page);

  // The audit log shows the changes, newest first, and names a wrong date range at the field.
  await visit(page, "/admin/revisjon?action=role");
  await page.getByRole("cell", { name: "role.revoked" }).first().waitFor();
  await visit(page, "/admin/revisjon?from=2025-03-01&to=2025-02-01");
  await page.getByText(nb("validation.dateRangeOrder")).first().waitFor();

  // A password reset requested without a mail server can be read, and its link followed, from the outbox.
  const visitor = await newPage();
  await visit(visitor, "/glemt-passord");
  await visitor.getByLabel(nb("account.field.email"), { exact: true }).fill(DEMO_ACCOUNTS.volunteer);
  await visitor.getByRole("button", { name: nb("account.forgot.submit") }).click();
  await visitor.getByText(nb("account.forgot.done.title")).first().waitFor();
  await visit(page, "/admin/utboks?recipient=frivillig%40demo");
  await page.getByRole("table").getByRole("link").first().click();
  await page.getByRole("heading", { level: 2, name: nb("admin.outbox.body") }).waitFor();
  await checkA11y(page);
  await page.locator(".admin-message-body a").first().click();
  await page.waitForURL("**/nytt-passord**");

  // API keys: a name is required; a key for an organisation found by a search is shown once, then it can be revoked.
  await visit(page, "/admin/api-nokler");
  await page.getByLabel(nb("admin.apiTokens.name"), { exact: true }).fill("   ");
  await submit(page, nb("admin.apiTokens.create"), nb("form.errorSummary"));
  await page.getByLabel(nb("admin.organizationSearch.label"), { exact: true }).fill("nordlandet frivillig");
  await page.getByRole("button", { name: nb("form.search"), exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("organisasjon") === "nordlandet frivillig");
  await checkA11y(page);
  const name = `Nettsiden ${unique}`;
  await page.getByLabel(nb("admin.apiTokens.name"), { exact: true }).fill(name);
  await page.getByLabel(DEMO_ORGANIZATION, { exact: true }).check();
  await submit(page, nb("admin.apiTokens.create"), nb("admin.apiTokens.createdWarning"));
  expect(await page.locator("#created-token").inputValue()).toMatch(/^dugnad_/);
  await page.getByRole("row").filter({ hasText: name }).getByRole("cell", { name: DEMO_ORGANIZATION, exact: true }).waitFor();
  await confirmRowAction(page, nb("admin.apiTokens.revokeLabel", { name }), nb("admin.apiTokens.revokeConfirm", { name }));
  await page.getByText(nb("admin.apiTokens.revoked")).first().waitFor();
  await checkA11y(page);
  expect(await page.locator("#created-token").count()).toBe(0);
});
