import { describe, expect, it } from "vitest";
import { createWorld } from "../../platform/testing/world";
import { targetGroup } from "./schema";
import {
  insertDistricts,
  listCategories,
  listCompetences,
  listDistricts,
  listTargetGroups,
  localizedName,
  spokenLanguageName,
} from "./vocabulary";
import { withTestWorld } from "../../platform/testing/hooks";

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
  it("shows nb and nn names in Norwegian and the English name in the other languages", () => {
    const name = { nb: "Eldre", nn: "Eldre", en: "Elderly people" };
    expect(localizedName(name, "nn")).toBe("Eldre");
    expect(localizedName(name, "pl")).toBe("Elderly people");
  });

  it("names spoken languages in the reader's language", () => {
    expect(spokenLanguageName("ar", "nb")).toBe("arabisk");
    expect(spokenLanguageName("ar", "en")).toBe("Arabic");
  });
});
