import { expect } from "vitest";
import type { Page } from "playwright-core";
import { checkA11y } from "./support/a11y";
import { login } from "./support/accounts";
import { journey } from "./support/journey";
import { confirmRowAction, expectErrorSummaryInView, expectMainHeading, text, visit } from "./support/pages";

const t = (key: Parameters<typeof text>[1], params: Record<string, string> = {}) =>
  Object.entries(params).reduce((s, [k, v]) => s.replace(`{${k}}`, v), text("nb", key));

async function saveSection(page: Page, section: Parameters<typeof text>[1]) {
  await page.getByRole("button", { name: t("organization.edit.save", { section: text("nb", section).toLowerCase() }), exact: true }).click();
}

/** After a save the page comes back to the section, which says it is saved. */
async function savedIn(page: Page, section: Parameters<typeof text>[1]) {
  await page.getByRole("region", { name: text("nb", section), exact: true }).getByText(t("organization.edit.saved"), { exact: true }).waitFor();
}

async function removeContact(page: Page, name: string) {
  await confirmRowAction(page, t("organization.contacts.removeLabel", { name }), t("organization.contacts.removeConfirm", { name }));
}

journey("A volunteer registers an organisation, completes the profile, and the coordinator verifies it", async ({ newPage, unique, javaScript }) => {
  const name = `Kvalvåg Bridgeklubb ${unique}`;
  const volunteer = await newPage();
  await login(volunteer, "volunteer");
  await visit(volunteer, "/organisasjoner/ny");
  await volunteer.getByLabel(t("organization.field.name"), { exact: true }).fill(name);
  await volunteer.getByLabel(t("organization.field.organizationNumber"), { exact: true }).fill("123456789");
  await volunteer.getByRole("button", { name: t("organization.new.submit"), exact: true }).click();
  await volunteer.getByRole("link", { name: t("validation.organizationNumber"), exact: true }).waitFor();
  await expectErrorSummaryInView(volunteer);
  await checkA11y(volunteer);

  await volunteer.getByLabel(t("organization.field.organizationNumber"), { exact: true }).fill("");
  await volunteer.getByRole("button", { name: t("organization.new.submit"), exact: true }).click();
  await volunteer.getByText(t("organization.edit.registered"), { exact: true }).waitFor();
  await expectMainHeading(volunteer, t("organization.edit.title", { name }));
  await checkA11y(volunteer);
  const editUrl = new URL(volunteer.url()).pathname;

  await volunteer.getByLabel(t("organization.field.phone"), { exact: true }).fill("12");
  await saveSection(volunteer, "organization.section.contact");
  await volunteer.getByRole("link", { name: t("validation.phone"), exact: true }).waitFor();
  // The answer opens at the section with its error summary, not at the top of a long page (JavaScript or not).
  expect(new URL(volunteer.url()).hash).toBe("#contact");
  await checkA11y(volunteer);
  await volunteer.getByLabel(t("organization.field.phone"), { exact: true }).fill("71 23 45 67");
  await volunteer.getByLabel(t("organization.field.postalCode"), { exact: true }).fill("6520");
  await saveSection(volunteer, "organization.section.contact");
  await savedIn(volunteer, "organization.section.contact");
  expect(await volunteer.getByLabel(t("organization.field.phone"), { exact: true }).inputValue()).toBe("71234567");
  await checkA11y(volunteer);

  await volunteer.getByLabel("Eldre", { exact: true }).check();
  await volunteer.getByLabel("Kvalvåg", { exact: true }).check();
  await saveSection(volunteer, "organization.section.reach");
  await savedIn(volunteer, "organization.section.reach");
  expect(await volunteer.getByLabel("Eldre", { exact: true }).isChecked()).toBe(true);

  await volunteer.getByLabel(t("organization.field.contact.name"), { exact: true }).fill("Kari Kvalvåg");
  await volunteer.getByRole("button", { name: t("organization.contacts.add"), exact: true }).click();
  await volunteer.getByRole("cell", { name: "Kari Kvalvåg", exact: true }).waitFor();
  await checkA11y(volunteer);

  // The same page in a second tab still lists the contact after the first has removed it.
  const secondTab = await newPage();
  await login(secondTab, "volunteer");
  await visit(secondTab, editUrl);
  await removeContact(volunteer, "Kari Kvalvåg");
  await volunteer.getByRole("cell", { name: "Kari Kvalvåg", exact: true }).waitFor({ state: "detached" });
  await removeContact(secondTab, "Kari Kvalvåg");
  const summary = secondTab.getByRole("region", { name: t("organization.section.contacts"), exact: true }).locator("ds-error-summary");
  await summary.getByRole("link", { name: t("organization.contacts.gone"), exact: true }).waitFor();
  await expect.poll(() => new URL(secondTab.url()).hash).toBe("#contact-form");
  if (javaScript) await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
  await secondTab.getByRole("cell", { name: "Kari Kvalvåg", exact: true }).waitFor({ state: "detached" });
  await checkA11y(secondTab);

  await volunteer.getByRole("link", { name: t("organization.edit.history"), exact: true }).click();
  await volunteer.getByRole("heading", { name: t("organization.history.title", { name }), exact: true }).waitFor();
  await volunteer.getByText(t("organization.action.organization.contactAdded"), { exact: true }).waitFor();
  await checkA11y(volunteer);

  await visit(volunteer, "/mine-organisasjoner");
  await volunteer.getByRole("row").filter({ hasText: name }).getByText(t("organization.unverified"), { exact: true }).waitFor();

  const coordinator = await newPage();
  await login(coordinator, "coordinator");
  await visit(coordinator, editUrl);
  await coordinator.getByRole("button", { name: t("organization.verify.verify"), exact: true }).click();
  await coordinator.getByText(t("organization.verify.isVerified"), { exact: true }).waitFor();
  await checkA11y(coordinator);

  await visit(volunteer, "/mine-organisasjoner");
  await volunteer.getByRole("row").filter({ hasText: name }).getByText(t("organization.verified"), { exact: true }).waitFor();
});

journey("Someone outside the organisation may not edit it", async ({ newPage }) => {
  const admin = await newPage();
  await login(admin, "orgAdmin");
  await visit(admin, "/mine-organisasjoner");
  await admin.getByRole("link", { name: new RegExp(`^${t("organization.mine.edit")}`) }).first().click();
  await admin.waitForURL(/\/rediger$/);
  const editUrl = new URL(admin.url()).pathname;
  await checkA11y(admin);
  const outsider = await newPage();
  await login(outsider, "staff");
  await visit(outsider, editUrl, 403);
});
