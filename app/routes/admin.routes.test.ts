import { describe, expect, it } from "vitest";
import { routeArgs as args, thrown, withRouteTestWorld } from "../../platform/testing/routes";
import { getPersonWithRoles } from "../../domain/administration";
import * as overview from "./admin";
import * as person from "./admin.person";
import * as apiTokens from "./admin.api-tokens";
import * as outboxMessage from "./admin.outbox-message";

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

  it("answer 404 for a message id that is not one", async () => {
    const response = await thrown(outboxMessage.loader(args(await get("/admin/utboks/x", w.admin.personId), { id: "x" })));
    expect(response.status).toBe(404);
  });
});

describe("the person page's forms", () => {
  it("grant a role and come back to the page with a confirmation", async () => {
    const path = `/admin/personer/${w.resident.personId}`;
    const response = (await person.action(args(await post(path, { intent: "grant", role: "volunteer", organizationId: "" }, w.admin.personId), { id: w.resident.personId }))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${path}?utfort=gitt`);
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
});
