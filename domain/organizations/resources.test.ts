import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvent } from "../../platform/audit/schema";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../platform/errors";
import { createWorld, type World } from "../../platform/testing/world";
import { addResource, getResourcePage, listResources, removeResource, showResource, updateResource } from "./resources";
import { competence } from "./schema";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();
let elsewhere: World;
let interpreting: string;
beforeAll(async () => {
  elsewhere = await createWorld(conn.db, "0301");
  const [row] = await conn.db
    .insert(competence)
    .values({ municipalityId: w.municipality.id, code: "local-tolking", name: { nb: "Tolking", nn: "Tolking", en: "Interpreting" } })
    .returning();
  interpreting = row!.id;
});

const minibus = { kind: "vehicle", vehicleType: "Minibuss", seats: "9", wheelchairAccessible: "on", availability: "Kvelder og helger" };

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("resources", () => {
  it("lets the organisation's admin add a vehicle from a form, named by its type", async () => {
    const { id } = await addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: minibus });
    const listed = await listResources(conn.db, w.anonymous, { organizationId: w.organization.id });
    expect(listed.find((r) => r.id === id)).toMatchObject({
      kind: "vehicle",
      name: "Minibuss",
      vehicleType: "Minibuss",
      seats: 9,
      wheelchairAccessible: true,
      availability: "Kvelder og helger",
      capacity: null,
    });
  });

  it("takes a competence from the vocabulary, with the competence's name unless described more closely", async () => {
    await addResource(conn.db, w.coordinator, {
      organizationId: w.organization.id,
      resource: { kind: "competence", competenceId: interpreting, name: "Tolking arabisk–norsk" },
    });
    await addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "competence", competenceId: interpreting } });
    const listed = await listResources(conn.db, w.orgAdmin, { organizationId: w.organization.id });
    const competences = listed.filter((r) => r.kind === "competence");
    expect(competences.map((r) => r.name).sort()).toEqual(["Tolking", "Tolking arabisk–norsk"]);
    expect(competences[0]!.competenceName).toEqual({ nb: "Tolking", nn: "Tolking", en: "Interpreting" });
    expect(listed[0]!.kind).toBe("competence");
  });

  it("refuses another municipality's competence and a missing name at the field", async () => {
    const [foreign] = await conn.db
      .insert(competence)
      .values({ municipalityId: elsewhere.municipality.id, code: "local-x", name: { nb: "X", nn: "X", en: "X" } })
      .returning();
    const wrongCompetence = await errorOf(
      addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "competence", competenceId: foreign!.id } }),
    );
    expect((wrongCompetence as ValidationError).fieldErrors).toEqual({ competenceId: [{ key: "validation.invalid" }] });
    const noName = await errorOf(
      addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "premises", name: " ", capacity: "femti" } }),
    );
    expect(Object.keys((noName as ValidationError).fieldErrors).sort()).toEqual(["capacity", "name"]);
  });

  it("reads an unticked checkbox as no, and refuses a yes/no or a count that is neither, instead of storing a guess", async () => {
    const add = (resource: Record<string, unknown>) => addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource });
    const car = { kind: "vehicle", vehicleType: "Bil" };
    for (const [sent, stored] of [[undefined, false], [false, false], ["false", false], [true, true], ["true", true]] as const) {
      const { id } = await add({ ...car, wheelchairAccessible: sent });
      const listed = await listResources(conn.db, w.orgAdmin, { organizationId: w.organization.id });
      expect(listed.find((r) => r.id === id)!.wheelchairAccessible, String(sent)).toBe(stored);
    }
    for (const wheelchairAccessible of ["yes", 1, {}, null, "off"]) {
      const refused = await errorOf(add({ ...car, wheelchairAccessible }));
      expect((refused as ValidationError).fieldErrors, JSON.stringify(wheelchairAccessible)).toEqual({ wheelchairAccessible: [{ key: "validation.invalid" }] });
    }
    for (const [field, value] of [["seats", "0x10"], ["seats", "1e3"], ["seats", true], ["seats", [5]]] as const) {
      const refused = await errorOf(add({ ...car, [field]: value }));
      expect((refused as ValidationError).fieldErrors, JSON.stringify(value)).toEqual({ [field]: [{ key: "validation.wholeNumber" }] });
    }
    const refusedCounts = await errorOf(add({ kind: "equipment", name: "Telt", quantity: "0b11" }));
    expect((refusedCounts as ValidationError).fieldErrors).toEqual({ quantity: [{ key: "validation.wholeNumber" }] });
    const refusedCapacity = await errorOf(add({ kind: "premises", name: "Sal", capacity: "5e1" }));
    expect((refusedCapacity as ValidationError).fieldErrors).toEqual({ capacity: [{ key: "validation.wholeNumber" }] });
  });

  it("says a resource's kind is missing when there is none, and invalid when it is not one of the four", async () => {
    const kindError = async (resource: Record<string, unknown>) =>
      ((await errorOf(addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: resource as never }))) as ValidationError).fieldErrors;
    expect(await kindError({ name: "Buss" })).toEqual({ kind: [{ key: "validation.required" }] });
    expect(await kindError({ kind: "romskip", name: "Buss" })).toEqual({ kind: [{ key: "validation.invalid" }] });
  });

  it("changes a resource, clears the facts of its old kind, and records old and new values", async () => {
    const { id } = await addResource(conn.db, w.orgAdmin, {
      organizationId: w.organization.id,
      resource: { kind: "equipment", name: "Telt", quantity: 2, conditions: "Hentes selv" },
    });
    await updateResource(conn.db, w.orgAdmin, {
      organizationId: w.organization.id,
      resourceId: id,
      resource: { kind: "premises", name: "Grendehuset", capacity: "50", accessibility: "Trinnfri inngang" },
    });
    const changed = (await listResources(conn.db, w.orgAdmin, { organizationId: w.organization.id })).find((r) => r.id === id);
    expect(changed).toMatchObject({ kind: "premises", name: "Grendehuset", capacity: 50, quantity: null, conditions: null });
    const [entry] = await conn.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, "organization.resourceChanged"), eq(auditEvent.subjectId, w.organization.id)));
    expect(entry!.details).toMatchObject({ changes: { name: ["Telt", "Grendehuset"], quantity: [2, null], capacity: [null, 50] } });
  });

  it("lists each kind's resources in Norwegian alphabetical order: a–z, æ, ø, å, letter case aside", async () => {
    for (const name of ["Åpen hall", "bålpanne", "Ørsta-telt", "Ærfugl-kano", "zodiac"]) {
      await addResource(conn.db, elsewhere.orgAdmin, { organizationId: elsewhere.organization.id, resource: { kind: "equipment", name } });
    }
    const listed = await listResources(conn.db, elsewhere.orgAdmin, { organizationId: elsewhere.organization.id });
    expect(listed.filter((r) => r.kind === "equipment").map((r) => r.name)).toEqual(["bålpanne", "zodiac", "Ærfugl-kano", "Ørsta-telt", "Åpen hall"]);
  });

  it("removes a resource", async () => {
    const { id } = await addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "equipment", name: "Kaffetrakter" } });
    await removeResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resourceId: id });
    const listed = await listResources(conn.db, w.orgAdmin, { organizationId: w.organization.id });
    expect(listed.some((r) => r.id === id)).toBe(false);
  });

  it("refuses members, other organisations' admins, volunteers and the anonymous", async () => {
    const input = { organizationId: w.organization.id, resource: minibus };
    expect(await errorOf(addResource(conn.db, w.orgMember, input))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(addResource(conn.db, w.volunteer, input))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(addResource(conn.db, w.anonymous, input))).toBeInstanceOf(UnauthenticatedError);
    expect(await errorOf(addResource(conn.db, w.orgAdmin, { ...input, organizationId: w.otherOrganization.id }))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(getResourcePage(conn.db, w.orgMember, { organizationId: w.organization.id }))).toBeInstanceOf(ForbiddenError);
  });

  it("keeps one organisation's resource out of reach through another organisation", async () => {
    const { id } = await addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "equipment", name: "Stoler" } });
    const crossed = await errorOf(
      removeResource(conn.db, w.coordinator, { organizationId: w.otherOrganization.id, resourceId: id }),
    );
    expect(crossed).toBeInstanceOf(NotFoundError);
  });

  it("shows one resource to anyone as the list does, and none through another organisation or municipality", async () => {
    const { id } = await addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "equipment", name: "Telt", quantity: 2 } });
    const listed = (await listResources(conn.db, w.anonymous, { organizationId: w.organization.id })).find((r) => r.id === id);
    expect(await showResource(conn.db, w.anonymous, { organizationId: w.organization.id, resourceId: id })).toEqual(listed);
    for (const [actor, organizationId, resourceId] of [
      [w.anonymous, w.otherOrganization.id, id],
      [elsewhere.anonymous, w.organization.id, id],
      [w.anonymous, w.organization.id, "00000000-0000-4000-8000-000000000000"],
      [w.anonymous, w.organization.id, "telt"],
    ] as const) {
      expect(await errorOf(showResource(conn.db, actor, { organizationId, resourceId }))).toBeInstanceOf(NotFoundError);
    }
  });

  it("answers not found to another municipality's coordinator", async () => {
    const result = await errorOf(getResourcePage(conn.db, elsewhere.coordinator, { organizationId: w.organization.id }));
    expect(result).toBeInstanceOf(NotFoundError);
  });

  it("gives the edit page the competences to choose from", async () => {
    const page = await getResourcePage(conn.db, w.orgAdmin, { organizationId: w.organization.id });
    expect(page.organization.name).toBe("Testlaget");
    expect(page.competences.map((c) => c.id)).toContain(interpreting);
    expect(page.competences.every((c) => c.builtIn || c.id === interpreting)).toBe(true);
  });
});
