import { expect } from "vitest";
import type { Page } from "playwright-core";
import { checkA11y } from "./support/a11y";
import { DEMO_ACCOUNTS, login } from "./support/accounts";
import { journey } from "./support/journey";
import { confirmRowAction, expectErrorSummaryInView, expectMainHeading, mainHeading, text, visit } from "./support/pages";

const t = (key: Parameters<typeof text>[1], params: Record<string, string> = {}) =>
  Object.entries(params).reduce((s, [k, v]) => s.replace(`{${k}}`, v), text("nb", key));

/** A name that starts as the message does before its first parameter, whatever the organisation. */
const startOf = (key: Parameters<typeof text>[1]) => new RegExp(`^${text("nb", key).split("{")[0]}`);

/** The organisation the demo's org admin leads, found through their own list of organisations. */
async function ownOrganization(page: Page): Promise<string> {
  await visit(page, "/mine-organisasjoner");
  await page.getByRole("link", { name: new RegExp(`^${t("organization.mine.edit")}`) }).first().click();
  await page.waitForURL(/\/rediger$/);
  return new URL(page.url()).pathname.replace(/\/rediger$/, "");
}

async function click(page: Page, role: "button" | "link", name: string): Promise<void> {
  await page.getByRole(role, { name, exact: true }).click();
}

journey("An org admin offers a minibus and invites a member; the coordinator keeps the vocabulary", async ({ newPage, unique }) => {
  const admin = await newPage();
  await login(admin, "orgAdmin");
  const base = await ownOrganization(admin);

  await visit(admin, `${base}/ressurser`);
  await click(admin, "link", t("orgResources.resources.add.vehicle"));
  await admin.getByLabel(t("orgResources.field.seats"), { exact: true }).waitFor();
  await checkA11y(admin);
  const vehicle = `Minibuss ${unique}`;
  await admin.getByLabel(t("orgResources.field.vehicleType"), { exact: true }).fill(vehicle);
  await admin.getByLabel(t("orgResources.field.seats"), { exact: true }).fill("-9");
  await click(admin, "button", t("orgResources.resources.save"));
  await admin.getByRole("link", { name: t("validation.tooSmall", { minimum: "0" }), exact: true }).waitFor();
  await checkA11y(admin);
  expect(await admin.getByLabel(t("orgResources.field.vehicleType"), { exact: true }).inputValue()).toBe(vehicle);

  await admin.getByLabel(t("orgResources.field.seats"), { exact: true }).fill("9");
  await admin.getByLabel(t("orgResources.field.wheelchairAccessible"), { exact: true }).check();
  await click(admin, "button", t("orgResources.resources.save"));
  await admin.getByText(t("orgResources.resources.added"), { exact: true }).waitFor();
  const row = admin.getByRole("row").filter({ hasText: vehicle });
  await row.getByText(`${t("orgResources.resources.seats", { count: "9" })} · ${t("orgResources.resources.wheelchair")}`).waitFor();
  await checkA11y(admin);

  await confirmRowAction(admin, t("orgResources.resources.removeLabel", { name: vehicle }), t("orgResources.resources.removeConfirm", { name: vehicle }));
  await admin.getByRole("status").getByText(t("orgResources.resources.removed"), { exact: true }).waitFor();
  expect(await admin.getByRole("row").filter({ hasText: vehicle }).count()).toBe(0);

  await click(admin, "link", t("orgResources.resources.toMembers"));
  await admin.getByRole("heading", { level: 2, name: t("orgResources.members.inviteTitle") }).waitFor();
  await checkA11y(admin);
  const email = `${unique}@eksempel.no`;
  await admin.getByLabel(t("orgResources.members.inviteEmail"), { exact: true }).fill(email);
  await click(admin, "button", t("orgResources.members.invite"));
  await admin.getByText(t("orgResources.members.invited"), { exact: true }).waitFor();
  await checkA11y(admin);
  await confirmRowAction(admin, t("orgResources.members.revokeLabel", { email }), t("orgResources.members.revokeConfirm", { email }));
  await admin.getByText(t("orgResources.members.revoked"), { exact: true }).waitFor();

  const coordinator = await newPage();
  await login(coordinator, "coordinator");
  await visit(coordinator, "/koordinering/vokabular");
  const term = `Båtfører ${unique}`;
  await coordinator.getByLabel(t("orgResources.vocabulary.list"), { exact: true }).selectOption("competence");
  await coordinator.getByLabel(t("orgResources.vocabulary.nb"), { exact: true }).fill(term);
  await click(coordinator, "button", t("orgResources.vocabulary.add"));
  await coordinator.getByText(t("orgResources.vocabulary.added"), { exact: true }).waitFor();
  await checkA11y(coordinator);
  await click(coordinator, "link", t("orgResources.vocabulary.editLabel", { name: term }));
  await coordinator.getByRole("heading", { level: 2, name: t("orgResources.vocabulary.editTitle", { name: term }) }).waitFor();
  await checkA11y(coordinator);
  const renamed = `Båtskipper ${unique}`;
  await coordinator.getByLabel(t("orgResources.vocabulary.nb"), { exact: true }).fill(renamed);
  await click(coordinator, "button", t("orgResources.vocabulary.save"));
  await coordinator.getByText(t("orgResources.vocabulary.renamed"), { exact: true }).waitFor();
  await confirmRowAction(coordinator, t("orgResources.vocabulary.removeLabel", { name: renamed }), t("orgResources.vocabulary.removeConfirm", { name: renamed }));
  await coordinator.getByText(t("orgResources.vocabulary.removed"), { exact: true }).waitFor();
  await expectMainHeading(coordinator, t("orgResources.vocabulary.title"));

  await visit(coordinator, "/koordinering/overtakelser");
  await visit(coordinator, "/organisasjoner/invitasjon?token=ukjent");
  await expectMainHeading(coordinator, t("orgResources.invitation.invalid.title"));
});

journey("A person invited by e-mail signs in, accepts, and the org admin removes them again", async ({ newPage }) => {
  const orgAdmin = await newPage();
  await login(orgAdmin, "orgAdmin");
  const base = await ownOrganization(orgAdmin);
  await visit(orgAdmin, `${base}/medlemmer`);
  const organization = (await mainHeading(orgAdmin)).replace(t("orgResources.members.title", { organization: "" }), "");
  await orgAdmin.getByLabel(t("orgResources.members.inviteEmail"), { exact: true }).fill(DEMO_ACCOUNTS.staff);
  await click(orgAdmin, "button", t("orgResources.members.invite"));
  await orgAdmin.getByText(t("orgResources.members.invited"), { exact: true }).waitFor();

  // The demo keeps e-mails in the outbox, where the admin can follow the link.
  const admin = await newPage();
  await admin.goto(`/admin/utboks?recipient=${encodeURIComponent(DEMO_ACCOUNTS.staff)}`);
  await login(admin, "admin");
  await admin.getByRole("link", { name: t("orgResources.mail.invitation.subject", { organization }) }).first().click();
  await admin.waitForURL("**/admin/utboks/*");
  const link = new URL((await admin.getByRole("link", { name: /\/organisasjoner\/invitasjon\?token=/ }).first().getAttribute("href"))!);

  const invitee = await newPage();
  await visit(invitee, link.pathname + link.search);
  await expectMainHeading(invitee, t("orgResources.invitation.title", { organization }));
  await invitee.locator("#main").getByRole("link", { name: t("orgResources.invitation.signIn"), exact: true }).click();
  await login(invitee, "staff");
  // Signing in leads back to the link; opened again here so the check does not hang on when that redirect lands.
  await visit(invitee, link.pathname + link.search);
  await click(invitee, "button", t("orgResources.invitation.accept"));
  await invitee.getByRole("heading", { level: 1, name: t("orgResources.invitation.joined.title", { organization }) }).waitFor();
  await checkA11y(invitee);

  await visit(orgAdmin, `${base}/medlemmer`);
  const staffName = (await orgAdmin.getByRole("row").filter({ hasText: DEMO_ACCOUNTS.staff }).getByRole("cell").first().innerText()).trim();
  await confirmRowAction(orgAdmin, t("orgResources.members.removeLabel", { name: staffName }), t("orgResources.members.removeConfirm", { name: staffName }));
  await orgAdmin.getByText(t("orgResources.members.removed"), { exact: true }).waitFor();
  expect(await orgAdmin.getByRole("row").filter({ hasText: DEMO_ACCOUNTS.staff }).count()).toBe(0);
});

journey("An org admin starts to leave their organisation, answers the question by keyboard, and stays", async ({ newPage, javaScript }) => {
  const admin = await newPage();
  await login(admin, "orgAdmin");
  await visit(admin, "/mine-organisasjoner");
  const leave = admin.getByRole("link", { name: startOf("organization.mine.leaveLabel") }).first();
  await leave.press("Enter");
  const question = admin.getByRole("heading", { level: 2, name: startOf("organization.mine.leaveQuestion") });
  await question.waitFor();
  await checkA11y(admin);
  if (javaScript) {
    // Without a page load focus would stay on the row's link, below the question; it moves to the question.
    await expect.poll(() => question.evaluate((heading) => heading === document.activeElement)).toBe(true);
    await admin.keyboard.press("Tab");
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe(t("organization.mine.leaveConfirm"));
  }
  await admin.getByRole("link", { name: t("form.cancel"), exact: true }).press("Enter");
  await question.waitFor({ state: "detached" });
  expect(new URL(admin.url()).search).toBe("");
  // Focus goes back to where the question was opened, not to the top of the page.
  await expect.poll(() => leave.evaluate((link) => link === document.activeElement)).toBe(true);
});

journey("An org admin opens a row's question by keyboard, says no, and is back on the row's button", async ({ newPage, javaScript }) => {
  const admin = await newPage();
  await login(admin, "orgAdmin");
  const base = await ownOrganization(admin);
  await visit(admin, `${base}/medlemmer`);
  const row = admin.getByRole("row").filter({ hasText: DEMO_ACCOUNTS.orgAdmin });
  const opener = row.getByLabel(startOf("orgResources.members.removeLabel"));
  await opener.press("Enter");
  const answer = row.getByRole("button", { name: startOf("orgResources.members.removeConfirm") });
  await answer.waitFor();
  if (javaScript) {
    await answer.press("Tab");
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe(t("form.cancel"));
    await checkA11y(admin);
    await admin.keyboard.press("Enter");
  } else {
    // Without JavaScript the question has no "Avbryt": its own button closes it again.
    await opener.press("Enter");
  }
  await answer.waitFor({ state: "hidden" });
  expect(await opener.evaluate((summary) => summary === document.activeElement)).toBe(true);
});

journey("On a 320 px screen, a form on the vocabulary, members, resources or API keys page that fails opens at its error summary", async ({ newPage }) => {
  const coordinator = await newPage();
  await coordinator.setViewportSize({ width: 320, height: 640 });
  await login(coordinator, "coordinator");
  await visit(coordinator, "/koordinering/vokabular");
  const targetGroups = coordinator.getByRole("table", { name: t("orgResources.vocabulary.list.targetGroup"), exact: true });
  const existing = (await targetGroups.getByRole("row").nth(1).getByRole("cell").first().innerText()).trim();
  await coordinator.getByLabel(t("orgResources.vocabulary.list"), { exact: true }).selectOption("targetGroup");
  await coordinator.getByLabel(t("orgResources.vocabulary.nb"), { exact: true }).fill(existing);
  await click(coordinator, "button", t("orgResources.vocabulary.add"));
  await expectErrorSummaryInView(coordinator);
  await coordinator.getByRole("link", { name: t("orgResources.vocabulary.exists", { name: existing }), exact: true }).waitFor();
  await checkA11y(coordinator);

  const admin = await newPage();
  await admin.setViewportSize({ width: 320, height: 640 });
  await login(admin, "orgAdmin");
  const base = await ownOrganization(admin);
  await visit(admin, `${base}/medlemmer`);
  await admin.getByLabel(t("orgResources.members.inviteEmail"), { exact: true }).fill(DEMO_ACCOUNTS.orgAdmin);
  await click(admin, "button", t("orgResources.members.invite"));
  await expectErrorSummaryInView(admin);
  await admin.getByRole("link", { name: t("orgResources.members.alreadyMember", { email: DEMO_ACCOUNTS.orgAdmin }), exact: true }).waitFor();
  await checkA11y(admin);

  await visit(admin, `${base}/ressurser`);
  await click(admin, "link", t("orgResources.resources.add.vehicle"));
  await admin.getByLabel(t("orgResources.field.vehicleType"), { exact: true }).fill("Minibuss");
  await admin.getByLabel(t("orgResources.field.seats"), { exact: true }).fill("-9");
  await click(admin, "button", t("orgResources.resources.save"));
  await expectErrorSummaryInView(admin);
  await admin.getByRole("link", { name: t("validation.tooSmall", { minimum: "0" }), exact: true }).waitFor();
  await checkA11y(admin);

  const systemOwner = await newPage();
  await systemOwner.setViewportSize({ width: 320, height: 640 });
  await login(systemOwner, "admin");
  await visit(systemOwner, "/admin/api-nokler");
  // Only spaces: the browser lets the required field through, and the server finds it empty.
  await systemOwner.getByLabel(t("admin.apiTokens.name"), { exact: true }).fill("   ");
  await click(systemOwner, "button", t("admin.apiTokens.create"));
  await expectErrorSummaryInView(systemOwner);
  await systemOwner.getByRole("link", { name: t("validation.required"), exact: true }).waitFor();
  await checkA11y(systemOwner);
});
