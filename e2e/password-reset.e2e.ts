import type { Page } from "playwright-core";
import { checkA11y } from "./support/a11y";
import { login, submitSignIn } from "./support/accounts";
import { journey } from "./support/journey";
import { expectMainHeading, text, visit } from "./support/pages";

/** The admin opens the new-password e-mail in the outbox (no mail server in tests) and returns its link. */
async function resetLinkFromOutbox(admin: Page, email: string): Promise<string> {
  await visit(admin, "/admin/utboks");
  await admin.getByRole("row").filter({ hasText: email }).getByRole("link", { name: text("nb", "account.mail.reset.subject") }).click();
  await admin.waitForURL(/\/admin\/utboks\/[^/?]+/);
  const href = await admin.getByRole("link", { name: /\/nytt-passord/ }).getAttribute("href");
  if (!href) throw new Error("No new-password link in the e-mail");
  return href;
}

journey("A resident who never confirmed the address makes a new password by e-mail and signs in with it", async ({ newPage, unique }) => {
  const email = `kari.${unique}@eksempel.no`;
  const firstPassword = "vinter ved havet i Kristiansund";
  const newPassword = "vår på Nordlandet med kaffe";

  const resident = await newPage();
  await visit(resident, "/registrer");
  await resident.getByLabel(text("nb", "account.field.name")).fill(`Kari ${unique}`);
  await resident.getByLabel(text("nb", "account.field.email")).fill(email);
  await resident.getByLabel(text("nb", "account.field.password")).fill(firstPassword);
  await resident.getByRole("button", { name: text("nb", "account.signUp.submit") }).click();
  await resident.getByRole("heading", { name: text("nb", "account.signUp.done.title") }).waitFor();

  await submitSignIn(resident, email, firstPassword);
  await resident.getByRole("link", { name: text("nb", "account.signIn.unverified") }).waitFor();
  await resident.getByRole("link", { name: text("nb", "account.signIn.resend") }).waitFor();
  await checkA11y(resident);

  await resident.getByRole("link", { name: text("nb", "account.signIn.forgot") }).click();
  await resident.waitForURL((url) => url.pathname === "/glemt-passord");
  await checkA11y(resident);
  await resident.getByLabel(text("nb", "account.field.email")).fill(email);
  await resident.getByRole("button", { name: text("nb", "account.forgot.submit") }).click();
  await resident.getByRole("heading", { name: text("nb", "account.forgot.done.title") }).waitFor();
  await checkA11y(resident);

  const admin = await newPage();
  await login(admin, "admin");
  const link = await resetLinkFromOutbox(admin, email);

  await visit(resident, link);
  await expectMainHeading(resident, text("nb", "account.reset.title"));
  await resident.getByLabel(text("nb", "account.field.newPassword")).fill("for kort");
  await resident.getByRole("button", { name: text("nb", "account.reset.submit") }).click();
  await resident.getByRole("heading", { name: text("nb", "form.errorSummary") }).waitFor();
  await checkA11y(resident);
  await resident.getByLabel(text("nb", "account.field.newPassword")).fill(newPassword);
  await resident.getByRole("button", { name: text("nb", "account.reset.submit") }).click();
  await resident.getByRole("heading", { name: text("nb", "account.reset.saved.title") }).waitFor();
  await resident.getByRole("button", { name: text("nb", "nav.signOut") }).click();
  await resident.getByRole("link", { name: text("nb", "nav.signIn") }).first().waitFor();

  await visit(resident, link);
  await expectMainHeading(resident, text("nb", "account.reset.used.title"));
  await resident.getByRole("link", { name: text("nb", "account.link.requestNew") }).waitFor();

  await submitSignIn(resident, email, newPassword);
  await resident.getByRole("button", { name: text("nb", "nav.signOut") }).waitFor();
  await checkA11y(resident);
});
