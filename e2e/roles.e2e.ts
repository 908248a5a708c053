import { expect } from "vitest";
import type { Page } from "playwright-core";
import { checkA11y } from "./support/a11y";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, login, submitSignIn } from "./support/accounts";
import { journey } from "./support/journey";
import { confirmRowAction, expectMainHeading, text, visit } from "./support/pages";

async function openPersonAsAdmin(page: Page, email: string) {
  await page.getByRole("link", { name: text("nb", "nav.admin"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/admin");
  await checkA11y(page);
  await page.getByRole("link", { name: text("nb", "admin.overview.people.title"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/admin/personer");
  await checkA11y(page);
  await page.getByLabel(text("nb", "admin.people.search"), { exact: true }).fill(email);
  await page.getByRole("button", { name: text("nb", "form.search"), exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === email);
  await checkA11y(page);
  await page.getByRole("row").filter({ hasText: email }).getByRole("link").click();
  await page.waitForURL(/\/admin\/personer\/[^/?]+/);
  await checkA11y(page);
}

function coordinatorLink(page: Page) {
  return page.getByRole("navigation", { name: text("nb", "shell.mainNav") }).getByRole("link", { name: text("nb", "nav.coordinator"), exact: true });
}

/** Whether "Mine data" lists this role among the signed-in person's roles. */
async function listsRole(page: Page, role: string): Promise<boolean> {
  await page.getByRole("link", { name: text("nb", "nav.myData"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/mine-data");
  await page.getByRole("heading", { name: text("nb", "account.myData.roles"), exact: true }).waitFor();
  await checkA11y(page);
  return (await page.getByRole("listitem").getByText(role, { exact: true }).count()) > 0;
}

journey("An administrator makes a volunteer coordinator, who then sees the coordinator pages, and takes it back", async ({ newPage }) => {
  const volunteerEmail = DEMO_ACCOUNTS.volunteer;
  const coordinator = text("nb", "account.role.coordinator");
  const admin = await newPage();
  await login(admin, "admin");
  await openPersonAsAdmin(admin, volunteerEmail);
  await expectMainHeading(admin, text("nb", "admin.person.title").replace("{name}", "Frida Frivillig"));

  await admin.getByLabel(text("nb", "admin.person.role"), { exact: true }).selectOption("coordinator");
  await admin.getByRole("button", { name: text("nb", "admin.person.grant"), exact: true }).click();
  await admin.getByText(text("nb", "admin.person.granted"), { exact: true }).waitFor();
  await checkA11y(admin);

  const volunteer = await newPage();
  await submitSignIn(volunteer, volunteerEmail, DEMO_PASSWORD);
  await coordinatorLink(volunteer).click();
  await volunteer.waitForURL((url) => url.pathname === "/koordinering");
  await expectMainHeading(volunteer, text("nb", "coordination.title"));
  await checkA11y(volunteer);
  expect(await listsRole(volunteer, coordinator)).toBe(true);

  const coordinatorRole = text("nb", "admin.role.coordinator");
  await confirmRowAction(admin, text("nb", "admin.person.revokeLabel").replace("{role}", coordinatorRole), text("nb", "admin.person.revokeConfirm").replace("{role}", coordinatorRole));
  await admin.getByText(text("nb", "admin.person.revoked"), { exact: true }).waitFor();
  await checkA11y(admin);

  await volunteer.getByRole("link", { name: text("nb", "nav.home"), exact: true }).click();
  await volunteer.waitForURL((url) => url.pathname === "/");
  expect(await listsRole(volunteer, coordinator)).toBe(false);
  expect(await coordinatorLink(volunteer).count()).toBe(0);
  await visit(volunteer, "/koordinering", 403);
});
