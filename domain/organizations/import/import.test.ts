import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { SystemActor } from "../../../platform/auth/actor";
import { auditEvent } from "../../../platform/audit/schema";
import { ForbiddenError, UnauthenticatedError } from "../../../platform/errors";
import { insertOrganization } from "../organizations";
import { organization, organizationCategory } from "../schema";
import { MalformedFileError } from "./errors";
import { importEnhetsregisteret, type ImportProgress } from "./import";
import { fileFromBytes } from "./source";
import { withTestWorld } from "../../../platform/testing/hooks";

const samples = path.join(process.cwd(), "data-samples");
const sample = (name: string) => fileFromBytes(fs.readFileSync(path.join(samples, name)));
const units = JSON.parse(fs.readFileSync(path.join(samples, "enhetsregisteret-sample.json"), "utf8")) as Record<string, unknown>[];
const numberOf = (name: string) => units.find((u) => u.navn === name)!.organisasjonsnummer as string;
const json = (value: unknown) => fileFromBytes(new TextEncoder().encode(JSON.stringify(value)));

const { conn, w } = withTestWorld();


async function orgByNumber(number: string) {
  const [row] = await conn.db.select().from(organization).where(and(eq(organization.municipalityId, w.municipality.id), eq(organization.organizationNumber, number)));
  return row;
}

describe("importEnhetsregisteret", () => {
  it("refuses everyone but the coordinator and the admin, before reading anything", async () => {
    for (const actor of [w.staff, w.orgAdmin, w.orgMember, w.volunteer, w.resident]) {
      await expect(importEnhetsregisteret(conn.db, actor, { file: sample("enhetsregisteret-sample.json") })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(importEnhetsregisteret(conn.db, w.anonymous, { file: sample("enhetsregisteret-sample.json") })).rejects.toBeInstanceOf(UnauthenticatedError);
    const tool: SystemActor = { kind: "system", municipalityId: w.municipality.id, label: "test", permissions: ["sector.coordinate"] };
    await expect(importEnhetsregisteret(conn.db, tool, { file: sample("enhetsregisteret-sample.json") })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await conn.db.$count(organization)).toBe(2);
  });

  it("stops at a malformed file and imports nothing, however far the file gets", async () => {
    const whole = fs.readFileSync(path.join(samples, "enhetsregisteret-sample.json"));
    const cut = fileFromBytes(whole.subarray(0, whole.length - 200));
    const error = await importEnhetsregisteret(conn.db, w.coordinator, { file: cut }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedFileError);
    expect((error as MalformedFileError).key).toBe("orgImport.malformed.unfinished");
    const badRegister = json([{ organisasjonsnummer: "974760673", icnpoKategorier: "1.2" }]);
    await expect(
      importEnhetsregisteret(conn.db, w.coordinator, { file: sample("enhetsregisteret-sample.json"), frivillighetsregisteret: badRegister }),
    ).rejects.toMatchObject({ key: "orgImport.malformed.frivillighetsregisteret", params: { element: 1 } });
    expect(await conn.db.$count(organization)).toBe(2);
  });

  it("keeps the municipality's voluntary units, counts the rest and names each invalid one's reason", async () => {
    const progress: ImportProgress[] = [];
    const result = await importEnhetsregisteret(
      conn.db,
      w.coordinator,
      { file: sample("enhetsregisteret-sample.json"), frivillighetsregisteret: sample("frivillighetsregisteret-sample.json") },
      (p) => void progress.push(p),
    );
    expect(result.kommunenummer).toBe("1505");
    expect(result.counts).toEqual({ new: 30, updated: 0, unchanged: 0, skipped: 9, invalid: 2 });
    expect(result.skippedBecause).toEqual({ otherMunicipality: 4, notVoluntary: 4, dissolved: 1 });
    expect(result.invalid).toEqual([
      expect.objectContaining({ reason: "badNumber", name: "Kristiansund Feilnummer Forening" }),
      expect.objectContaining({ reason: "missingName", organizationNumber: expect.stringMatching(/^\d{9}$/) }),
    ]);
    expect(progress.at(-1)).toEqual({ phase: "writing", done: 30, total: 30 });
    expect(progress.some((p) => p.phase === "reading" && p.done === p.total)).toBe(true);

    const club = await orgByNumber(numberOf("Kirkelandet Idrettslag"));
    expect(club).toMatchObject({
      name: "Kirkelandet Idrettslag",
      source: "imported",
      organizationForm: "FLI",
      website: "https://www.kirkelandet-il.example.no/",
      email: "post@kirkelandet-il.example.no",
      phone: "71582010",
      streetAddress: "Idrettsveien 4",
      postalCode: "6509",
      postalTown: "KRISTIANSUND N",
      foundedOn: "1921-05-17",
      description: "Idrettslagets formål er å drive idrett organisert i Norges idrettsforbund. Arbeidet skal preges av frivillighet, demokrati, lojalitet og likeverd.",
      inFrivillighetsregisteret: true,
      ownFields: [],
    });
    expect(await orgByNumber(numberOf("Klippfisk Leksehjelp"))).toMatchObject({ description: "Gratis leksehjelp for elever i grunnskolen med frivillige voksne." });
    expect(await orgByNumber(numberOf("Sjakklubben Løperen"))).toMatchObject({ description: "" });
    const categories = await conn.db.select().from(organizationCategory).where(eq(organizationCategory.organizationId, club!.id));
    expect(categories.map((c) => c.categoryCode)).toEqual(["1.2"]);
    const health = await orgByNumber("902919201");
    const healthCategories = await conn.db.select().from(organizationCategory).where(eq(organizationCategory.organizationId, health!.id));
    expect(healthCategories.map((c) => c.categoryCode).sort()).toEqual(["3.4", "4.2"]);
    expect(result.unknownCategories).toEqual([{ code: "13", organizations: 1 }]);
    expect(await orgByNumber(numberOf("Båtforeningen Vågen"))).toMatchObject({ website: null, inFrivillighetsregisteret: false });
    expect(await orgByNumber(numberOf("Ukrainsk Kulturforening Kristiansund"))).toMatchObject({ phone: null });
    expect(await orgByNumber(numberOf("Kristiansund Flerkulturelle Kvinneforening"))).toMatchObject({ phone: "+46701234567" });
    expect(await orgByNumber(numberOf("Klippfiskbrygga AS"))).toBeUndefined();
    expect(await orgByNumber(numberOf("Molde Turlag Fjellvettet"))).toBeUndefined();
    const [created] = await conn.db.select().from(auditEvent).where(and(eq(auditEvent.subjectType, "organization"), eq(auditEvent.subjectId, club!.id)));
    expect(created).toMatchObject({ action: "organization.imported", actorId: w.coordinator.personId });
    expect((created!.details as { changes: Record<string, unknown> }).changes.name).toEqual([null, "Kirkelandet Idrettslag"]);
  });

  it("changes nothing when run again, gzipped or not", async () => {
    const audits = await conn.db.$count(auditEvent);
    for (const file of ["enhetsregisteret-sample.json", "enhetsregisteret-sample.json.gz"]) {
      const again = await importEnhetsregisteret(conn.db, w.admin, { file: sample(file), frivillighetsregisteret: sample("frivillighetsregisteret-sample.json") });
      expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 30, skipped: 9, invalid: 2 });
    }
    expect(await conn.db.$count(auditEvent)).toBe(audits + 2);
  });

  it("never overwrites what the organisation edited itself, and updates the rest", async () => {
    const number = numberOf("Gomalandet Seniorforening");
    const before = await orgByNumber(number);
    await conn.db.update(organization).set({ name: "Gomalandet Seniorforening – Sølvrevene", ownFields: ["name"] }).where(eq(organization.id, before!.id));
    const changed = units.map((u) => (u.organisasjonsnummer === number ? { ...u, navn: "GOMALANDET SENIORFORENING", hjemmeside: "gomalandet-senior.example.no" } : u));
    const result = await importEnhetsregisteret(conn.db, w.coordinator, { file: json(changed) });
    expect(result.counts).toMatchObject({ new: 0, updated: 1, unchanged: 29 });
    expect(await orgByNumber(number)).toMatchObject({ name: "Gomalandet Seniorforening – Sølvrevene", website: "https://gomalandet-senior.example.no/" });
    const [entry] = await conn.db.select().from(auditEvent).where(and(eq(auditEvent.subjectId, before!.id), eq(auditEvent.action, "organization.importUpdated")));
    expect((entry!.details as { changes: unknown }).changes).toEqual({ website: [null, "https://gomalandet-senior.example.no/"] });
  });

  it("keeps a description the organisation wrote itself, and follows the register's purpose otherwise", async () => {
    const [own, followed] = [numberOf("Gomalandet Seniorforening"), numberOf("Innlandet Vel")];
    const written = await orgByNumber(own);
    await conn.db.update(organization).set({ description: "Vi går tur hver tirsdag.", ownFields: [...written!.ownFields, "description"] }).where(eq(organization.id, written!.id));
    const purpose = ["Å fremme idrett for alle."];
    const changed = units.map((u) => (u.organisasjonsnummer === own || u.organisasjonsnummer === followed ? { ...u, vedtektsfestetFormaal: purpose } : u));
    await importEnhetsregisteret(conn.db, w.coordinator, { file: json(changed) });
    expect(await orgByNumber(own)).toMatchObject({ description: "Vi går tur hver tirsdag." });
    expect(await orgByNumber(followed)).toMatchObject({ description: "Å fremme idrett for alle." });
  });

  it("only fills the gaps of an organisation that registered itself", async () => {
    const registered = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Vårt eget navn", organizationNumber: "974760673" });
    const unit = { ...units[0], organisasjonsnummer: "974760673", navn: "REGISTERNAVN", registrertIFrivillighetsregisteret: true };
    const result = await importEnhetsregisteret(conn.db, w.coordinator, { file: json([unit]) });
    expect(result.counts).toMatchObject({ new: 0, updated: 1 });
    expect(await orgByNumber("974760673")).toMatchObject({ id: registered.id, name: "Vårt eget navn", source: "registered", streetAddress: "Idrettsveien 4", inFrivillighetsregisteret: true });
  });

  it("imports another kommunenummer when asked, and refuses one that is not four digits or no municipality has", async () => {
    const result = await importEnhetsregisteret(conn.db, w.coordinator, { file: sample("enhetsregisteret-sample.json"), kommunenummer: "1506" });
    expect(result.counts).toMatchObject({ new: 1 });
    await expect(importEnhetsregisteret(conn.db, w.coordinator, { file: sample("enhetsregisteret-sample.json"), kommunenummer: "15" })).rejects.toMatchObject({
      fieldErrors: { kommunenummer: [{ key: "validation.kommunenummer" }] },
    });
    await expect(importEnhetsregisteret(conn.db, w.coordinator, { file: sample("enhetsregisteret-sample.json"), kommunenummer: "9999" })).rejects.toMatchObject({
      fieldErrors: { kommunenummer: [{ key: "validation.kommunenummerUnknown" }] },
    });
  });

  it("counts a unit listed twice as invalid", async () => {
    const result = await importEnhetsregisteret(conn.db, w.coordinator, { file: json([units[0], units[0]]) });
    expect(result.counts).toMatchObject({ unchanged: 1, invalid: 1 });
    expect(result.invalid[0]).toMatchObject({ element: 2, reason: "duplicate" });
  });

  it("counts a unit whose name the profile form would refuse as invalid, and leaves out other text too long for it", async () => {
    const tooLong = { ...units[0], organisasjonsnummer: "912345629", navn: "L".repeat(5000) };
    const longAddress = {
      ...units[0],
      organisasjonsnummer: "912345610",
      navn: "Langadresse lag",
      forretningsadresse: { ...(units[0]!.forretningsadresse as object), adresse: ["A".repeat(300)], poststed: "P".repeat(150) },
    };
    const result = await importEnhetsregisteret(conn.db, w.coordinator, { file: json([tooLong, longAddress]) });
    expect(result.counts).toMatchObject({ new: 1, invalid: 1 });
    expect(result.invalid).toEqual([{ element: 1, reason: "nameTooLong", organizationNumber: "912345629", name: `${"L".repeat(100)}…` }]);
    expect(await orgByNumber("912345629")).toBeUndefined();
    expect(await orgByNumber("912345610")).toMatchObject({ name: "Langadresse lag", streetAddress: null, postalTown: null });
  });

  it("takes NUL characters out of the register's text and leaves out impossible dates instead of failing", async () => {
    const unit: Record<string, unknown> = { ...units[0], navn: "Null\u0000laget", hjemmeside: "\u0000", stiftelsesdato: "2020-02-30" };
    const result = await importEnhetsregisteret(conn.db, w.coordinator, { file: json([unit]) });
    expect(result.counts.invalid).toBe(0);
    expect(await orgByNumber(unit.organisasjonsnummer as string)).toMatchObject({ name: "Nulllaget", foundedOn: null });
  });
});
