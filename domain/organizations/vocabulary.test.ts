import { describe, expect, it } from "vitest";
import { createWorld } from "../../platform/testing/world";
import { targetGroup } from "./schema";
import {
  describeVocabulary,
  insertDistricts,
  listCategories,
  listCompetences,
  listDistricts,
  listTargetGroups,
  localizedName,
  spokenLanguageName,
} from "./vocabulary";
import { withTestWorld } from "../../platform/testing/hooks";
import { LANGUAGES } from "../../platform/i18n/languages";

const { conn, w } = withTestWorld();

describe("reference data", () => {
  it("holds the twelve ICNPO main groups, each followed by its subgroups", async () => {
    const categories = await listCategories(conn.db);
    const main = categories.filter((c) => c.parentCode === null);
    expect(main.map((c) => c.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(categories.find((c) => c.code === "1.2")).toMatchObject({ parentCode: "1", name: { nb: "Idrett", en: "Sports" } });
    for (const sub of categories.filter((c) => c.parentCode !== null)) {
      expect(categories.indexOf(sub)).toBeGreaterThan(categories.findIndex((c) => c.code === sub.parentCode));
    }
  });

  it("holds the built-in target groups and competences the issue names", async () => {
    const groups = await listTargetGroups(conn.db, w.municipality.id);
    expect(groups.map((g) => g.code)).toEqual([
      "children-youth", "elderly", "living-alone", "refugees-immigrants", "disabilities",
      "low-income-families", "homeless", "substance-problems", "others",
    ]);
    const competences = (await listCompetences(conn.db, w.municipality.id)).map((c) => c.name.nb);
    expect(competences).toEqual(expect.arrayContaining(["Førstehjelp", "Transport", "Tolking", "Matlaging", "Digital hjelp", "Leksehjelp", "Besøksvenn", "Aktivitetsleder"]));
  });

  it("names every shared category, target group and competence in every language of the public pages", async () => {
    const shared = [
      ...(await listCategories(conn.db)),
      ...(await listTargetGroups(conn.db, w.municipality.id)).filter((g) => g.builtIn),
      ...(await listCompetences(conn.db, w.municipality.id)).filter((c) => c.builtIn),
    ];
    expect(shared.length).toBe(42 + 9 + 14);
    const missing = shared.flatMap((term) => LANGUAGES.filter((lang) => !term.name[lang]?.trim()).map((lang) => `${term.name.nb} (${lang})`));
    expect(missing).toEqual([]);
    expect(shared.find((term) => term.name.nb === "Idrett")?.name).toMatchObject({ ar: "الرياضة", uk: "Спорт", ti: "ስፖርት" });
  });

  it("adds a municipality's own target groups to the built-in ones, and keeps them from other municipalities", async () => {
    await conn.db.insert(targetGroup).values([
      { municipalityId: w.municipality.id, code: "students", name: { nb: "Studenter", nn: "Studentar", en: "Students" } },
    ]);
    const other = await createWorld(conn.db, "1506");
    expect((await listTargetGroups(conn.db, w.municipality.id)).map((g) => g.code)).toContain("students");
    expect((await listTargetGroups(conn.db, other.municipality.id)).map((g) => g.code)).not.toContain("students");
  });
});

describe("districts", () => {
  it("creates districts once, in the order given", async () => {
    await insertDistricts(conn.db, w.municipality.id, ["Nordlandet", "Innlandet"]);
    await insertDistricts(conn.db, w.municipality.id, ["Nordlandet"]);
    expect((await listDistricts(conn.db, w.municipality.id)).map((d) => d.name)).toEqual(["Nordlandet", "Innlandet"]);
  });
});

describe("names", () => {
  it("shows a name in the reader's language, and in English where the term has none in it", () => {
    const builtIn = { nb: "Eldre", nn: "Eldre", en: "Elderly people", pl: "Osoby starsze" };
    expect(localizedName(builtIn, "nn")).toBe("Eldre");
    expect(localizedName(builtIn, "pl")).toBe("Osoby starsze");
    expect(localizedName(builtIn, "so")).toBe("Elderly people");
  });

  it("names spoken languages in the reader's language", () => {
    expect(spokenLanguageName("ar", "nb")).toBe("arabisk");
    expect(spokenLanguageName("ar", "en")).toBe("Arabic");
  });
});

describe("the vocabulary for API clients", () => {
  it("gives anyone the terms of the municipality they are served for, and no other municipality's", async () => {
    const other = await createWorld(conn.db, "1507");
    await insertDistricts(conn.db, other.municipality.id, ["Bortenfor"]);
    await conn.db.insert(targetGroup).values({ municipalityId: other.municipality.id, code: "fishers", name: { nb: "Fiskere", nn: "Fiskarar", en: "Fishers" } });
    const vocabulary = await describeVocabulary(conn.db, w.anonymous);
    expect(vocabulary.districts).toEqual(await listDistricts(conn.db, w.municipality.id));
    expect(vocabulary.districts.map((d) => d.name)).not.toContain("Bortenfor");
    expect(vocabulary.targetGroups.map((g) => g.code)).not.toContain("fishers");
    expect(vocabulary.categories).toEqual(await listCategories(conn.db));
    expect(vocabulary.competences).toEqual(await listCompetences(conn.db, w.municipality.id));
    expect(vocabulary.languages).toContain("se");
    expect((await describeVocabulary(conn.db, other.anonymous)).districts.map((d) => d.name)).toEqual(["Bortenfor"]);
  });
});
