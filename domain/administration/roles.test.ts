import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvent } from "../../platform/audit/schema";
import { actorForPerson } from "../../platform/auth/session";
import { ConflictError, NotFoundError, ValidationError } from "../../platform/errors";
import { can } from "../../platform/permissions";
import { insertGrant } from "../../platform/permissions/grants";
import { withTestWorld, withWorld } from "../../platform/testing/hooks";
import { insertPerson } from "../accounts/people";
import { insertOrganization } from "../organizations/organizations";
import { getPersonWithRoles, grantRole, revokeRole, searchPeople } from ".";

const { conn, w } = withTestWorld();
const elsewhere = withWorld(conn, "0301");

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe("searchPeople", () => {
  it("finds people by part of their name or e-mail, ignoring case, with their roles", async () => {
    const byName = await searchPeople(conn.db, w.admin, { q: "KOORD" });
    expect(byName.items.map((p) => p.email)).toEqual(["koordinator@1505.test"]);
    expect(byName.items[0]!.roles.map((r) => r.role)).toEqual(["coordinator"]);

    const byEmail = await searchPeople(conn.db, w.admin, { q: "leder@1505" });
    expect(byEmail.items[0]!.roles).toEqual([
      expect.objectContaining({ role: "org_admin", organizationId: w.organization.id, organizationName: "Testlaget" }),
    ]);
  });

  it("lists only the municipality's own people, also for a search too long to be one", async () => {
    const all = await searchPeople(conn.db, w.admin, {});
    expect(all.total).toBe(7);
    expect((await searchPeople(conn.db, w.admin, { q: "k".repeat(201) })).total).toBe(7);
    expect(all.items.every((p) => p.email.endsWith("@1505.test"))).toBe(true);
  });

  it("includes a person from elsewhere who holds a role here", async () => {
    await insertGrant(conn.db, { personId: elsewhere.volunteer.personId, municipalityId: w.municipality.id, role: "volunteer" });
    const found = await searchPeople(conn.db, w.admin, { q: "frivillig@0301" });
    expect(found.items.map((p) => p.roles.map((r) => r.role))).toEqual([["volunteer"]]);
  });

  it("takes % and _ in the search text literally", async () => {
    expect((await searchPeople(conn.db, w.admin, { q: "%" })).total).toBe(0);
    expect((await searchPeople(conn.db, w.admin, { q: "_" })).total).toBe(0);
  });

  it("pages 25 at a time, sorted by name", async () => {
    for (let i = 0; i < 30; i++) {
      await insertPerson(conn.db, { municipalityId: w.municipality.id, email: `side${String(i).padStart(2, "0")}@1505.test`, name: `Side ${String(i).padStart(2, "0")}` });
    }
    const first = await searchPeople(conn.db, w.admin, { q: "side", page: 1 });
    const second = await searchPeople(conn.db, w.admin, { q: "side", page: "2" });
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(25);
    expect(first.items[0]!.name).toBe("Side 00");
    expect(second.items.map((p) => p.name)).toEqual(["Side 25", "Side 26", "Side 27", "Side 28", "Side 29"]);
    expect((await searchPeople(conn.db, w.admin, { q: "side", page: "nonsense" })).page).toBe(1);
  });
});

describe("getPersonWithRoles", () => {
  it("shows the roles, and no organisations until the admin searches for one", async () => {
    const found = await getPersonWithRoles(conn.db, w.admin, { personId: w.orgMember.personId });
    expect(found.person.email).toBe("medlem@1505.test");
    expect(found.roles).toEqual([expect.objectContaining({ role: "org_member", organizationId: w.organization.id, organizationName: "Testlaget" })]);
    expect(found.organizationSearch).toEqual({ q: "", matches: [], more: false });
    expect(found.isSelf).toBe(false);
    expect((await getPersonWithRoles(conn.db, w.admin, { personId: w.admin.personId })).isSelf).toBe(true);
  });

  it("finds the organisations to choose from by part of the name, those beginning with it first, within the municipality", async () => {
    const search = async (organizationQuery: string) =>
      (await getPersonWithRoles(conn.db, w.admin, { personId: w.resident.personId, organizationQuery })).organizationSearch;
    expect((await search("  LAGET ")).matches.map((o) => o.name)).toEqual(["Andre laget", "Testlaget"]);
    expect((await search("lag")).matches.map((o) => o.name)).toEqual(["Andre laget", "Testlaget"]);
    expect((await search("test")).matches.map((o) => o.id)).toEqual([w.organization.id]);
    await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Laget bak laget" });
    expect((await search("laget")).matches.map((o) => o.name)).toEqual(["Laget bak laget", "Andre laget", "Testlaget"]);
    expect(await search("%")).toEqual({ q: "%", matches: [], more: false });
  });

  it("finds an organisation by its organisasjonsnummer, spaces allowed", async () => {
    const club = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Kvam Idrettslag", organizationNumber: "974760673" });
    await insertOrganization(conn.db, { municipalityId: elsewhere.municipality.id, name: "Kvam Idrettslag i Oslo", organizationNumber: "971526920" });
    const found = await getPersonWithRoles(conn.db, w.admin, { personId: w.resident.personId, organizationQuery: "974 760 673" });
    expect(found.organizationSearch.matches).toEqual([{ id: club.id, name: "Kvam Idrettslag", organizationNumber: "974760673" }]);
    const theirs = await getPersonWithRoles(conn.db, w.admin, { personId: w.resident.personId, organizationQuery: "971526920" });
    expect(theirs.organizationSearch.matches).toEqual([]);
  });

  it("offers at most 20 organisations, and says when there are more", async () => {
    for (let i = 1; i <= 21; i++) {
      await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: `Sanitetsforening ${String(i).padStart(2, "0")}` });
    }
    const found = await getPersonWithRoles(conn.db, w.admin, { personId: w.resident.personId, organizationQuery: "sanitet" });
    expect(found.organizationSearch.matches).toHaveLength(20);
    expect(found.organizationSearch.matches[0]!.name).toBe("Sanitetsforening 01");
    expect(found.organizationSearch.more).toBe(true);
  });

  it("does not show another municipality's person, nor answer a malformed id", async () => {
    await expect(getPersonWithRoles(conn.db, w.admin, { personId: elsewhere.resident.personId })).rejects.toThrow(NotFoundError);
    await expect(getPersonWithRoles(conn.db, w.admin, { personId: "not-an-id" })).rejects.toThrow(NotFoundError);
  });
});

describe("grantRole", () => {
  it("gives a municipal role, which takes effect for the person, and audits it", async () => {
    await grantRole(conn.db, w.admin, { personId: w.resident.personId, role: "staff", organizationId: "" });
    const actor = await actorForPerson(conn.db, w.resident.personId, w.municipality.id);
    expect(can(actor!, "cases.handle")).toBe(true);
    const [entry] = await conn.db.select().from(auditEvent).where(eq(auditEvent.subjectId, w.resident.personId));
    expect(entry).toMatchObject({ action: "role.granted", subjectType: "person", actorLabel: "admin@1505.test" });
    expect(entry!.details).toEqual({ role: "staff", organizationId: null, organizationName: null });
  });

  it("gives an organisation role in the chosen organisation", async () => {
    await grantRole(conn.db, w.admin, { personId: w.volunteer.personId, role: "org_member", organizationId: w.otherOrganization.id });
    const found = await getPersonWithRoles(conn.db, w.admin, { personId: w.volunteer.personId });
    expect(found.roles).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: "org_member", organizationId: w.otherOrganization.id, organizationName: "Andre laget" })]),
    );
    const entries = await conn.db.select().from(auditEvent).where(eq(auditEvent.subjectId, w.volunteer.personId));
    expect(entries.at(-1)!.details).toEqual({ role: "org_member", organizationId: w.otherOrganization.id, organizationName: "Andre laget" });
  });

  it("asks for the organisation when an organisation role has none", async () => {
    const errors = await fieldErrorsOf(grantRole(conn.db, w.admin, { personId: w.resident.personId, role: "org_admin" }));
    expect(errors).toEqual({ organizationId: [{ key: "validation.roleNeedsOrganization" }] });
  });

  it("refuses an organisation with a municipal role", async () => {
    const errors = await fieldErrorsOf(grantRole(conn.db, w.admin, { personId: w.resident.personId, role: "coordinator", organizationId: w.organization.id }));
    expect(errors).toEqual({ organizationId: [{ key: "validation.roleTakesNoOrganization" }] });
  });

  it("refuses an unknown role and another municipality's organisation", async () => {
    expect(await fieldErrorsOf(grantRole(conn.db, w.admin, { personId: w.resident.personId, role: "" as never }))).toHaveProperty("role");
    const errors = await fieldErrorsOf(
      grantRole(conn.db, w.admin, { personId: w.resident.personId, role: "org_admin", organizationId: elsewhere.organization.id }),
    );
    expect(errors).toEqual({ organizationId: [{ key: "validation.invalid" }] });
  });

  it("says so when the person already holds the role", async () => {
    await expect(grantRole(conn.db, w.admin, { personId: w.coordinator.personId, role: "coordinator" })).rejects.toThrow(ConflictError);
  });

  it("does not reach a person of another municipality who holds no role here", async () => {
    await expect(grantRole(conn.db, w.admin, { personId: elsewhere.resident.personId, role: "volunteer" })).rejects.toThrow(NotFoundError);
  });
});

describe("revokeRole", () => {
  it("removes a role and audits it with the organisation", async () => {
    const before = await getPersonWithRoles(conn.db, w.admin, { personId: w.orgAdmin.personId });
    const result = await revokeRole(conn.db, w.admin, { grantId: before.roles[0]!.grantId });
    expect(result).toEqual({ personId: w.orgAdmin.personId, role: "org_admin" });
    expect((await getPersonWithRoles(conn.db, w.admin, { personId: w.orgAdmin.personId })).roles).toEqual([]);
    const entries = await conn.db.select().from(auditEvent).where(eq(auditEvent.subjectId, w.orgAdmin.personId));
    expect(entries.at(-1)).toMatchObject({ action: "role.revoked", details: { role: "org_admin", organizationId: w.organization.id, organizationName: "Testlaget" } });
  });

  it("does not touch another municipality's roles", async () => {
    const theirs = await getPersonWithRoles(conn.db, elsewhere.admin, { personId: elsewhere.staff.personId });
    await expect(revokeRole(conn.db, w.admin, { grantId: theirs.roles[0]!.grantId })).rejects.toThrow(NotFoundError);
    expect((await getPersonWithRoles(conn.db, elsewhere.admin, { personId: elsewhere.staff.personId })).roles).toHaveLength(1);
  });

  it("will not remove the last admin, and says why", async () => {
    const self = await getPersonWithRoles(conn.db, w.admin, { personId: w.admin.personId });
    const error = await revokeRole(conn.db, w.admin, { grantId: self.roles[0]!.grantId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ field: "_form", messageKey: "validation.lastAdmin" });
    expect((await getPersonWithRoles(conn.db, w.admin, { personId: w.admin.personId })).roles).toHaveLength(1);
  });

  it("lets an admin step down once another admin exists", async () => {
    await grantRole(conn.db, w.admin, { personId: w.coordinator.personId, role: "admin" });
    const self = await getPersonWithRoles(conn.db, w.admin, { personId: w.admin.personId });
    await revokeRole(conn.db, w.admin, { grantId: self.roles[0]!.grantId });
    const after = await actorForPerson(conn.db, w.admin.personId, w.municipality.id);
    expect(can(after!, "roles.manage")).toBe(false);
  });
});
