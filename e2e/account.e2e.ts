import { readFile } from "node:fs/promises";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { checkA11y } from "./support/a11y";
import { login, submitSignIn } from "./support/accounts";
import { journey } from "./support/journey";
import { expectMainHeading, text, visit } from "./support/pages";

/** The admin reads the mail in the outbox (no mail server in tests) and returns the link in it. */
async function linkFromOutbox(admin: Page, email: string): Promise<string> {
  await visit(admin, "/admin/utboks");
  await admin.getByRole("row").filter({ hasText: email }).getByRole("link", { name: text("nb", "account.mail.verify.subject"), exact: true }).click();
  await admin.waitForURL(/\/admin\/utboks\/[^/?]+/);
  await checkA11y(admin);
  const href = await admin.getByRole("link", { name: /\/bekreft-epost/ }).getAttribute("href");
  if (!href) throw new Error("No confirmation link in the e-mail");
  return href;
}

journey("A resident signs up, confirms the address, downloads their data and deletes the account", async ({ newPage, unique }) => {
  const name = `Ola Nordmann ${unique}`;
  const email = `ola.${unique}@eksempel.no`;
  const password = "sommer ved fjorden i Kristiansund";

  const resident = await newPage();
  await visit(resident, "/");
  await resident.getByRole("link", { name: text("nb", "nav.signUp"), exact: true }).click();
  await resident.waitForURL((url) => url.pathname === "/registrer");
  await checkA11y(resident);
  await resident.getByLabel(text("nb", "account.field.name"), { exact: true }).fill(name);
  await resident.getByLabel(text("nb", "account.field.email"), { exact: true }).fill(email);
  await resident.getByLabel(text("nb", "account.field.password"), { exact: true }).fill(password);
  await resident.getByRole("button", { name: text("nb", "account.signUp.submit"), exact: true }).click();
  await resident.getByRole("heading", { name: text("nb", "account.signUp.done.title"), exact: true }).waitFor();
  await checkA11y(resident);

  const admin = await newPage();
  await login(admin, "admin");
  const link = await linkFromOutbox(admin, email);

  // Whoever opens the link must know the password: someone may have signed up with another person's address.
  await visit(resident, link);
  const passwordField = resident.getByLabel(text("nb", "account.field.password"), { exact: true });
  await passwordField.fill("ikke det jeg valgte");
  await resident.getByRole("button", { name: text("nb", "account.verify.submit"), exact: true }).click();
  await resident.getByText(text("nb", "account.verify.wrongPassword")).first().waitFor();
  await checkA11y(resident);
  await passwordField.fill(password);
  await resident.getByRole("button", { name: text("nb", "account.verify.submit"), exact: true }).click();
  await resident.getByRole("heading", { name: text("nb", "account.verify.confirmed.title"), exact: true }).waitFor();
  await resident.getByRole("button", { name: text("nb", "nav.signOut"), exact: true }).waitFor();
  await checkA11y(resident);

  await resident.getByRole("link", { name: text("nb", "nav.myData"), exact: true }).click();
  await resident.waitForURL((url) => url.pathname === "/mine-data");
  await expectMainHeading(resident, text("nb", "account.myData.title"));
  await checkA11y(resident);

  const [download] = await Promise.all([
    resident.waitForEvent("download"),
    resident.getByRole("link", { name: text("nb", "account.myData.download"), exact: true }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(JSON.stringify(exported)).toContain(email);
  await checkA11y(resident);

  await resident.getByRole("link", { name: text("nb", "account.myData.deleteLink"), exact: true }).click();
  await resident.waitForURL((url) => url.pathname === "/mine-data/slett");
  await checkA11y(resident);
  await resident.getByLabel(text("nb", "account.delete.confirmLabel"), { exact: true }).fill(email);
  await resident.getByRole("button", { name: text("nb", "account.delete.submit"), exact: true }).click();
  await resident.getByRole("heading", { name: text("nb", "account.deleted.title"), exact: true }).waitFor();
  expect(await resident.getByRole("button", { name: text("nb", "nav.signOut"), exact: true }).count()).toBe(0);
  await checkA11y(resident);

  await submitSignIn(resident, email, password);
  await resident.getByRole("link", { name: text("nb", "account.signIn.failed"), exact: true }).waitFor();
  await checkA11y(resident);
});
