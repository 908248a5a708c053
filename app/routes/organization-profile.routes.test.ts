import { describe, expect, it } from "vitest";
import { routeArgs as args, thrown, withRouteTestWorld } from "../../platform/testing/routes";
import { getOrganizationForEdit } from "../../domain/organizations/profile";
import { setOrganizationLogo } from "../../domain/organizations/logo";
import { listTargetGroups } from "../../domain/organizations/vocabulary";
import { navigationFor } from "../lib/nav.server";
import * as register from "./organization.new";
import * as edit from "./organization.edit";
import * as history from "./organization.history";
import * as logo from "./organization.logo";
import * as mine from "./my-organizations";
import { ONE_PIXEL_PNG } from "../../platform/testing/images";

const { conn, w, csrf, cookieFor, get, post, postJson } = withRouteTestWorld();

describe("registering an organisation", () => {
  it("sends the anonymous to sign in first", async () => {
    const response = await thrown(register.loader(args(await get("/organisasjoner/ny"))));
    expect(response.headers.get("location")).toBe("/logg-inn?returnTo=%2Forganisasjoner%2Fny");
  });

  it("registers and goes on to the edit page, where the registrant is admin", async () => {
    const response = (await register.action(args(await post("/organisasjoner/ny", { name: "Kvalvåg Vel", organizationNumber: "", phone: "71 23 45 67" }, w.volunteer.personId)))) as Response;
    expect(response.status).toBe(302);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/organisasjoner\/[0-9a-f-]{36}\/rediger\?utfort=registrert$/);
    const id = location.split("/")[2]!;
    const page = await edit.loader(args(await get(location, w.volunteer.personId), { id }));
    expect(page.editor.organization).toMatchObject({ name: "Kvalvåg Vel", phone: "71234567", verified: false });
    const list = await mine.loader(args(await get("/mine-organisasjoner", w.volunteer.personId)));
    expect(list.organizations).toMatchObject([{ id, role: "org_admin" }]);
  });

  it("keeps what was typed and names the fields that are wrong", async () => {
    const result = await register.action(args(await post("/organisasjoner/ny", { name: "Laget", organizationNumber: "123456789", postalCode: "12" }, w.resident.personId)));
    expect(result).toMatchObject({
      init: { status: 400 },
      data: { errors: { organizationNumber: [{ key: "validation.organizationNumber" }] }, values: { name: "Laget", organizationNumber: "123456789" } },
    });
  });
});

describe("editing the profile", () => {
  const path = () => `/organisasjoner/${w.organization.id}/rediger`;

  it("saves a section and comes back to it", async () => {
    const response = (await edit.action(
      args(await post(path(), { intent: "section:contact", website: "testlaget.no", email: "post@testlaget.no", phone: "", postalCode: "6509" }, w.orgAdmin.personId), {
        id: w.organization.id,
      }),
    )) as Response;
    expect(response.headers.get("location")).toBe(`${path()}?lagret=contact#contact`);
    expect(await getOrganizationForEdit(conn.db, w.orgAdmin, w.organization.id)).toMatchObject({ website: "https://testlaget.no/", postalCode: "6509" });
  });

  it("reads checkbox groups, and an unticked box as no", async () => {
    const groups = await listTargetGroups(conn.db, w.municipality.id);
    const fields: [string, string][] = [
      ["intent", "section:reach"],
      ["targetGroupIds", groups[0]!.id],
      ["targetGroupIds", groups[1]!.id],
      ["categoryCodes", "4.1"],
      ["languages", "ar"],
    ];
    const request = await post(path(), fields, w.orgAdmin.personId);
    await edit.action(args(request, { id: w.organization.id }));
    await edit.action(args(await post(path(), { intent: "section:preparedness", hasPreparednessPlan: "on", crisisCapacity24h: "15" }, w.orgAdmin.personId), { id: w.organization.id }));
    await edit.action(args(await post(path(), { intent: "section:preparedness", crisisCapacity24h: "15" }, w.orgAdmin.personId), { id: w.organization.id }));
    const org = await getOrganizationForEdit(conn.db, w.orgAdmin, w.organization.id);
    expect(org).toMatchObject({ categoryCodes: ["4.1"], languages: ["ar"], hasPreparednessPlan: false, crisisCapacity24h: 15 });
    expect(org.targetGroupIds).toHaveLength(2);
  });

  it("shows a contact form's errors at its own fields", async () => {
    const result = await edit.action(
      args(await post(path(), { intent: "contact-save", contactName: "Kari", contactPhone: "12" }, w.orgAdmin.personId), { id: w.organization.id }),
    );
    expect(result).toMatchObject({ data: { errors: { contactPhone: [{ key: "validation.phone" }] }, values: { intent: "contact-save" } } });
  });

  it("refuses a member and another organisation's admin, through the page", async () => {
    expect((await thrown(edit.loader(args(await get(path(), w.orgMember.personId), { id: w.organization.id })))).status).toBe(403);
    const other = `/organisasjoner/${w.otherOrganization.id}/rediger`;
    const response = await thrown(edit.action(args(await post(other, { intent: "section:basics", name: "Kapret" }, w.orgAdmin.personId), { id: w.otherOrganization.id })));
    expect(response.status).toBe(403);
  });

  it("answers a POST that is not a form with 415, not a server error", async () => {
    const json = await postJson(`/organisasjoner/${w.organization.id}/rediger`, { intent: "section:basics", name: "Laget" }, w.orgAdmin.personId);
    expect((await thrown(edit.action(args(json, { id: w.organization.id })))).status).toBe(415);
  });

  it("lets only the coordinator verify", async () => {
    expect((await thrown(edit.action(args(await post(path(), { intent: "verify" }, w.orgAdmin.personId), { id: w.organization.id })))).status).toBe(403);
    await edit.action(args(await post(path(), { intent: "verify" }, w.coordinator.personId), { id: w.organization.id }));
    expect((await getOrganizationForEdit(conn.db, w.coordinator, w.organization.id)).verified).toBe(true);
  });

  it("refuses an SVG logo at the field", async () => {
    const body = new FormData();
    body.set("_csrf", csrf.token);
    body.set("intent", "logo");
    body.set("logo", new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], "logo.svg", { type: "image/svg+xml" }));
    const request = new Request(`http://localhost${path()}`, { method: "POST", body, headers: { cookie: await cookieFor(w.orgAdmin.personId) } });
    expect(await edit.action(args(request, { id: w.organization.id }))).toMatchObject({ data: { errors: { logo: [{ key: "validation.logoType" }] } } });
  });
});

describe("the logo address", () => {
  it("serves the image inline with its own type and nosniff", async () => {
    await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.organization.id, bytes: new Uint8Array(ONE_PIXEL_PNG) });
    const response = (await logo.loader(args(await get(`/organisasjoner/${w.organization.id}/logo`), { id: w.organization.id }))) as Response;
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe("inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await thrown(logo.loader(args(await get("/x"), { id: w.otherOrganization.id })))).status).toBe(404);
  });
});

describe("history and navigation", () => {
  it("shows the history to the organisation's admin and not to a member", async () => {
    const page = await history.loader(args(await get("/x", w.orgAdmin.personId), { id: w.organization.id }));
    expect(page.history.items.map((e) => e.action)).toContain("organization.verified");
    expect((await thrown(history.loader(args(await get("/x", w.orgMember.personId), { id: w.organization.id })))).status).toBe(403);
  });

  it("puts My organisations in the navigation of people with an organisation role", () => {
    expect(navigationFor(w.orgMember).map((i) => i.to)).toContain("/mine-organisasjoner");
    expect(navigationFor(w.volunteer).map((i) => i.to)).not.toContain("/mine-organisasjoner");
  });
});
