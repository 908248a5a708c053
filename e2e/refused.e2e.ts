import { expect } from "vitest";
import { CSRF_COOKIE } from "../platform/http/csrf";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, submitSignIn } from "./support/accounts";
import { checkA11y } from "./support/a11y";
import { journey } from "./support/journey";
import { expectErrorSummaryInView, expectMainHeading, switchLanguage, text, visit } from "./support/pages";

journey("Nobody reaches the administration without the right role", async ({ newPage, unique }) => {
  const page = await newPage();
  await visit(page, "/admin");
  const signIn = new URL(page.url());
  expect(signIn.pathname).toBe("/logg-inn");
  expect(signIn.searchParams.get("returnTo")).toBe("/admin");
  await expectMainHeading(page, text("nb", "account.signIn.title"));

  // A failed attempt opens at the error summary and still leads where the person was going.
  await submitSignIn(page, `ingen-${unique}@demo.dugnad.no`, DEMO_PASSWORD);
  await page.getByRole("link", { name: text("nb", "account.signIn.failed"), exact: true }).waitFor();
  await expectErrorSummaryInView(page);
  expect(new URL(page.url()).searchParams.get("returnTo")).toBe("/admin");
  await checkA11y(page);
  await submitSignIn(page, DEMO_ACCOUNTS.volunteer, DEMO_PASSWORD);
  await page.getByRole("heading", { name: text("nb", "error.forbidden.title"), exact: true }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/admin");
  await checkA11y(page);
  expect(await page.getByRole("link", { name: text("nb", "nav.admin"), exact: true }).count()).toBe(0);

  await switchLanguage(page, "nb", "en");
  await expectMainHeading(page, text("en", "error.forbidden.title"));
  await visit(page, "/admin/personer", 403);
  await expectMainHeading(page, text("en", "error.forbidden.title"));

  // A form the server refuses (its CSRF cookie is gone) says so under the header of the one signed in.
  await visit(page, "/organisasjoner/ny");
  await page.context().clearCookies({ name: CSRF_COOKIE });
  await page.getByLabel(text("en", "organization.field.name"), { exact: true }).fill("Refused club");
  await page.getByRole("button", { name: text("en", "organization.new.submit"), exact: true }).click();
  await expectMainHeading(page, text("en", "error.csrf.title"));
  await page.getByRole("button", { name: text("en", "nav.signOut"), exact: true }).waitFor();
});
