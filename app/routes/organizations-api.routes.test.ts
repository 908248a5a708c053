import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { apiToken } from "../../platform/auth/schema";
import { createSession, SESSION_COOKIE } from "../../platform/auth/session";
import { hashToken, newToken } from "../../platform/auth/tokens";
import { roleGrant } from "../../platform/permissions/schema";
import { withTestWorld } from "../../platform/testing/hooks";
import { routeTestSetup } from "../../platform/testing/routes";
import { profileFields } from "../../domain/organizations/profile-input";
import {
  competence,
  icnpoCategory,
  organization,
  organizationCategory,
  organizationContact,
  organizationDistrict,
  organizationResource,
  targetGroup,
  organizationTargetGroup,
} from "../../domain/organizations/schema";
import { insertDistricts } from "../../domain/organizations/vocabulary";
import * as organizations from "./api.v1.organizations";
import * as one from "./api.v1.organization";
import * as resources from "./api.v1.organization-resources";
import * as resource from "./api.v1.organization-resource";
import * as hsds from "./api.v1.hsds.organizations";
import * as vocabulary from "./api.v1.vocabulary";
import * as openapi from "./api.v1.openapi";

const { conn, w } = withTestWorld();
const ORIGIN = "http://localhost";
let categoryCode: string;
let groupId: string;
let districtId: string;
let busId: string;

beforeAll(async () => {
  routeTestSetup(conn);
  const [category] = await conn.db.select().from(icnpoCategory).limit(1);
  const [group] = await conn.db.select().from(targetGroup).limit(1);
  categoryCode = category!.code;
  groupId = group!.id;
  districtId = (await insertDistricts(conn.db, w.municipality.id, ["Sentrum"]))[0]!.id;
  await conn.db.insert(organizationDistrict).values({ organizationId: w.organization.id, districtId });
  await conn.db
    .update(organization)
    .set({ organizationNumber: "912345688", shortDescription: "Idrett for barn og unge", languages: ["nb", "ar"], email: "post@testlaget.test" })
    .where(eq(organization.id, w.organization.id));
  await conn.db.insert(organizationCategory).values({ organizationId: w.organization.id, categoryCode });
  await conn.db.insert(organizationTargetGroup).values({ organizationId: w.organization.id, targetGroupId: group!.id });
  await conn.db.insert(organizationContact).values({ organizationId: w.organization.id, name: "Kari Kontakt", email: "kari@testlaget.test", phone: "90000000" });
  const [bus] = await conn.db
    .insert(organizationResource)
    .values({ organizationId: w.organization.id, kind: "vehicle", name: "Minibuss", vehicleType: "minibuss", seats: 8 })
    .returning();
  busId = bus!.id;
});

type Handler = (args: never) => Promise<Response>;

function call(handler: Handler, path: string, init: RequestInit = {}, params: Record<string, string> = {}): Promise<Response> {
  return handler({ request: new Request(`${ORIGIN}${path}`, init), params, context: {} } as never);
}

async function as(personId: string): Promise<Record<string, string>> {
  return { cookie: `${SESSION_COOKIE}=${await createSession(conn.db, personId, "password")}`, origin: ORIGIN };
}

async function tokenFor(organizationId: string | null): Promise<Record<string, string>> {
  const token = newToken();
  await conn.db.insert(apiToken).values({ municipalityId: w.municipality.id, organizationId, name: "Integrasjon", tokenHash: hashToken(token) });
  return { authorization: `Bearer ${token}` };
}

function send(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } };
}

/** A resource one test adds and the others do not expect, removed also when the test fails. */
function removeAfterTest(resourceId: string): void {
  onTestFinished(async () => {
    await conn.db.delete(organizationResource).where(eq(organizationResource.id, resourceId));
  });
}

async function problem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as { type: string; detail: string; errors?: { name: string; code: string; detail: string }[]; existing?: unknown };
}

describe("GET /api/v1/organizations", () => {
  it("answers the page shape with each organisation's number, categories, target groups and languages", async () => {
    const response = await call(organizations.loader, "/api/v1/organizations");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(body.items.find((o: { id: string }) => o.id === w.organization.id)).toEqual({
      id: w.organization.id,
      name: "Testlaget",
      organizationNumber: "912345688",
      shortDescription: "Idrett for barn og unge",
      postalTown: null,
      languages: ["nb", "ar"],
      verified: false,
      categories: [{ code: categoryCode, name: expect.objectContaining({ nb: expect.any(String) }) }],
      targetGroups: [expect.objectContaining({ nb: expect.any(String), en: expect.any(String) })],
    });
  });

  it("filters by words, category, language and resource, and pages with pageSize", async () => {
    const names = async (query: string) =>
      ((await (await call(organizations.loader, `/api/v1/organizations?${query}`)).json()).items as { name: string }[]).map((o) => o.name);
    expect(await names("q=idrett")).toEqual(["Testlaget"]);
    expect(await names(`category=${categoryCode}`)).toEqual(["Testlaget"]);
    expect(await names("language=ar")).toEqual(["Testlaget"]);
    expect(await names("resource=minibuss")).toEqual(["Testlaget"]);
    expect(await names("resource=bil+med+20+seter")).toEqual([]);
    expect(await names("resource=og")).toEqual([]);
    expect(await names("resource=for+med")).toEqual([]);
    const second = await (await call(organizations.loader, "/api/v1/organizations?pageSize=1&page=2")).json();
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ name: "Testlaget" }] });
  });

  it("names a page size beyond the limit, and one that is not a whole number in plain digits (abc, 0x2, 1e1) rather than calling it missing", async () => {
    const body = await problem(await call(organizations.loader, "/api/v1/organizations?pageSize=1000"), 400);
    expect(body.errors?.map((e) => e.name)).toEqual(["pageSize"]);
    for (const query of ["pageSize=abc", "page=0x2", "pageSize=1e1"]) {
      const notANumber = await problem(await call(organizations.loader, `/api/v1/organizations?${query}`), 400);
      expect(notANumber.errors).toEqual([expect.objectContaining({ name: query.split("=")[0], code: "validation.wholeNumber" })]);
    }
    const empty = await (await call(organizations.loader, "/api/v1/organizations?page=&pageSize=")).json();
    expect(empty).toMatchObject({ page: 1, pageSize: 20 });
  });

  it("names each filter it cannot read instead of answering every organisation", async () => {
    const query = `q=${"a".repeat(201)}&category=idrett&targetGroup=barn&district=1&language=arabisk&resource=${"b".repeat(201)}`;
    const body = await problem(await call(organizations.loader, `/api/v1/organizations?${query}`), 400);
    expect(body.errors?.map((e) => e.name).sort()).toEqual(["category", "district", "language", "q", "resource", "targetGroup"]);
    expect(body.errors?.find((e) => e.name === "q")).toMatchObject({ code: "validation.tooLong" });
  });
});

describe("GET /api/v1/organizations/{id}", () => {
  it("refuses a wrong or revoked key with 401 invalid_token instead of answering as to the anonymous", async () => {
    const revoked = await tokenFor(null);
    await conn.db.update(apiToken).set({ revokedAt: new Date() }).where(eq(apiToken.tokenHash, hashToken(revoked.authorization!.slice("Bearer ".length))));
    for (const headers of [{ authorization: "Bearer dugnad_nope" }, revoked]) {
      const response = await call(one.loader, `/api/v1/organizations/${w.organization.id}`, { headers }, { id: w.organization.id });
      await problem(response, 401);
      expect(response.headers.get("www-authenticate")).toMatch(/invalid_token/);
      await problem(await call(organizations.loader, "/api/v1/organizations", { headers }), 401);
    }
  });

  const contactsSeenWith = async (headers: Record<string, string>) => {
    const response = await call(one.loader, `/api/v1/organizations/${w.organization.id}`, { headers }, { id: w.organization.id });
    expect(response.status).toBe(200);
    return (await response.json()).contacts as { name: string }[] | null;
  };

  it("shows everyone the organisation's own contact and resources, but contact persons only to those who may see them", async () => {
    const response = await call(one.loader, `/api/v1/organizations/${w.organization.id}`, {}, { id: w.organization.id });
    const body = await response.json();
    expect(body).toMatchObject({ email: "post@testlaget.test", contacts: null, resources: [{ kind: "vehicle", name: "Minibuss", seats: 8 }] });
    expect(JSON.stringify(body)).not.toContain("Kari");
    expect(await contactsSeenWith(await as(w.resident.personId))).toBeNull();
    expect(await contactsSeenWith(await tokenFor(w.otherOrganization.id))).toBeNull();
    for (const who of [w.coordinator, w.staff, w.orgMember, w.orgAdmin]) {
      expect((await contactsSeenWith(await as(who.personId)))?.map((c) => c.name)).toEqual(["Kari Kontakt"]);
    }
    expect((await contactsSeenWith(await tokenFor(w.organization.id)))?.map((c) => c.name)).toEqual(["Kari Kontakt"]);
  });

  it("reads back the profile facts the API writes, with the 24/7 emergency contact only for those who see contact persons", async () => {
    const facts = {
      organizationForm: "FLI",
      foundedOn: "1990-03-01",
      memberCount: 80,
      activeVolunteerCount: 12,
      hasPreparednessPlan: true,
      preparednessPlanReviewedOn: "2025-10-01",
      crisisCapacity24h: 6,
      hasCooperationAgreement: true,
      cooperationAgreementOn: "2024-02-01",
      cooperationAgreementScope: "Transport ved evakuering",
    };
    const emergency = { emergencyContactName: "Vakttelefon", emergencyContactPhone: "90010001" };
    const written = await call(one.action, `/api/v1/organizations/${w.organization.id}`, send("PATCH", { ...facts, ...emergency }, await as(w.orgAdmin.personId)), {
      id: w.organization.id,
    });
    expect(written.status).toBe(200);
    const read = async (headers: Record<string, string>) =>
      (await call(one.loader, `/api/v1/organizations/${w.organization.id}`, { headers }, { id: w.organization.id })).json();
    for (const headers of [{}, await as(w.resident.personId), await tokenFor(w.otherOrganization.id)]) {
      const body = await read(headers);
      expect(body).toMatchObject(facts);
      expect(body).not.toHaveProperty("emergencyContactName");
      expect(JSON.stringify(body)).not.toContain("90010001");
    }
    for (const headers of [await as(w.staff.personId), await as(w.orgMember.personId), await tokenFor(w.organization.id)]) {
      expect(await read(headers)).toMatchObject({ ...facts, ...emergency });
    }
  });

  it("answers with every field PATCH takes: categories by code, target groups and districts by the ids the filters take", async () => {
    const response = await call(one.loader, `/api/v1/organizations/${w.organization.id}`, { headers: await tokenFor(w.organization.id) }, { id: w.organization.id });
    const body = await response.json();
    expect(Object.keys(body)).toEqual(expect.arrayContaining(Object.keys(profileFields)));
    expect(body).toMatchObject({ categoryCodes: [categoryCode], targetGroupIds: [groupId], districtIds: [districtId], districts: ["Sentrum"] });
    expect(body.targetGroups).toHaveLength(1);
    const found = await call(organizations.loader, `/api/v1/organizations?targetGroup=${body.targetGroupIds[0]}&district=${body.districtIds[0]}`);
    expect((await found.json()).items.map((o: { id: string }) => o.id)).toEqual([w.organization.id]);
  });

  it("gives its resources as …/resources does, a competence with its id", async () => {
    const [firstAid] = await conn.db.select().from(competence).limit(1);
    const [offered] = await conn.db
      .insert(organizationResource)
      .values({ organizationId: w.organization.id, kind: "competence", competenceId: firstAid!.id, name: "Førstehjelpere" })
      .returning();
    removeAfterTest(offered!.id);
    const detail = await (await call(one.loader, `/api/v1/organizations/${w.organization.id}`, {}, { id: w.organization.id })).json();
    const listed = await (await call(resources.loader, `/api/v1/organizations/${w.organization.id}/resources`, {}, { id: w.organization.id })).json();
    expect(detail.resources).toEqual(listed.items);
    expect(detail.resources).toContainEqual(expect.objectContaining({ id: offered!.id, competenceId: firstAid!.id }));
  });

  it("answers 404 for an unknown id or one that is not an id", async () => {
    await problem(await call(one.loader, "/api/v1/organizations/x", {}, { id: "x" }), 404);
    const unknown = "00000000-0000-4000-8000-000000000000";
    await problem(await call(one.loader, `/api/v1/organizations/${unknown}`, {}, { id: unknown }), 404);
  });
});

describe("POST /api/v1/organizations", () => {
  it("asks the anonymous to sign in", async () => {
    await problem(await call(organizations.action, "/api/v1/organizations", send("POST", { name: "Nytt lag" })), 401);
  });

  it("tells an API key that a person must sign in to register, and registers nothing", async () => {
    const before = await conn.db.select().from(organization);
    for (const headers of [await tokenFor(null), await tokenFor(w.organization.id)]) {
      const refused = await problem(await call(organizations.action, "/api/v1/organizations?lang=en", send("POST", { name: "Nøkkellaget" }, headers)), 403);
      expect(refused).toMatchObject({ type: "urn:dugnad:problem:person-required", detail: expect.stringContaining("sign in") });
    }
    expect(await conn.db.select().from(organization)).toHaveLength(before.length);
  });

  it("registers the organisation and makes the person its admin", async () => {
    const response = await call(organizations.action, "/api/v1/organizations", send("POST", { name: "Nordmøre turlag", organizationNumber: "912345696" }, await as(w.resident.personId)));
    expect(response.status).toBe(201);
    const { id } = await response.json();
    expect(response.headers.get("location")).toBe(`/api/v1/organizations/${id}`);
    const grants = await conn.db.select().from(roleGrant).where(eq(roleGrant.organizationId, id));
    expect(grants.map((g) => [g.personId, g.role])).toEqual([[w.resident.personId, "org_admin"]]);
  });

  it("names an invalid organisasjonsnummer, and points a duplicate to the organisation that has it", async () => {
    const headers = await as(w.volunteer.personId);
    const invalid = await problem(await call(organizations.action, "/api/v1/organizations?lang=en", send("POST", { name: "Feil", organizationNumber: "912345678" }, headers)), 400);
    expect(invalid.type).toBe("urn:dugnad:problem:validation");
    expect(invalid.errors).toEqual([expect.objectContaining({ name: "organizationNumber" })]);
    const duplicate = await problem(await call(organizations.action, "/api/v1/organizations", send("POST", { name: "Kopi", organizationNumber: "912345688" }, headers)), 409);
    expect(duplicate.detail).toContain("Testlaget");
    expect(duplicate.errors?.[0]?.name).toBe("organizationNumber");
    expect(duplicate.existing).toEqual({ id: w.organization.id, href: `/api/v1/organizations/${w.organization.id}` });
  });

  it("points a change to a taken organisasjonsnummer to the organisation that has it", async () => {
    const body = send("PATCH", { organizationNumber: "912345688" }, await as(w.coordinator.personId));
    const duplicate = await problem(await call(one.action, `/api/v1/organizations/${w.otherOrganization.id}`, body, { id: w.otherOrganization.id }), 409);
    expect(duplicate.existing).toEqual({ id: w.organization.id, href: `/api/v1/organizations/${w.organization.id}` });
  });
});

describe("PATCH /api/v1/organizations/{id}", () => {
  const patch = async (headers: Record<string, string>, body: unknown = { shortDescription: "Fotball og friidrett" }) =>
    call(one.action, `/api/v1/organizations/${w.organization.id}`, send("PATCH", body, headers), { id: w.organization.id });

  it("refuses those who are not the organisation's admin with a 403 problem and changes nothing", async () => {
    for (const who of [w.orgMember, w.resident, w.staff]) await problem(await patch(await as(who.personId)), 403);
    await problem(await patch(await tokenFor(w.otherOrganization.id)), 403);
    const [row] = await conn.db.select().from(organization).where(eq(organization.id, w.organization.id));
    expect(row!.shortDescription).toBe("Idrett for barn og unge");
  });

  it("lets the organisation's admin and the coordinator change it, answering with what changed", async () => {
    const byAdmin = await patch(await as(w.orgAdmin.personId));
    expect(byAdmin.status).toBe(200);
    expect(await byAdmin.json()).toEqual({ changed: ["shortDescription"] });
    const byCoordinator = await patch(await as(w.coordinator.personId), { phone: "+47 71 00 00 00" });
    expect(await byCoordinator.json()).toEqual({ changed: ["phone"] });
  });

  it("clears a description, and any other text, sent as null", async () => {
    const headers = await as(w.orgAdmin.personId);
    await patch(headers, { description: "Vi trener hver tirsdag", website: "testlaget.no" });
    expect(await (await patch(headers, { description: null, website: null })).json()).toEqual({ changed: ["description", "website"] });
    const [row] = await conn.db.select().from(organization).where(eq(organization.id, w.organization.id));
    expect(row).toMatchObject({ description: "", website: null });
  });

  it("names an invalid phone number", async () => {
    const body = await problem(await patch(await as(w.orgAdmin.personId), { phone: "12" }), 400);
    expect(body.errors?.map((e) => e.name)).toEqual(["phone"]);
  });

  it("names each field it does not read (\"verified\", a misspelt one) instead of answering that nothing changed", async () => {
    const body = await problem(await patch(await as(w.coordinator.personId), { verified: true, shortDescripton: "Skrivefeil", postalTown: "Bergen" }), 400);
    expect(body.errors).toEqual([
      expect.objectContaining({ name: "verified", code: "validation.unknownField" }),
      expect.objectContaining({ name: "shortDescripton", code: "validation.unknownField" }),
    ]);
    const [row] = await conn.db.select().from(organization).where(eq(organization.id, w.organization.id));
    expect(row!.postalTown).not.toBe("Bergen");
  });

  it("reads a JSON merge patch, and refuses a JSON Patch (a list of operations) with 415 instead of misreading it", async () => {
    const headers = await as(w.orgAdmin.personId);
    const typed = (contentType: string, body: unknown) =>
      call(one.action, `/api/v1/organizations/${w.organization.id}`, { method: "PATCH", body: JSON.stringify(body), headers: { ...headers, "content-type": contentType } }, { id: w.organization.id });
    const merged = await typed("application/merge-patch+json", { postalTown: "Molde" });
    expect(await merged.json()).toEqual({ changed: ["postalTown"] });
    await problem(await typed("application/json-patch+json", { postalTown: "Bergen" }), 415);
    await problem(await typed("application/vnd.annet+json", { postalTown: "Bergen" }), 415);
    const [row] = await conn.db.select().from(organization).where(eq(organization.id, w.organization.id));
    expect(row!.postalTown).toBe("Molde");
  });
});

describe("/api/v1/organizations/{id}/resources", () => {
  const params = () => ({ id: w.organization.id });
  const path = () => `/api/v1/organizations/${w.organization.id}/resources`;

  it("lists the resources for anyone", async () => {
    const response = await call(resources.loader, path(), {}, params());
    expect((await response.json()).items).toEqual([expect.objectContaining({ id: busId, kind: "vehicle", seats: 8 })]);
  });

  it("lets the organisation's admin add, change and remove a resource", async () => {
    const headers = await as(w.orgAdmin.personId);
    const [firstAid] = await conn.db.select().from(competence).limit(1);
    const added = await call(resources.action, path(), send("POST", { kind: "competence", competenceId: firstAid!.id, note: "Kurs hvert år" }, headers), params());
    expect(added.status).toBe(201);
    const { id } = await added.json();
    const changed = await call(resource.action, `${path()}/${id}`, send("PATCH", { kind: "premises", name: "Klubbhuset", capacity: 60 }, headers), { ...params(), resourceId: id });
    expect(changed.status).toBe(204);
    const [row] = await conn.db.select().from(organizationResource).where(eq(organizationResource.id, id));
    expect(row).toMatchObject({ kind: "premises", name: "Klubbhuset", capacity: 60, competenceId: null });
    const removed = await call(resource.action, `${path()}/${id}`, { method: "DELETE", headers }, { ...params(), resourceId: id });
    expect(removed.status).toBe(204);
    expect(await conn.db.select().from(organizationResource).where(eq(organizationResource.id, id))).toEqual([]);
  });

  it("answers anyone at the address adding a resource gives, as the list shows it; 404 for another organisation's or an unknown one", async () => {
    const added = await call(resources.action, path(), send("POST", { kind: "equipment", name: "Telt", quantity: 2 }, await as(w.orgAdmin.personId)), params());
    const location = added.headers.get("location")!;
    const { id } = await added.json();
    removeAfterTest(id);
    const listed = (await (await call(resources.loader, path(), {}, params())).json()).items.find((r: { id: string }) => r.id === id);
    const read = await call(resource.loader, location, {}, { ...params(), resourceId: id });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(listed);
    const elsewhere = `/api/v1/organizations/${w.otherOrganization.id}/resources/${id}`;
    await problem(await call(resource.loader, elsewhere, {}, { id: w.otherOrganization.id, resourceId: id }), 404);
    for (const resourceId of ["00000000-0000-4000-8000-000000000000", "telt"]) {
      await problem(await call(resource.loader, `${path()}/${resourceId}`, {}, { ...params(), resourceId }), 404);
    }
  });

  it("refuses a member, names a missing field, and answers 404 for a resource of another organisation", async () => {
    await problem(await call(resources.action, path(), send("POST", { kind: "equipment", name: "Telt" }, await as(w.orgMember.personId)), params()), 403);
    const missing = await problem(await call(resources.action, path(), send("POST", { kind: "equipment" }, await as(w.orgAdmin.personId)), params()), 400);
    expect(missing.errors?.map((e) => e.name)).toEqual(["name"]);
    const otherKinds = await problem(await call(resources.action, path(), send("POST", { kind: "premises", name: "Hall", seats: 9 }, await as(w.orgAdmin.personId)), params()), 400);
    expect(otherKinds.errors).toEqual([expect.objectContaining({ name: "seats", code: "validation.unknownField" })]);
    const elsewhere = { id: w.otherOrganization.id, resourceId: busId };
    const coordinator = await as(w.coordinator.personId);
    await problem(await call(resource.action, `/api/v1/organizations/${w.otherOrganization.id}/resources/${busId}`, { method: "DELETE", headers: coordinator }, elsewhere), 404);
  });

  it("names a yes/no that is not true or false, and a count that is not a whole number, and stores nothing", async () => {
    const headers = await as(w.orgAdmin.personId);
    const before = await conn.db.select().from(organizationResource);
    for (const wheelchairAccessible of ["yes", 1, {}, null]) {
      const body = await problem(await call(resources.action, path(), send("POST", { kind: "vehicle", vehicleType: "Bil", wheelchairAccessible }, headers), params()), 400);
      expect(body.errors, JSON.stringify(wheelchairAccessible)).toEqual([expect.objectContaining({ name: "wheelchairAccessible", code: "validation.invalid" })]);
    }
    const seats = await problem(await call(resources.action, path(), send("POST", { kind: "vehicle", vehicleType: "Bil", seats: "0x10" }, headers), params()), 400);
    expect(seats.errors).toEqual([expect.objectContaining({ name: "seats", code: "validation.wholeNumber" })]);
    expect(await conn.db.select().from(organizationResource)).toHaveLength(before.length);
    const accessible = await call(resources.action, path(), send("POST", { kind: "vehicle", vehicleType: "Bil", wheelchairAccessible: true }, headers), params());
    const [row] = await conn.db.select().from(organizationResource).where(eq(organizationResource.id, (await accessible.json()).id));
    expect(row!.wheelchairAccessible).toBe(true);
    await conn.db.delete(organizationResource).where(eq(organizationResource.id, row!.id));
  });
});

describe("GET /api/v1/vocabulary", () => {
  it("gives anyone the municipality's terms with the codes and ids the filters and PATCH take, and may be cached", async () => {
    const response = await call(vocabulary.loader, "/api/v1/vocabulary");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    const body = await response.json();
    expect(body.categories).toContainEqual({ code: "1.2", parentCode: "1", name: expect.objectContaining({ nb: "Idrett", en: "Sports" }) });
    expect(body.targetGroups).toContainEqual({ id: groupId, code: expect.any(String), name: expect.objectContaining({ nb: expect.any(String) }) });
    expect(body.districts).toEqual([{ id: districtId, name: "Sentrum" }]);
    expect(body.competences).toContainEqual({ id: expect.any(String), code: expect.any(String), name: expect.objectContaining({ nb: "Førstehjelp" }) });
    expect(body.languages).toEqual(expect.arrayContaining(["nb", "se", "ar", "uk"]));
    const chosen = { categoryCodes: ["1.2"], targetGroupIds: [body.targetGroups.at(-1).id], districtIds: [districtId] };
    const patched = await call(one.action, `/api/v1/organizations/${w.otherOrganization.id}`, send("PATCH", chosen, await tokenFor(null)), { id: w.otherOrganization.id });
    expect(await patched.json()).toEqual({ changed: ["categoryCodes", "targetGroupIds", "districtIds"] });
  });
});

describe("GET /api/v1/hsds/organizations", () => {
  it("pages the organisations as HSDS for anyone, without contact persons, may be cached and read by other sites' scripts", async () => {
    const response = await call(hsds.loader, "/api/v1/hsds/organizations?per_page=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await response.json();
    expect(body).toMatchObject({ total_items: 3, total_pages: 3, page_number: 1, size: 1, first_page: true, last_page: false, empty: false });
    const all = await (await call(hsds.loader, "/api/v1/hsds/organizations")).json();
    const testlaget = all.contents.find((o: { id: string }) => o.id === w.organization.id);
    expect(testlaget.organization_identifiers).toEqual([expect.objectContaining({ identifier_scheme: "NO-BRC", identifier: "912345688" })]);
    expect(JSON.stringify(all)).not.toContain("Kari");
  });

  it("names a page size beyond the limit", async () => {
    const body = await problem(await call(hsds.loader, "/api/v1/hsds/organizations?per_page=500"), 400);
    expect(body.errors?.map((e) => e.name)).toEqual(["per_page"]);
  });
});

describe("the answers", () => {
  it("are what the OpenAPI document says they are", async () => {
    const doc = await (await call(openapi.loader, "/api/v1/openapi.json")).json();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: "api", components: doc.components });
    const expectDocumented = async (response: Response, path: string) => {
      const schema = doc.paths[path].get.responses[response.status].content["application/json"].schema;
      const validate = ajv.compile({ $ref: `api${schema.$ref}` });
      expect(validate(await response.json()), `GET ${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    };
    const params = { id: w.organization.id };
    const orgPath = `/api/v1/organizations/${w.organization.id}`;
    await expectDocumented(await call(organizations.loader, "/api/v1/organizations"), "/api/v1/organizations");
    for (const headers of [{}, await tokenFor(w.organization.id)]) {
      await expectDocumented(await call(one.loader, orgPath, { headers }, params), "/api/v1/organizations/{id}");
    }
    await expectDocumented(await call(resources.loader, `${orgPath}/resources`, {}, params), "/api/v1/organizations/{id}/resources");
    await expectDocumented(await call(resource.loader, `${orgPath}/resources/${busId}`, {}, { ...params, resourceId: busId }), "/api/v1/organizations/{id}/resources/{resourceId}");
    await expectDocumented(await call(vocabulary.loader, "/api/v1/vocabulary"), "/api/v1/vocabulary");
  });
});
