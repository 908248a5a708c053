import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvent } from "../../platform/audit/schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../platform/errors";
import { createWorld, type World } from "../../platform/testing/world";
import { addResource } from "./resources";
import { organizationDistrict, targetGroup } from "./schema";
import { addVocabularyTerm, getVocabulary, removeVocabularyTerm, renameVocabularyTerm } from "./vocabulary-admin";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();
let elsewhere: World;
beforeAll(async () => {
  elsewhere = await createWorld(conn.db, "0301");
});

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("the coordinator's vocabulary", () => {
  it("adds districts, target groups and competences of the municipality's own", async () => {
    await addVocabularyTerm(conn.db, w.coordinator, { list: "district", nb: "Frei" });
    await addVocabularyTerm(conn.db, w.coordinator, { list: "targetGroup", nb: "Pårørende", nn: "Pårørande", en: "" });
    await addVocabularyTerm(conn.db, w.coordinator, { list: "competence", nb: "Båtfører", en: "Boat skipper" });
    const vocabulary = await getVocabulary(conn.db, w.coordinator);
    expect(vocabulary.district).toEqual([{ id: expect.any(String), name: { nb: "Frei", nn: "Frei", en: "Frei" }, builtIn: false, inUse: 0 }]);
    expect(vocabulary.targetGroup.find((t) => !t.builtIn)!.name).toEqual({ nb: "Pårørende", nn: "Pårørande", en: "Pårørende" });
    expect(vocabulary.competence.find((t) => !t.builtIn)!.name).toEqual({ nb: "Båtfører", nn: "Båtfører", en: "Boat skipper" });
    expect((await getVocabulary(conn.db, elsewhere.coordinator)).district).toEqual([]);
  });

  it("refuses a name the list already has, in any case, and an empty one", async () => {
    const twice = await errorOf(addVocabularyTerm(conn.db, w.coordinator, { list: "district", nb: "frei" }));
    expect(twice).toBeInstanceOf(ConflictError);
    expect((twice as ConflictError).field).toBe("nb");
    const empty = await errorOf(addVocabularyTerm(conn.db, w.coordinator, { list: "competence", nb: " " }));
    expect((empty as ValidationError).fieldErrors.nb).toEqual([{ key: "validation.required" }]);
    await expect(addVocabularyTerm(conn.db, elsewhere.coordinator, { list: "district", nb: "Frei" })).resolves.toBeDefined();
  });

  it("keeps a term that organisations use, and says how many", async () => {
    const { id } = await addVocabularyTerm(conn.db, w.coordinator, { list: "district", nb: "Innlandet" });
    await conn.db.insert(organizationDistrict).values({ organizationId: w.organization.id, districtId: id });
    const refused = await errorOf(removeVocabularyTerm(conn.db, w.coordinator, { list: "district", id }));
    expect(refused).toMatchObject({ messageKey: "orgResources.vocabulary.inUse", details: { name: "Innlandet", count: "1" } });

    const { id: competenceId } = await addVocabularyTerm(conn.db, w.coordinator, { list: "competence", nb: "Snekring" });
    await addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "competence", competenceId } });
    const inUse = await errorOf(removeVocabularyTerm(conn.db, w.coordinator, { list: "competence", id: competenceId }));
    expect(inUse).toMatchObject({ messageKey: "orgResources.vocabulary.inUse" });
  });

  it("deletes an unused term of its own, but never a built-in one", async () => {
    const { id } = await addVocabularyTerm(conn.db, w.coordinator, { list: "targetGroup", nb: "Studenter" });
    await removeVocabularyTerm(conn.db, w.coordinator, { list: "targetGroup", id });
    expect((await getVocabulary(conn.db, w.coordinator)).targetGroup.some((t) => t.id === id)).toBe(false);

    const [builtIn] = await conn.db
      .insert(targetGroup)
      .values({ municipalityId: null, code: "test-built-in", name: { nb: "Innebygd", nn: "Innebygd", en: "Built in" } })
      .returning();
    const refused = await errorOf(removeVocabularyTerm(conn.db, w.coordinator, { list: "targetGroup", id: builtIn!.id }));
    expect(refused).toMatchObject({ messageKey: "orgResources.vocabulary.builtIn" });
  });

  it("treats another municipality's term as unknown, and keeps the lists to the coordinator", async () => {
    const { id } = await addVocabularyTerm(conn.db, elsewhere.coordinator, { list: "competence", nb: "Dykking" });
    expect(await errorOf(removeVocabularyTerm(conn.db, w.coordinator, { list: "competence", id }))).toBeInstanceOf(NotFoundError);
    expect(await errorOf(getVocabulary(conn.db, w.orgAdmin))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(addVocabularyTerm(conn.db, w.staff, { list: "district", nb: "Rensvik" }))).toBeInstanceOf(ForbiddenError);
  });

  it("gives a new term a code of its own after a delete, also when names differ only in punctuation", async () => {
    for (const list of ["competence", "targetGroup"] as const) {
      const { id } = await addVocabularyTerm(conn.db, w.coordinator, { list, nb: "Yoga" });
      await addVocabularyTerm(conn.db, w.coordinator, { list, nb: "Kajakkpadler" });
      await removeVocabularyTerm(conn.db, w.coordinator, { list, id });
      await addVocabularyTerm(conn.db, w.coordinator, { list, nb: "Kajakkpadler!" });
      const names = (await getVocabulary(conn.db, w.coordinator))[list].map((t) => t.name.nb);
      expect(names).toEqual(expect.arrayContaining(["Kajakkpadler", "Kajakkpadler!"]));
    }
  });

  it("counts the organisations that offer a competence, not their resources", async () => {
    const { id: competenceId } = await addVocabularyTerm(conn.db, w.coordinator, { list: "competence", nb: "Tolking på fransk" });
    for (const note of ["Dagtid", "Kveld"]) {
      await addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "competence", competenceId, note } });
    }
    expect((await getVocabulary(conn.db, w.coordinator)).competence.find((t) => t.id === competenceId)!.inUse).toBe(1);
  });

  it("corrects the names of a term in use, but not of a built-in one, nor to a name the list has", async () => {
    const { id } = await addVocabularyTerm(conn.db, w.coordinator, { list: "competence", nb: "Snikring" });
    await addResource(conn.db, w.orgAdmin, { organizationId: w.organization.id, resource: { kind: "competence", competenceId: id } });
    await renameVocabularyTerm(conn.db, w.coordinator, { list: "competence", id, nb: "Sløyd", nn: "Sløyd", en: "Woodwork" });
    const renamed = (await getVocabulary(conn.db, w.coordinator)).competence.find((t) => t.id === id)!;
    expect(renamed).toMatchObject({ name: { nb: "Sløyd", nn: "Sløyd", en: "Woodwork" }, inUse: 1 });
    const [entry] = await conn.db.select().from(auditEvent).where(and(eq(auditEvent.action, "vocabulary.termRenamed"), eq(auditEvent.subjectId, id)));
    expect(entry!.details).toEqual({ changes: { nb: ["Snikring", "Sløyd"], nn: ["Snikring", "Sløyd"], en: ["Snikring", "Woodwork"] } });

    const clash = await errorOf(renameVocabularyTerm(conn.db, w.coordinator, { list: "competence", id, nb: "båtfører" }));
    expect(clash).toMatchObject({ field: "nb", messageKey: "orgResources.vocabulary.exists" });
    const builtIn = (await getVocabulary(conn.db, w.coordinator)).targetGroup.find((t) => t.builtIn)!;
    const refused = await errorOf(renameVocabularyTerm(conn.db, w.coordinator, { list: "targetGroup", id: builtIn.id, nb: "Noe annet" }));
    expect(refused).toMatchObject({ messageKey: "orgResources.vocabulary.builtInRename" });
    expect(await errorOf(renameVocabularyTerm(conn.db, w.orgAdmin, { list: "competence", id, nb: "X" }))).toBeInstanceOf(ForbiddenError);
  });
});
