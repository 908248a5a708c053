import { beforeAll, describe, expect, it, vi } from "vitest";
import { createWorld } from "../../platform/testing/world";
import { directoryChoices, searchDirectory } from "./directory";
import { eq, sql } from "drizzle-orm";
import {
  competence,
  directoryChange,
  directoryVersion,
  organization,
  organizationCategory,
  organizationDistrict,
  organizationResource,
  organizationTargetGroup,
} from "./schema";
import { currentDirectory, SUMMARY_LENGTH, summaryOf } from "./directory-index";
import { insertMappedOrganization } from "./sector-fixtures";
import { findTargetGroupByCode, insertDistricts, listCompetences } from "./vocabulary";
import { withTestWorld } from "../../platform/testing/hooks";
import { searchOrganizations } from "./api-search";
import { connectPostgres } from "../../platform/db/client";

const { conn, w } = withTestWorld();
let elderly: string;
let sentrum: string;

const org = (values: Omit<typeof organization.$inferInsert, "municipalityId">, links?: Parameters<typeof insertMappedOrganization>[2]) =>
  insertMappedOrganization(conn.db, { municipalityId: w.municipality.id, ...values }, links);

beforeAll(async () => {
  elderly = (await findTargetGroupByCode(conn.db, w.municipality.id, "elderly"))!.id;
  const districts = await insertDistricts(conn.db, w.municipality.id, ["Sentrum", "Nordlandet"]);
  sentrum = districts.find((d) => d.name === "Sentrum")!.id;
  await org(
    { name: "Kristiansund Frivilligsentral", description: "Vi arrangerer turgrupper og besøk for eldres trivsel.", languages: ["nb", "ar"], verifiedAt: new Date() },
    { categories: ["4.1"], targetGroups: [elderly], districts: [sentrum] },
  );
  await org({ name: "Nordlandet Idrettslag", shortDescription: "Fotball og ski for barn", languages: ["nb"] }, { categories: ["1.2"] });
  await org({ name: "Kulturkoret", description: "Et kor for alle eldre", languages: ["nb", "pl"] }, { categories: ["1.1"], targetGroups: [elderly] });
  // Another municipality's organisation must never show.
  const other = await createWorld(conn.db, "1506");
  await conn.db.insert(organization).values({ municipalityId: other.municipality.id, name: "Kristiansund Frivilligsentral i en annen kommune" });
});

const names = (page: { items: { name: string }[] }) => page.items.map((i) => i.name);

describe("searchDirectory", () => {
  it("lists the municipality's organisations by name to anyone, and only those", async () => {
    const page = await searchDirectory(conn.db, w.anonymous, {});
    expect(names(page)).toEqual(["Andre laget", "Kristiansund Frivilligsentral", "Kulturkoret", "Nordlandet Idrettslag", "Testlaget"]);
    expect(page.total).toBe(5);
  });

  it("says what an organisation does: its short description, else the beginning of its description", async () => {
    const page = await searchDirectory(conn.db, w.anonymous, {});
    const card = (name: string) => page.items.find((i) => i.name === name)?.summary;
    expect(card("Nordlandet Idrettslag")).toBe("Fotball og ski for barn");
    expect(card("Kulturkoret")).toBe("Et kor for alle eldre");
    expect(card("Testlaget")).toBe("");
  });

  it("finds a word in the description whatever its Norwegian ending", async () => {
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "eldre" }))).toEqual(
      expect.arrayContaining(["Kristiansund Frivilligsentral", "Kulturkoret"]),
    );
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "eldres" }))).toContain("Kulturkoret");
  });

  it("tolerates a typo in the name and ranks the best match first", async () => {
    const page = await searchDirectory(conn.db, w.anonymous, { q: "Frivilighetsentral" });
    expect(names(page)[0]).toBe("Kristiansund Frivilligsentral");
    expect(page.total).toBe(1);
  });

  it("finds organisations by their category and target group named in any of the directory's languages, and by the district they serve", async () => {
    const found = async (q: string) => names(await searchDirectory(conn.db, w.anonymous, { q }));
    expect(await found("Спорт")).toEqual(["Nordlandet Idrettslag"]);
    expect(await found("sports")).toEqual(["Nordlandet Idrettslag"]);
    expect(await found("كبار السن")).toEqual(["Kristiansund Frivilligsentral", "Kulturkoret"]);
    expect(await found("elderly people")).toEqual(["Kristiansund Frivilligsentral", "Kulturkoret"]);
    expect(await found("Sentrum")).toEqual(["Kristiansund Frivilligsentral"]);
    expect(await found("eldre sentrum")).toEqual(["Kristiansund Frivilligsentral"]);
    // A main category's name finds its subcategories' organisations, as its filter does.
    expect(await found("culture recreation")).toEqual(["Kulturkoret", "Nordlandet Idrettslag"]);
    // Words in many of the names name none of them: "and" finds only the organisation whose name begins so.
    expect(await found("and")).toEqual(["Andre laget"]);
    expect(await found("iyo")).toEqual([]);
    // A whole name typed out finds the organisations though they do not have its little words.
    expect(await found("Dadka waayeelka ah")).toEqual(["Kristiansund Frivilligsentral", "Kulturkoret"]);
    expect(await found("Bakken Children and youth")).toEqual([]);
  });

  it("includes subcategories when a main category is chosen", async () => {
    expect(names(await searchDirectory(conn.db, w.anonymous, { category: "1" }))).toEqual(["Kulturkoret", "Nordlandet Idrettslag"]);
    expect(names(await searchDirectory(conn.db, w.anonymous, { category: "1.2" }))).toEqual(["Nordlandet Idrettslag"]);
  });

  it("combines the filters", async () => {
    expect(names(await searchDirectory(conn.db, w.anonymous, { targetGroup: elderly }))).toEqual(["Kristiansund Frivilligsentral", "Kulturkoret"]);
    expect(names(await searchDirectory(conn.db, w.anonymous, { targetGroup: elderly, language: "ar" }))).toEqual(["Kristiansund Frivilligsentral"]);
    expect(names(await searchDirectory(conn.db, w.anonymous, { targetGroup: elderly, district: sentrum, q: "kor" }))).toEqual([]);
    expect(names(await searchDirectory(conn.db, w.anonymous, { language: "pl", category: "1" }))).toEqual(["Kulturkoret"]);
  });

  it("marks which organisations the municipality has verified and names their categories", async () => {
    const [item] = (await searchDirectory(conn.db, w.anonymous, { q: "Frivilligsentral" })).items;
    expect(item).toMatchObject({ verified: true, languages: ["nb", "ar"], categories: [{ code: "4.1" }] });
    const [other] = (await searchDirectory(conn.db, w.anonymous, { q: "Kulturkoret" })).items;
    expect(other!.verified).toBe(false);
  });

  it("searches for the beginning of a search longer than the field allows", async () => {
    const page = await searchDirectory(conn.db, w.anonymous, { q: `  Kulturkoret ${"x".repeat(300)}` });
    expect(page.q).toBe(`Kulturkoret ${"x".repeat(188)}`);
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: `Kulturkoret${" ".repeat(300)}x` }))[0]).toBe("Kulturkoret");
  });

  it("treats nonsense in the address as no filter, and pages by 20", async () => {
    const page = await searchDirectory(conn.db, w.anonymous, { category: "'; drop", targetGroup: "x", language: "123", page: "-4" });
    expect(page).toMatchObject({ total: 5, page: 1, pageCount: 1, category: "", targetGroup: "", language: "" });
  });
});

describe("directoryChoices", () => {
  it("offers the vocabularies and the spoken languages", async () => {
    const choices = await directoryChoices(conn.db, w.anonymous);
    expect(choices.languages).toEqual(expect.arrayContaining(["ar", "nb", "pl", "uk"]));
    expect(choices.districts.map((d) => d.name)).toEqual(["Sentrum", "Nordlandet"]);
    expect(choices.categories.some((c) => c.code === "1.2")).toBe(true);
  });
});

describe("searchDirectory with many matches", () => {
  it("looks for names that merely look like the words only when the words find less than a page", async () => {
    for (let i = 1; i <= 20; i++) await org({ name: `Turlag ${i}`, description: "Vi går fjellturer hver helg." });
    await org({ name: "Fjeltur-gjengen" });
    const page = await searchDirectory(conn.db, w.anonymous, { q: "fjelltur" });
    expect(page.total).toBe(20);
    expect(names(page)).not.toContain("Fjeltur-gjengen");
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "Fjeltur-gjengen" }))[0]).toBe("Fjeltur-gjengen");
  });
});

describe("searchDirectory after changes", () => {
  it("sees a new organisation, a renamed one, new links and a deleted one at once", async () => {
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "Sjakklubb" }))).toEqual([]);
    const id = await org({ name: "Kristiansund Sjakklubb", organizationNumber: "912345679" });
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "sjakk" }))).toEqual(["Kristiansund Sjakklubb"]);

    await conn.db.update(organization).set({ name: "Kristiansund Sjakkforening" }).where(eq(organization.id, id));
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "sjakkforening" }))).toEqual(["Kristiansund Sjakkforening"]);

    await conn.db.insert(organizationCategory).values({ organizationId: id, categoryCode: "1.3" });
    expect(names(await searchDirectory(conn.db, w.anonymous, { category: "1.3" }))).toEqual(["Kristiansund Sjakkforening"]);

    await conn.db.insert(organizationDistrict).values({ organizationId: id, districtId: sentrum });
    expect(names(await searchDirectory(conn.db, w.anonymous, { district: sentrum, q: "sjakk" }))).toEqual(["Kristiansund Sjakkforening"]);

    await conn.db.delete(organization).where(eq(organization.id, id));
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "sjakk" }))).toEqual([]);
  });

  it("finds an organisation by a competence it offers, named in any language, from when it is added until it is removed", async () => {
    const found = async (q: string) => names(await searchDirectory(conn.db, w.anonymous, { q }));
    const id = await org({ name: "Nordmøre Tolketjeneste" });
    const competences = await listCompetences(conn.db, w.municipality.id);
    const competenceId = (code: string) => competences.find((c) => c.code === code)!.id;
    expect(await found("leksehjelp")).toEqual([]);
    const [resource] = await conn.db
      .insert(organizationResource)
      .values({ organizationId: id, kind: "competence", competenceId: competenceId("homework-help"), name: "Torsdager på biblioteket" })
      .returning({ id: organizationResource.id });
    expect(await found("leksehjelp")).toEqual(["Nordmøre Tolketjeneste"]);
    expect(await found("homework help")).toEqual(["Nordmøre Tolketjeneste"]);

    await conn.db.update(organizationResource).set({ competenceId: competenceId("interpreting") }).where(eq(organizationResource.id, resource!.id));
    expect(await found("leksehjelp")).toEqual([]);
    expect(await found("Tłumaczenie")).toEqual(["Nordmøre Tolketjeneste"]);
    expect(await found("الترجمة")).toEqual(["Nordmøre Tolketjeneste"]);

    const [own] = await conn.db
      .insert(competence)
      .values({ municipalityId: w.municipality.id, code: "own-snow", name: { nb: "Snømåking", nn: "Snømåking", en: "Snow clearing" } })
      .returning({ id: competence.id });
    await conn.db.insert(organizationResource).values({ organizationId: id, kind: "competence", competenceId: own!.id, name: "Snømåking" });
    await conn.db.update(competence).set({ name: { nb: "Brøyting", nn: "Brøyting", en: "Snow ploughing" } }).where(eq(competence.id, own!.id));
    expect(await found("snow ploughing")).toEqual(["Nordmøre Tolketjeneste"]);

    await conn.db.delete(organizationResource).where(eq(organizationResource.organizationId, id));
    expect(await found("Tłumaczenie")).toEqual([]);
  });

  it("sees a change committed in a transaction, also one committed while it loads", async () => {
    const id = await org({ name: "Kristiansund Bridgeklubb" });
    // The insert marks the directory changed, so this search loads it again while the rename commits.
    const rename = conn.db.transaction((tx) => tx.update(organization).set({ name: "Kristiansund Bridgelag" }).where(eq(organization.id, id)));
    await Promise.all([searchDirectory(conn.db, w.anonymous, { q: "bridge" }), rename]);
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "bridgelag" }))).toEqual(["Kristiansund Bridgelag"]);
  });

  it("finds a compound whose parts a name has apart, and a word inside a compound", async () => {
    await org({ name: "Flerkulturelle forening Nordmøre" });
    await org({ name: "Nordmøre Sjakkforening" });
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "kulturforening" }))).toEqual(["Flerkulturelle forening Nordmøre"]);
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "sjakk forening" }))).toEqual(["Nordmøre Sjakkforening"]);
  });

  it("finds a compound written as two words", async () => {
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "idretts lag" }))).toEqual(["Nordlandet Idrettslag"]);
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "frivillig sentral" }))).toEqual(["Kristiansund Frivilligsentral"]);
  });

  it("finds an organisation by its organisasjonsnummer, spaces or not", async () => {
    await org({ name: "Nummerlaget", organizationNumber: "998877665" });
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "998 877 665" }))).toEqual(["Nummerlaget"]);
  });

  it("offers a district the coordinator has just added", async () => {
    await insertDistricts(conn.db, w.municipality.id, ["Innlandet"]);
    expect((await directoryChoices(conn.db, w.anonymous)).districts.map((d) => d.name)).toContain("Innlandet");
  });

  it("answers many searches at once from one load", async () => {
    const pages = await Promise.all(["eldre", "kor", "idrett", "frivilig"].map((q) => searchDirectory(conn.db, w.anonymous, { q })));
    expect(pages.map((p) => p.total)).toEqual(pages.map((p) => p.items.length));
    expect(names(pages[3]!)).toContain("Kristiansund Frivilligsentral");
  });
});

describe("the directory held in memory", () => {
  const held = async (name: string) => (await currentDirectory(conn.db, w.municipality.id)).organizations.find((o) => o.name === name);

  it("reads again only the organisations a change names, and keeps the list in name order", async () => {
    const untouched = await held("Kulturkoret");
    const id = await org({ name: "Kristiansund Dartklubb" }, { categories: ["1.3"] });
    await conn.db.transaction(async (tx) => {
      await tx.update(organization).set({ name: "Alfa Dartklubb" }).where(eq(organization.id, id));
      await tx.insert(organizationTargetGroup).values({ organizationId: id, targetGroupId: elderly });
    });
    expect(names(await searchDirectory(conn.db, w.anonymous, { targetGroup: elderly }))).toEqual(["Alfa Dartklubb", "Kristiansund Frivilligsentral", "Kulturkoret"]);
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "dartklubb" }))).toEqual(["Alfa Dartklubb"]);
    await conn.db.delete(organization).where(eq(organization.id, id));
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "dartklubb" }))).toEqual([]);
    expect(await held("Kulturkoret")).toBe(untouched);
  });

  it("reads the whole directory again after one statement changing more than a hundred organisations", async () => {
    const untouched = await held("Kulturkoret");
    const many = Array.from({ length: 101 }, (_, i) => ({ municipalityId: w.municipality.id, name: `Massekor ${String(i).padStart(3, "0")}` }));
    await conn.db.insert(organization).values(many);
    const page = await searchDirectory(conn.db, w.anonymous, { q: "massekor", page: 6 });
    expect([page.total, names(page)]).toEqual([101, ["Massekor 100"]]);
    expect(await held("Kulturkoret")).not.toBe(untouched);
  });

  it("reads the whole directory again when the change log no longer reaches back to it", async () => {
    const untouched = await held("Kulturkoret");
    // A version the log has no rows for, as when it has dropped the oldest.
    await conn.db.update(directoryVersion).set({ version: sql`${directoryVersion.version} + 1` }).where(eq(directoryVersion.municipalityId, w.municipality.id));
    await org({ name: "Nordmøre Dartklubb" });
    expect(names(await searchDirectory(conn.db, w.anonymous, { q: "dartklubb" }))).toEqual(["Nordmøre Dartklubb"]);
    expect(await held("Kulturkoret")).not.toBe(untouched);
  });

  it("keeps the change log to the last thousand versions", async () => {
    const versionNow = async () => (await conn.db.select().from(directoryVersion).where(eq(directoryVersion.municipalityId, w.municipality.id)))[0]!.version;
    const before = await versionNow();
    await conn.db.insert(directoryChange).values([before - 999, before - 998].map((version) => ({ municipalityId: w.municipality.id, version })));
    await org({ name: "Nordmøre Sjakklubb" });
    const kept = await conn.db.select({ version: directoryChange.version }).from(directoryChange).where(eq(directoryChange.municipalityId, w.municipality.id));
    expect(kept.map((row) => row.version)).not.toContain(before - 999);
    expect(kept.map((row) => row.version)).toContain(before - 998);
  });
});

describe.runIf(process.env.DATABASE_URL)("the directory held in memory with several servers on PostgreSQL", () => {
  it("hears of what another server changed, without reading the version for every search", async () => {
    await searchDirectory(conn.db, w.anonymous, { q: "kor" });
    const reads = vi.spyOn(conn.db, "select");
    await searchDirectory(conn.db, w.anonymous, { q: "kor" });
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    const other = await connectPostgres(conn.url!);
    try {
      await other.db.update(organization).set({ name: "Kulturkoret Nordmøre" }).where(eq(organization.name, "Kulturkoret"));
    } finally {
      await other.close();
    }
    await vi.waitFor(async () => expect(names(await searchDirectory(conn.db, w.anonymous, { q: "nordmøre kor" }))).toContain("Kulturkoret Nordmøre"), { timeout: 2_000 });
    await conn.db.update(organization).set({ name: "Kulturkoret" }).where(eq(organization.name, "Kulturkoret Nordmøre"));
  });
});

describe("summaryOf", () => {
  it("cuts a long description between words, and says it was cut", () => {
    const purpose = "Foreningens formål er å samle innbyggerne i bydelen til dugnad, kultur og fellesskap ".repeat(4);
    const summary = summaryOf("", purpose.slice(0, SUMMARY_LENGTH + 1));
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LENGTH + 2);
    expect(summary).toMatch(/\S …$/);
    expect(purpose.startsWith(summary.slice(0, -2))).toBe(true);
    expect(summaryOf("Kort om oss", purpose)).toBe("Kort om oss");
    expect(summaryOf("", "Et kor")).toBe("Et kor");
  });
});

describe("searchDirectory without Norwegian letters", () => {
  const found = async (q: string) => names(await searchDirectory(conn.db, w.anonymous, { q }));

  beforeAll(async () => {
    await org({ name: "Sjakklubben Løperen" });
    await org({ name: "Båtforeningen Vågen" });
    await org({ name: "Tirsdagstreffet", description: "Vi møtes i menighetssalen og går tur langs Vågen torsdager." });
    await org({ name: "Eldretreffet Kirkelandet", shortDescription: "Sosialt fellesskap: kaffetreff, turgrupper og besøksvenner." });
    await org({ name: "Språkkafeen på Kirkelandet", shortDescription: "Øv norsk over en kopp kaffe, hver onsdag på biblioteket." });
    await org({ name: "Frivillighuset på Nordlandet", shortDescription: "Besøksvenner, handlehjelp, språkkafé og dugnader." });
  });

  it("finds with o, oe, a and aa what the Norwegian spelling finds, in the same order", async () => {
    expect(await found("Løperen")).toEqual(["Sjakklubben Løperen"]);
    expect(await found("Loperen")).toEqual(["Sjakklubben Løperen"]);
    expect(await found("Loeperen")).toEqual(["Sjakklubben Løperen"]);
    expect(await found("vågen")).toEqual(["Båtforeningen Vågen", "Tirsdagstreffet"]);
    expect(await found("Vagen")).toEqual(["Båtforeningen Vågen", "Tirsdagstreffet"]);
    expect(await found("Vaagen")).toEqual(["Båtforeningen Vågen", "Tirsdagstreffet"]);
    expect(await found("Batforeningen Vagen")).toEqual(["Båtforeningen Vågen"]);
  });

  it("finds a compound written without å as with it", async () => {
    const withLetter = await found("språkkafe");
    expect(withLetter).toEqual(["Språkkafeen på Kirkelandet", "Frivillighuset på Nordlandet"]);
    expect(await found("spraakkafe")).toEqual(withLetter);
    expect(await found("sprakkafe")).toEqual(withLetter);
  });

  it("finds a word with an accent as without it", async () => {
    const without = await found("kafe");
    expect(without).toEqual(["Eldretreffet Kirkelandet", "Språkkafeen på Kirkelandet"]);
    expect(await found("kafé")).toEqual(without);
  });

  it("does not need a stop word typed without its letters", async () => {
    expect(await found("Frivillighuset på Nordlandet")).toEqual(["Frivillighuset på Nordlandet"]);
    expect(await found("Frivillighuset pa Nordlandet")).toEqual(["Frivillighuset på Nordlandet"]);
  });

  it("folds the API's search the same way", async () => {
    const api = await searchOrganizations(conn.db, w.anonymous, { q: "Batforeningen Vagen" });
    expect(api.items.map((o) => o.name)).toEqual(["Båtforeningen Vågen"]);
  });
});
