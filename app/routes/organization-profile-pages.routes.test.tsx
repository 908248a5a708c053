import { describe, expect, it } from "vitest";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { routeArgs as args, withRouteTestWorld } from "../../platform/testing/routes";
import { getOrganizationForEdit, updateOrganizationProfile } from "../../domain/organizations/profile";
import { inviteMember } from "../../domain/organizations/members";
import { createApiToken } from "../../domain/administration/apiTokens";
import { actorForApiToken } from "../../platform/auth/session";
import { addResource, updateResource } from "../../domain/organizations/resources";
import { insertDistricts } from "../../domain/organizations/vocabulary";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import * as register from "./organization.new";
import * as edit from "./organization.edit";
import * as history from "./organization.history";
import * as one from "./api.v1.organization";

const { conn, w, cookieFor, get, post } = withRouteTestWorld();

type PageProps = { loaderData: unknown; actionData?: unknown };

/** The page as the server renders it in bokmål, with the loader's and the action's data. */
function render(page: unknown, props: PageProps): string {
  const Page = page as ComponentType<PageProps>;
  const Stub = createRoutesStub([{ path: "/", Component: () => <Page {...props} /> }]);
  return renderToString(
    <I18nProvider lang="nb" messages={catalogs.nb}>
      <Stub />
    </I18nProvider>,
  );
}

/** Whether the page has the checkbox ticked: React writes checked="" on it. */
function ticked(html: string, id: string): boolean {
  const input = new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0];
  expect(input, id).toBeDefined();
  return input!.includes('checked=""');
}

const path = () => `/organisasjoner/${w.organization.id}/rediger`;

async function postEdit(fields: Record<string, string>) {
  return edit.action(args(await post(path(), fields, w.orgAdmin.personId), { id: w.organization.id }));
}

describe("the change history page", () => {
  it("shows member and volunteer counts as the numbers they are", async () => {
    await postEdit({ intent: "section:numbers", memberCount: "1", activeVolunteerCount: "12" });
    await postEdit({ intent: "section:numbers", memberCount: "10", activeVolunteerCount: "7" });
    const page = await history.loader(args(await get("/x", w.orgAdmin.personId), { id: w.organization.id }));
    const html = render(history.default, { loaderData: page });
    expect(html).toContain("Antall medlemmer: 1 → 10");
    expect(html).toContain("Antall aktive frivillige: 12 → 7");
    expect(html).not.toContain("Kultur og fritid");
    expect(html).not.toContain("Religion og livssyn");
  });

  it("names a resource's changed fields and kind as the resource form does", async () => {
    const { id } = await addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "equipment", name: "Telt", quantity: "2" } });
    const resource = { kind: "premises", name: "Telt", capacity: "40" };
    await updateResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resourceId: id, resource });
    const page = await history.loader(args(await get("/x", w.orgAdmin.personId), { id: w.organization.id }));
    const html = render(history.default, { loaderData: page });
    expect(html).toContain("Type ressurs: Utstyr → Lokale");
    expect(html).toContain(`Antall: 2 → ${catalogs.nb["organization.history.empty"]}`);
  });

  it("says whom an event concerned, names the API key that made a change, and the organisation form", async () => {
    const id = w.otherOrganization.id;
    await inviteMember(conn.db, w.coordinator, { organizationId: id, email: "kari@eksempel.no", role: "org_admin" });
    const key = await createApiToken(conn.db, w.admin, { name: "Fagsystemet", organizationId: id });
    await updateOrganizationProfile(conn.db, (await actorForApiToken(conn.db, key.token))!, { id, organizationForm: "FLI" });
    const page = await history.loader(args(await get("/x", w.coordinator.personId), { id }));
    const html = render(history.default, { loaderData: page });
    expect(html).toContain("<li>kari@eksempel.no invitert som leder</li>");
    expect(html).toContain("API-nøkkel «Fagsystemet»");
    expect(html).not.toContain(`api-token:${key.id}`);
    expect(html).toContain(`Organisasjonsform: ${catalogs.nb["organization.history.empty"]} → Forening, lag eller innretning`);
  });
});

describe("the reach section after an error", () => {
  it("keeps every box that was ticked and shows the error at its field", async () => {
    const [district] = await insertDistricts(conn.db, w.municipality.id, ["Innlandet"]);
    const fields: [string, string][] = [
      ["intent", "section:reach"],
      ["categoryCodes", "2.1"],
      ["categoryCodes", "99"],
      ["languages", "so"],
      ["languages", "ar"],
      ["districtIds", district!.id],
    ];
    const request = await post(path(), fields, w.orgAdmin.personId);
    const result = (await edit.action(args(request, { id: w.organization.id }))) as { init: { status: number }; data: unknown };
    expect(result).toMatchObject({ init: { status: 400 }, data: { errors: { categoryCodes: [{ key: "validation.invalid" }] } } });
    const page = await edit.loader(args(await get(path(), w.orgAdmin.personId), { id: w.organization.id }));
    const html = render(edit.default, { loaderData: page, actionData: result.data });
    for (const id of ["field-categoryCodes-2.1", "field-languages-so", "field-languages-ar", `field-districtIds-${district!.id}`]) expect(ticked(html, id), id).toBe(true);
    expect(ticked(html, "field-languages-en")).toBe(false);
    expect(html).toContain(catalogs.nb["validation.invalid"]);
  });

  it("refuses a language code that is not offered, at the field, keeping the others ticked", async () => {
    const fields: [string, string][] = [["intent", "section:reach"], ["languages", "zz"], ["languages", "pl"]];
    const request = await post(path(), fields, w.orgAdmin.personId);
    const result = (await edit.action(args(request, { id: w.organization.id }))) as { init: { status: number }; data: unknown };
    expect(result).toMatchObject({ init: { status: 400 }, data: { errors: { languages: [{ key: "validation.spokenLanguage" }] } } });
    const page = await edit.loader(args(await get(path(), w.orgAdmin.personId), { id: w.organization.id }));
    const html = render(edit.default, { loaderData: page, actionData: result.data });
    expect(ticked(html, "field-languages-pl")).toBe(true);
    expect(html).toContain(catalogs.nb["validation.spokenLanguage"]);
    expect((await getOrganizationForEdit(conn.db, w.orgAdmin, w.organization.id)).languages).toEqual([]);
  });
});

describe("organisation form, website and founding date in the forms", () => {
  it("refuses a form that is not offered when registering, and keeps what was typed", async () => {
    for (const organizationForm of ["XYZ", "<b>F</b>", "=1+1"]) {
      const result = await register.action(args(await post("/organisasjoner/ny", { name: "Formlaget", organizationForm }, w.volunteer.personId)));
      expect(result).toMatchObject({
        init: { status: 400 },
        data: { errors: { organizationForm: [{ key: "validation.organizationForm" }] }, values: { name: "Formlaget", organizationForm } },
      });
    }
  });

  it("refuses it in the basics section, and saves nothing", async () => {
    const result = await postEdit({ intent: "section:basics", name: "Testlaget", organizationForm: "XYZ", foundedOn: "1990-01-01" });
    expect(result).toMatchObject({ init: { status: 400 }, data: { errors: { organizationForm: [{ key: "validation.organizationForm" }] }, values: { foundedOn: "1990-01-01" } } });
    expect((await getOrganizationForEdit(conn.db, w.orgAdmin, w.organization.id)).organizationForm).toBeNull();
  });

  it("refuses a founding date in the future and a web address with a user name, at their fields", async () => {
    const basics = await postEdit({ intent: "section:basics", name: "Testlaget", foundedOn: "3000-01-01" });
    expect(basics).toMatchObject({ data: { errors: { foundedOn: [{ key: "validation.dateInFuture" }] }, values: { foundedOn: "3000-01-01" } } });
    const contact = await postEdit({ intent: "section:contact", website: "https://user:pass@evil.example", email: "post@testlaget.no" });
    expect(contact).toMatchObject({
      data: { errors: { website: [{ key: "validation.websiteCredentials" }] }, values: { website: "https://user:pass@evil.example", email: "post@testlaget.no" } },
    });
  });
});

describe("the same rules in the API", () => {
  it("refuses an unknown organisation form, language, a future founding date and a web address with a password", async () => {
    const headers = { cookie: await cookieFor(w.orgAdmin.personId), origin: "http://localhost", "content-type": "application/json" };
    const patch = (body: unknown) =>
      one.action(args(new Request(`http://localhost/api/v1/organizations/${w.organization.id}`, { method: "PATCH", body: JSON.stringify(body), headers }), { id: w.organization.id })) as Promise<Response>;
    const response = await patch({ organizationForm: "ZZZ", languages: ["qq"], foundedOn: "3000-01-01", website: "https://user:pass@evil.example" });
    expect(response.ok).toBe(false);
    const { errors } = (await response.json()) as { errors: { name: string; code: string }[] };
    expect(Object.fromEntries(errors.map((e) => [e.name, e.code]))).toEqual({
      languages: "validation.spokenLanguage",
      foundedOn: "validation.dateInFuture",
      website: "validation.websiteCredentials",
    });
    const form = await patch({ organizationForm: "ZZZ" });
    expect((await form.json()) as unknown).toMatchObject({ errors: [{ name: "organizationForm", code: "validation.organizationForm" }] });
  });
});
