import { describe, expect, it } from "vitest";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { routeArgs as args, withRouteTestWorld } from "../../platform/testing/routes";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import { nextRevision } from "../components/organization/SectionForm";
import { addContact, removeContact } from "../../domain/organizations/contacts";
import { setOrganizationLogo } from "../../domain/organizations/logo";
import { ONE_PIXEL_PNG } from "../../platform/testing/images";
import type { FormFailure } from "../lib/forms.server";
import * as register from "./organization.new";
import * as edit from "./organization.edit";

const { conn, w, csrf, cookieFor, get, post } = withRouteTestWorld();

const path = () => `/organisasjoner/${w.organization.id}/rediger`;
const saved = catalogs.nb["organization.edit.saved"];

/** The page at `url` as the server renders it in bokmål, with the loader's data and, after a failed form, the action's. */
function render(page: unknown, url: string, loaderData: unknown, actionData?: unknown): string {
  const Stub = createRoutesStub([{ id: "page", path: "*", Component: page as ComponentType }]);
  const hydrationData = { loaderData: { page: loaderData }, ...(actionData === undefined ? {} : { actionData: { page: actionData } }) };
  return renderToString(
    <I18nProvider lang="nb" messages={catalogs.nb}>
      <Stub initialEntries={[url]} hydrationData={hydrationData} />
    </I18nProvider>,
  );
}

/** The input element named `name`, as rendered. */
function input(html: string, name: string): string {
  const found = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  expect(found, name).toBeDefined();
  return found!;
}

const editPage = async () => edit.loader(args(await get(path(), w.orgAdmin.personId), { id: w.organization.id }));

describe("web addresses and e-mail addresses in the organisation forms", () => {
  it("are plain text fields with the keyboard for their kind, so the browser blocks none of what the server accepts", async () => {
    const pages = [render(register.default, "/organisasjoner/ny", { title: "" }), render(edit.default, path(), await editPage())];
    for (const html of pages) {
      const website = input(html, "website");
      expect(website).toContain('type="text"');
      expect(website).toContain('inputMode="url"');
      expect(website).toContain('autoComplete="url"');
      const email = input(html, "email");
      expect(email).toContain('type="text"');
      expect(email).toContain('inputMode="email"');
    }
    const contactEmail = input(pages[1]!, "contactEmail");
    expect(contactEmail).toContain('type="text"');
    expect(contactEmail).toContain('inputMode="email"');
  });

  it("are saved, with the scheme added, when written without one", async () => {
    const result = (await edit.action(args(await post(path(), { intent: "section:contact", website: "www.laget.no" }, w.orgAdmin.personId), { id: w.organization.id }))) as Response;
    expect(result.status).toBe(302);
    expect((await editPage()).editor.organization.website).toBe("https://www.laget.no/");
  });
});

describe("the success message after a save", () => {
  it("is shown at the section that was saved, and goes when another action on the page answers", async () => {
    const response = (await edit.action(args(await post(path(), { intent: "section:numbers", memberCount: "12" }, w.orgAdmin.personId), { id: w.organization.id }))) as Response;
    const savedAt = response.headers.get("location")!;
    expect(savedAt).toContain("lagret=numbers");
    const afterSave = render(edit.default, savedAt, await editPage());
    expect(afterSave.split(saved)).toHaveLength(2);
    expect(afterSave.indexOf(saved)).toBeGreaterThan(afterSave.indexOf('id="numbers"'));

    const body = new FormData();
    body.set("_csrf", csrf.token);
    body.set("intent", "logo");
    body.set("logo", new File(["not an image"], "logo.png", { type: "image/png" }));
    const upload = new Request(`http://localhost${savedAt}`, { method: "POST", body, headers: { cookie: await cookieFor(w.orgAdmin.personId) } });
    const refused = (await edit.action(args(upload, { id: w.organization.id }))) as { data: unknown };
    const afterError = render(edit.default, savedAt, await editPage(), refused.data);
    expect(afterError).toContain(catalogs.nb["validation.logoType"]);
    expect(afterError).not.toContain(saved);
  });
});

describe("which section's form starts again from the saved values", () => {
  const before = { data: { version: 1 }, resets: 0 };

  it("only the one that was saved, once the page's data has been read again", () => {
    const after = { version: 2 };
    expect(nextRevision(before, after, true)).toEqual({ data: after, resets: 1 });
    expect(nextRevision(before, after, false)).toEqual({ data: after, resets: 0 });
  });

  it("none while the data is the same, such as when the page only scrolls to a field", () => {
    expect(nextRevision(before, before.data, true)).toBe(before);
  });
});

describe("the verification badge on the edit page", () => {
  it("tells the organisation's admin that a new name, number or form must be verified again, and not the coordinator", async () => {
    const hint = catalogs.nb["organization.basics.reverify"];
    const asAdmin = async () => render(edit.default, path(), await editPage());
    expect(await asAdmin()).not.toContain(hint);
    await edit.action(args(await post(path(), { intent: "verify" }, w.coordinator.personId), { id: w.organization.id }));
    expect(await asAdmin()).toContain(hint);
    const asCoordinator = await edit.loader(args(await get(path(), w.coordinator.personId), { id: w.organization.id }));
    expect(render(edit.default, path(), asCoordinator)).not.toContain(hint);
  });
});

/** The id of the innermost section each error summary on the page sits in. */
const summarySections = (html: string) =>
  html
    .split("<section ")
    .filter((part) => part.includes("<ds-error-summary"))
    .map((part) => /^[^>]*id="([^"]*)"/.exec(part)?.[1]);

const postedTo = (html: string) => [...html.matchAll(/<form[^>]*method="post"[^>]*>/g)].map(([form]) => /action="([^"]*)"/.exec(form)?.[1]?.replaceAll("&amp;", "&"));

describe("a form on the edit page that fails", () => {
  const asCoordinator = async (url = path()) => edit.loader(args(await get(url, w.coordinator.personId), { id: w.organization.id }));

  it("shows its error in the error summary of its own section, whichever of the page's forms it was", async () => {
    const organizationId = w.organization.id;
    await addContact(conn.db, w.orgAdmin, { organizationId, name: "Kari Kontakt" });
    await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId, bytes: ONE_PIXEL_PNG });
    const loaderData = await asCoordinator();
    const sections = ["basics", "description", "contact", "reach", "numbers", "preparedness"].map((s) => [`section:${s}`, s]);
    const cases = [
      ...sections,
      ["contact-save", "contact-form"],
      ["contact-remove", "contact-form"],
      ["logo", "logo"],
      ["logo-remove", "logo"],
      ["verify", "verify"],
      ["unverify", "verify"],
    ];
    for (const [intent, section] of cases) {
      const failure: FormFailure = { ok: false, errors: { _form: [{ key: "validation.invalid" }] }, values: { intent: intent! }, lists: {} };
      expect(summarySections(render(edit.default, path(), loaderData, failure)), intent).toEqual([section]);
    }
  });

  it("posts to its section, keeping the contact being changed, so that the answer opens there also without JavaScript", async () => {
    const organizationId = w.organization.id;
    const { id: contactId } = await addContact(conn.db, w.orgAdmin, { organizationId, name: "Kari Kontakt" });
    await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId, bytes: ONE_PIXEL_PNG });
    const url = `${path()}?kontakt=${contactId}&lagret=contacts`;
    const at = (section: string) => `${path()}#${section}`;
    const contactForm = `${path()}?kontakt=${contactId}#contact-form`;
    const sections = ["basics", "description", "contact", "reach", "numbers", "preparedness"].map(at);
    const loaderData = await asCoordinator(url);
    const removeButtons = loaderData.editor.contacts.map(() => contactForm);
    expect(postedTo(render(edit.default, url, loaderData))).toEqual([at("verify"), ...sections, ...removeButtons, contactForm, at("logo"), at("logo")]);
  });

  it("says in the contacts section that a contact removed meanwhile, in another tab say, is already gone", async () => {
    const organizationId = w.organization.id;
    const { id: contactId } = await addContact(conn.db, w.orgAdmin, { organizationId, name: "Kari Kontakt" });
    await removeContact(conn.db, w.orgAdmin, { organizationId, contactId });
    const attempts: Record<string, string>[] = [{ intent: "contact-remove", contactId }, { intent: "contact-save", contactId, contactName: "Kari Kontakt" }];
    for (const fields of attempts) {
      const refused = (await edit.action(args(await post(path(), fields, w.orgAdmin.personId), { id: organizationId }))) as { data: FormFailure; init: ResponseInit };
      expect(refused.init.status).toBe(404);
      const html = render(edit.default, path(), await editPage(), refused.data);
      expect(summarySections(html)).toEqual(["contact-form"]);
      expect(html).toContain(catalogs.nb["organization.contacts.gone"]);
    }
  });

  it("sent without the contact to remove, shows why in the contacts section", async () => {
    const refused = (await edit.action(args(await post(path(), { intent: "contact-remove" }, w.orgAdmin.personId), { id: w.organization.id }))) as { data: FormFailure };
    expect(summarySections(render(edit.default, path(), await editPage(), refused.data))).toEqual(["contact-form"]);
  });
});
