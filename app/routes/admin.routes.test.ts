import { describe, expect, it } from "vitest";
import { routeArgs as args, thrown, withRouteTestWorld } from "../../platform/testing/routes";
import { getPersonWithRoles } from "../../domain/administration";
import { insertOrganization } from "../../domain/organizations/organizations";
import * as overview from "./admin";
import * as person from "./admin.person";
import * as apiTokens from "./admin.api-tokens";
import * as outboxMessage from "./admin.outbox-message";
import * as people from "./admin.people";
import * as outbox from "./admin.outbox";
import * as audit from "./admin.audit";

const { conn, w, cookieFor, get, post } = withRouteTestWorld();

describe("admin pages", () => {
  it("send the anonymous to sign in, and back afterwards", async () => {
    const response = await thrown(overview.loader(args(await get("/admin"))));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/logg-inn?returnTo=%2Fadmin");
  });

  it("answer 403 to a signed-in person who is not an admin", async () => {
    const response = await thrown(overview.loader(args(await get("/admin", w.coordinator.personId))));
    expect(response.status).toBe(403);
  });

  it("show the overview figures to an admin", async () => {
    const data = await overview.loader(args(await get("/admin", w.admin.personId)));
    expect(data).toMatchObject({ people: 7, admins: 1, activeApiTokens: 0 });
  });

  it("treat a search too long to be one as no search, not as a server error", async () => {
    const long = "x".repeat(300);
    const found = await people.loader(args(await get(`/admin/personer?q=${long}`, w.admin.personId)));
    expect([found.q, found.total]).toEqual(["", 7]);
    const messages = await outbox.loader(args(await get(`/admin/utboks?recipient=${long}`, w.admin.personId)));
    expect(messages.result.items).toBeInstanceOf(Array);
    expect((await audit.loader(args(await get(`/admin/logg?q=${long}&actor=${long}`, w.admin.personId)))).errors).toBeUndefined();
  });

  it("send a page past the last to the last page of the same list", async () => {
    const location = async (loading: Promise<unknown>) => (await thrown(loading)).headers.get("location");
    expect(await location(people.loader(args(await get("/admin/personer?q=a&side=99", w.admin.personId))))).toBe("/admin/personer?q=a");
    expect(await location(outbox.loader(args(await get("/admin/utboks?side=99", w.admin.personId))))).toBe("/admin/utboks");
    expect(await location(audit.loader(args(await get("/admin/logg?side=99", w.admin.personId))))).toBe("/admin/logg");
  });

  it("answer 404 for a message id that is not one", async () => {
    const response = await thrown(outboxMessage.loader(args(await get("/admin/utboks/x", w.admin.personId), { id: "x" })));
    expect(response.status).toBe(404);
  });
});

describe("the person page's organisation search", () => {
  const path = () => `/admin/personer/${w.resident.personId}`;
  const search = async (q: string) => {
    const data = await person.loader(args(await get(`${path()}?organisasjon=${encodeURIComponent(q)}`, w.admin.personId), { id: w.resident.personId }));
    return data.organizationSearch;
  };

  it("offers no organisations before the admin searches", async () => {
    const data = await person.loader(args(await get(path(), w.admin.personId), { id: w.resident.personId }));
    expect(data.organizationSearch).toEqual({ q: "", matches: [], more: false });
  });

  it("finds organisations by name and by organisasjonsnummer", async () => {
    expect((await search("testlag")).matches.map((o) => o.id)).toEqual([w.organization.id]);
    const club = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Kvam Idrettslag", organizationNumber: "974760673" });
    expect(await search("974 760 673")).toEqual({ q: "974 760 673", matches: [{ id: club.id, name: "Kvam Idrettslag", organizationNumber: "974760673" }], more: false });
    expect((await search("Finnes ikke")).matches).toEqual([]);
  });

  it("answers 403 to someone who may not administer people", async () => {
    const request = await get(`${path()}?organisasjon=Testlaget`, w.coordinator.personId);
    expect((await thrown(person.loader(args(request, { id: w.resident.personId })))).status).toBe(403);
  });
});

describe("the person page's forms", () => {
  it("grant a role and come back to the page with a confirmation", async () => {
    const path = `/admin/personer/${w.resident.personId}`;
    const response = (await person.action(args(await post(path, { intent: "grant", role: "volunteer", organizationId: "" }, w.admin.personId), { id: w.resident.personId }))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${path}?utfort=gitt`);
  });

  it("grant an organisation role in the organisation chosen from the search", async () => {
    const path = `/admin/personer/${w.volunteer.personId}?organisasjon=laget`;
    const fields = { intent: "grant", role: "org_admin", organizationId: w.otherOrganization.id };
    const response = (await person.action(args(await post(path, fields, w.admin.personId), { id: w.volunteer.personId }))) as Response;
    expect(response.headers.get("location")).toBe(`/admin/personer/${w.volunteer.personId}?utfort=gitt`);
    const shown = await person.loader(args(await get(`/admin/personer/${w.volunteer.personId}`, w.admin.personId), { id: w.volunteer.personId }));
    expect(shown.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: "org_admin", organizationName: "Andre laget" })]));
  });

  it("name the organisation field when an organisation role lacks one, keeping the choice", async () => {
    const result = await person.action(
      args(await post("/x", { intent: "grant", role: "org_member", organizationId: "" }, w.admin.personId), { id: w.resident.personId }),
    );
    expect(result).toMatchObject({
      init: { status: 400 },
      data: { errors: { organizationId: [{ key: "validation.roleNeedsOrganization" }] }, values: { role: "org_member" } },
    });
  });

  it("explain why the last admin cannot step down", async () => {
    const self = await getPersonWithRoles(conn.db, w.admin, { personId: w.admin.personId });
    const result = await person.action(
      args(await post("/x", { intent: "revoke", grantId: self.roles[0]!.grantId }, w.admin.personId), { id: w.admin.personId }),
    );
    expect(result).toMatchObject({ init: { status: 409 }, data: { errors: { _form: [{ key: "validation.lastAdmin" }] } } });
  });

  it("refuse a form without the CSRF token", async () => {
    const request = new Request("http://localhost/x", {
      method: "POST",
      body: new URLSearchParams({ intent: "grant", role: "admin" }),
      headers: { cookie: await cookieFor(w.admin.personId), "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await thrown(person.action(args(request, { id: w.resident.personId })))).status).toBe(419);
  });
});

describe("the API key page", () => {
  it("shows a new key once, in an answer no cache keeps", async () => {
    const result = (await apiTokens.action(args(await post("/admin/api-nokler", { intent: "create", name: "Nettsiden", organizationId: "" }, w.admin.personId)))) as {
      data: { created: { name: string; token: string } };
      init: { headers: Record<string, string> };
    };
    expect(result.data.created.name).toBe("Nettsiden");
    expect(result.data.created.token).toMatch(/^dugnad_/);
    expect(result.init.headers["Cache-Control"]).toBe("no-store");
    const listed = (await apiTokens.loader(args(await get("/admin/api-nokler", w.admin.personId)))) as { tokens: object[] };
    expect(JSON.stringify(listed)).not.toContain(result.data.created.token);
  });

  const tokensPage = "/admin/api-nokler";
  const organizationSearch = async (q: string) => {
    const data = await apiTokens.loader(args(await get(`${tokensPage}?organisasjon=${encodeURIComponent(q)}`, w.admin.personId)));
    return data.organizationSearch;
  };

  it("offers no organisations before the admin searches", async () => {
    const data = await apiTokens.loader(args(await get(tokensPage, w.admin.personId)));
    expect(data.organizationSearch).toEqual({ q: "", matches: [], more: false });
  });

  it("finds organisations by name and by organisasjonsnummer", async () => {
    expect((await organizationSearch("testlag")).matches.map((o) => o.id)).toEqual([w.organization.id]);
    const club = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Voss Sjakklubb", organizationNumber: "982462901" });
    expect(await organizationSearch("982 462 901")).toEqual({ q: "982 462 901", matches: [{ id: club.id, name: "Voss Sjakklubb", organizationNumber: "982462901" }], more: false });
    expect((await organizationSearch("Finnes ikke")).matches).toEqual([]);
  });

  it("answers 403 to someone who may not manage API keys", async () => {
    const request = await get(`${tokensPage}?organisasjon=Testlaget`, w.coordinator.personId);
    expect((await thrown(apiTokens.loader(args(request)))).status).toBe(403);
  });

  it("creates a key for the organisation chosen from the search, and lists it under that organisation", async () => {
    const fields = { intent: "create", name: "Andre lagets app", organizationId: w.otherOrganization.id };
    const result = (await apiTokens.action(args(await post(`${tokensPage}?organisasjon=andre`, fields, w.admin.personId)))) as { data: { created: { name: string } } };
    expect(result.data.created.name).toBe("Andre lagets app");
    const listed = await apiTokens.loader(args(await get(tokensPage, w.admin.personId)));
    expect(listed.tokens).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Andre lagets app", organizationName: "Andre laget" })]));
  });

  it("keeps the chosen organisation when the name is missing", async () => {
    const fields = { intent: "create", name: " ", organizationId: w.organization.id };
    const result = await apiTokens.action(args(await post(`${tokensPage}?organisasjon=test`, fields, w.admin.personId)));
    expect(result).toMatchObject({ init: { status: 400 }, data: { errors: { name: [{ key: "validation.required" }] }, values: { organizationId: w.organization.id } } });
  });
});
