import { expect } from "vitest";
import type { Page } from "playwright-core";
import { checkA11y } from "./support/a11y";
import { login } from "./support/accounts";
import { journey } from "./support/journey";
import { text, visit } from "./support/pages";

const t = (key: Parameters<typeof text>[1], params: Record<string, string> = {}) =>
  Object.entries(params).reduce((s, [k, v]) => s.replace(`{${k}}`, v), text("nb", key));

type Described = { field: string; ids: string[]; texts: string[] };

/**
 * Every element on the page that names what describes it, with the ids it names and their texts. With
 * JavaScript, waits first for Designsystemet's elements, which may change the attribute as they start.
 */
async function describedElements(page: Page, javaScript: boolean): Promise<Described[]> {
  if (javaScript) await page.waitForFunction(() => customElements.get("ds-field") !== undefined);
  return page.locator("[aria-describedby]").evaluateAll((elements) =>
    elements.map((element) => {
      const ids = element.getAttribute("aria-describedby")!.trim().split(/\s+/);
      return { field: element.id, ids, texts: ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? "") };
    }),
  );
}

function expectEachDescriptionOnce(described: Described[]): void {
  for (const { field, ids, texts } of described) {
    expect(ids, field).toEqual([...new Set(ids)]);
    expect(texts, field).not.toContain("");
  }
}

/** The demo organisation's edit page, opened by its admin as they would from Mine organisasjoner. */
async function editPageAsAdmin(admin: Page): Promise<Page> {
  await login(admin, "orgAdmin");
  await visit(admin, "/mine-organisasjoner");
  await admin.getByRole("link", { name: new RegExp(`^${t("organization.mine.edit")}`) }).first().click();
  await admin.waitForURL(/\/rediger$/);
  return admin;
}

journey("A field's hint and error message are each read once, with the field", async ({ newPage, javaScript }) => {
  const admin = await editPageAsAdmin(await newPage());

  const number = admin.getByLabel(t("organization.field.organizationNumber"), { exact: true });
  await number.waitFor();
  const before = await describedElements(admin, javaScript);
  expectEachDescriptionOnce(before);
  expect(before.find((d) => d.field === "field-organizationNumber")?.texts).toEqual([t("organization.new.numberHelp")]);

  await number.fill("123");
  const basics = t("organization.section.basics");
  await admin.getByRole("button", { name: t("organization.edit.save", { section: basics.toLowerCase() }), exact: true }).click();
  await admin.locator("#field-organizationNumber[aria-invalid=true]").waitFor();
  const after = await describedElements(admin, javaScript);
  expectEachDescriptionOnce(after);
  const error = await admin.locator("#field-organizationNumber-error").innerText();
  expect(new Set(after.find((d) => d.field === "field-organizationNumber")?.texts)).toEqual(new Set([t("organization.new.numberHelp"), error.trim()]));
  await checkA11y(admin);
});

/**
 * Sends the profile's reach section with one more value of `name` than the page offers, as a page opened before that
 * choice was taken away would, and waits for the group's error message.
 */
async function sendUnknownChoice(page: Page, javaScript: boolean, name: string, value: string): Promise<string> {
  await visit(page, new URL(page.url()).pathname);
  // Once React has taken over the page, a remove button's question has its "Avbryt" as well: a field added before that would be lost.
  if (javaScript) await page.getByRole("button", { name: t("form.cancel"), exact: true, includeHidden: true }).first().waitFor({ state: "attached" });
  const reach = t("organization.section.reach");
  const save = page.getByRole("button", { name: t("organization.edit.save", { section: reach.toLowerCase() }), exact: true });
  await save.evaluate((button: HTMLButtonElement, [name, value]) => {
    const field = Object.assign(document.createElement("input"), { type: "hidden", name, value });
    button.form!.append(field);
  }, [name, value]);
  await save.click();
  const message = page.locator(`[id="field-${name}"] > [data-field=validation]`);
  await message.waitFor();
  return (await message.innerText()).trim();
}

journey("A group of checkboxes that fails names its error at each box, once", async ({ newPage, javaScript }) => {
  const admin = await editPageAsAdmin(await newPage());
  const textsOf = async (field: string) => {
    const described = await describedElements(admin, javaScript);
    expectEachDescriptionOnce(described);
    return described.find((d) => d.field === field)?.texts;
  };

  const languageError = await sendUnknownChoice(admin, javaScript, "languages", "zz");
  expect(await textsOf("field-languages-en")).toEqual([languageError]);
  expect(await admin.locator("#field-languages-en").getAttribute("aria-invalid")).toBe("true");
  expect(await textsOf("field-categoryCodes-2.1")).toBeUndefined();
  await checkA11y(admin);

  // The categories' boxes sit in a group for each main category, inside the group that has the error message.
  const categoryError = await sendUnknownChoice(admin, javaScript, "categoryCodes", "99");
  expect(await textsOf("field-categoryCodes-2.1")).toEqual([categoryError]);
  expect(await textsOf("field-languages-en")).toBeUndefined();
  await checkA11y(admin);
});
