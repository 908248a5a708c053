import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, UnauthenticatedError } from "../../platform/errors";
import { insertSmallSector } from "./sector-fixtures";
import { findWhoCanHelp } from "./who-can-help";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();

beforeAll(async () => {
  await insertSmallSector(conn.db, w.municipality.id);
});

describe("findWhoCanHelp", () => {
  it("finds resources of every kind by their words, competence names and look-alike names", async () => {
    const first = async (q: string) => (await findWhoCanHelp(conn.db, w.coordinator, { q })).items.map((i) => `${i.organization.name}: ${i.name}`);
    expect(await first("minibuss")).toEqual(["Nordlandet Idrettslag: Klubbussen"]);
    expect(await first("førstehjelp")).toEqual(["Nordlandet Idrettslag: Trenere med kurs fra Røde Kors"]);
    expect(await first("First aid")).toEqual(["Nordlandet Idrettslag: Trenere med kurs fra Røde Kors"]);
    expect(await first("mikrofon")).toEqual(["=Kulturkoret: Lydanlegg"]);
    expect(await first("Storsal")).toEqual(["Kristiansund Frivilligsentral: Storsalen"]);
    expect(await first("Lydanleg")).toEqual(["=Kulturkoret: Lydanlegg"]);
    // By the name of the kind, in any of the three languages.
    expect(await first("lokaler")).toEqual(["Kristiansund Frivilligsentral: Storsalen", "Kristiansund Frivilligsentral: Møterommet"]);
    expect(await first("kjøretøy")).toEqual(["Nordlandet Idrettslag: Klubbussen"]);
    expect(await first("equipment")).toEqual(["=Kulturkoret: Lydanlegg"]);
  });

  it("finds every resource of a kind by the words the sector map reads as that kind", async () => {
    const offers = async (q: string) => (await findWhoCanHelp(conn.db, w.coordinator, { q })).items.map((i) => `${i.organization.name}: ${i.name}`);
    expect(await offers("bil")).toEqual(["Nordlandet Idrettslag: Klubbussen"]);
    expect(await offers(" Biler ")).toEqual(["Nordlandet Idrettslag: Klubbussen"]);
    expect((await offers("lokale")).sort()).toEqual(["Kristiansund Frivilligsentral: Møterommet", "Kristiansund Frivilligsentral: Storsalen"]);
  });

  it("says when each is available", async () => {
    const [offer] = (await findWhoCanHelp(conn.db, w.coordinator, { q: "storsalen" })).items;
    expect(offer).toMatchObject({ kind: "premises", capacity: 80, availability: "Kvelder og helger", organization: { verified: true } });
    expect((await findWhoCanHelp(conn.db, w.coordinator, { q: "" })).items).toEqual([]);
    // A search longer than the field allows is cut, not ignored.
    expect((await findWhoCanHelp(conn.db, w.coordinator, { q: `storsalen${" ".repeat(300)}mikrofon` })).items).toHaveLength(1);
  });

  it("counts every match on every page, also on a page past the last", async () => {
    const count = async (q: string, page: number) => {
      const found = await findWhoCanHelp(conn.db, w.coordinator, { q, page });
      return [found.total, found.items.length, found.pageCount];
    };
    expect(await count("Storsal", 1)).toEqual([1, 1, 1]);
    expect(await count("Storsal", 3)).toEqual([1, 0, 1]);
    expect(await count("xylofonorkester", 1)).toEqual([0, 0, 1]);
  });

  it("is for the coordinator and the admin only", async () => {
    await expect(findWhoCanHelp(conn.db, w.volunteer, { q: "buss" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(findWhoCanHelp(conn.db, w.anonymous, { q: "buss" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
