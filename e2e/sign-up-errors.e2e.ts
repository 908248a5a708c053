import { expect } from "vitest";
import { checkA11y } from "./support/a11y";
import { journey } from "./support/journey";
import { expectErrorSummaryInView, text, visit } from "./support/pages";

journey("Sign-up with a mistyped e-mail address says what is wrong and keeps what was typed", async ({ newPage, javaScript, unique }) => {
  const page = await newPage();
  const name = `Kari Nordmann ${unique}`;
  const message = text("nb", "validation.email");
  await visit(page, "/registrer");
  await page.getByLabel(text("nb", "account.field.name"), { exact: true }).fill(name);
  // The browser's own check lets "kari@gmail" through; the address still lacks its ".com".
  await page.getByLabel(text("nb", "account.field.email"), { exact: true }).fill("kari@gmail");
  await page.getByLabel(text("nb", "account.field.password"), { exact: true }).fill("et langt og godt passord");
  await page.getByRole("button", { name: text("nb", "account.signUp.submit"), exact: true }).click();

  const summary = page.getByRole("heading", { name: text("nb", "form.errorSummary"), exact: true });
  await summary.waitFor();
  await checkA11y(page);
  const summaryLink = page.getByRole("link", { name: message, exact: true });
  expect(await summaryLink.getAttribute("href")).toBe("#field-email");

  const email = page.getByLabel(text("nb", "account.field.email"), { exact: true });
  expect(await email.getAttribute("aria-invalid")).toBe("true");
  const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
  const descriptions = await Promise.all(describedBy.split(" ").map((id) => page.locator(`[id="${id}"]`).innerText()));
  expect(descriptions.join(" ")).toContain(message);

  expect(await page.getByLabel(text("nb", "account.field.name"), { exact: true }).inputValue()).toBe(name);
  expect(await email.inputValue()).toBe("kari@gmail");
  await expectErrorSummaryInView(page);
  if (!javaScript) {
    // Only a page sent back by the server could carry the password, and it must not.
    expect(await page.getByLabel(text("nb", "account.field.password"), { exact: true }).inputValue()).toBe("");
  }

  await summaryLink.click();
  await page.waitForURL((url) => url.hash === "#field-email");
  await checkA11y(page);
});
