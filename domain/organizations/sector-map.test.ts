import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, UnauthenticatedError } from "../../platform/errors";
import { insertGrant } from "../../platform/permissions/grants";
import { createWorld } from "../../platform/testing/world";
import { searchOrganizations } from "./api-search";
import { searchDirectory } from "./directory";
import { insertMappedOrganization, insertSmallSector } from "./sector-fixtures";
import { exportSectorMap, getSectorSummary, searchSectorMap } from "./sector-map";
import { withTestWorld, withWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();
let s: Awaited<ReturnType<typeof insertSmallSector>>;

beforeAll(async () => {
  s = await insertSmallSector(conn.db, w.municipality.id);
});

const names = async (input: Parameters<typeof searchSectorMap>[2]) => (await searchSectorMap(conn.db, w.coordinator, input)).items.map((i) => i.name);

describe("searchSectorMap", () => {
  it("is for the coordinator and the admin only", async () => {
    for (const actor of [w.staff, w.orgAdmin, w.volunteer, w.resident]) {
      await expect(searchSectorMap(conn.db, actor, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportSectorMap(conn.db, actor, {})).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(searchSectorMap(conn.db, w.anonymous, {})).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await searchSectorMap(conn.db, w.admin, {})).total).toBe(5);
  });

  it("finds organisations by what they have", async () => {
    expect(await names({ resource: "minibuss" })).toEqual(["Nordlandet Idrettslag"]);
    expect(await names({ resource: "lokale for 50" })).toEqual(["Kristiansund Frivilligsentral"]);
    expect(await names({ resource: "lokale for 100" })).toEqual([]);
    expect(await names({ resource: "snakker arabisk" })).toEqual(["Kristiansund Frivilligsentral"]);
    expect(await names({ resource: "snakker bokmål og arabisk" })).toEqual(["Kristiansund Frivilligsentral"]);
    expect(await names({ resource: "snakker arabisk og polsk" })).toEqual([]);
    expect(await names({ resource: "snakker arabisk", language: "pl" })).toEqual([]);
    expect(await names({ resource: "beredskapsavtale" })).toEqual(["Kristiansund Frivilligsentral"]);
    expect(await names({ resource: "bil med 8 seter rullestol" })).toEqual(["Nordlandet Idrettslag"]);
    expect(await names({ resource: "førstehjelp" })).toEqual(["Nordlandet Idrettslag"]);
    expect(await names({ resource: "mikrofoner" })).toEqual(["=Kulturkoret"]);
  });

  it("has explicit fields for capacity, seats and agreement", async () => {
    expect(await names({ minCapacity: "10" })).toEqual(["Kristiansund Frivilligsentral"]);
    expect(await names({ minSeats: "10" })).toEqual([]);
    expect(await names({ minSeats: "9" })).toEqual(["Nordlandet Idrettslag"]);
    expect(await names({ agreement: "on", targetGroup: s.elderly })).toEqual(["Kristiansund Frivilligsentral"]);
  });

  it("says how it understood the resource box", async () => {
    const page = await searchSectorMap(conn.db, w.coordinator, { resource: "lokale for 50" });
    expect(page.understood).toEqual({ kind: "premises", minCapacity: 50, words: [] });
  });

  it("filters by verified, unverified and imported without an admin", async () => {
    expect(await names({ status: "verified" })).toEqual(["Kristiansund Frivilligsentral"]);
    expect(await names({ status: "unverified" })).toEqual(["=Kulturkoret", "Andre laget", "Nordlandet Idrettslag", "Testlaget"]);
    expect(await names({ status: "unclaimed" })).toEqual(["=Kulturkoret"]);
    const someone = await createWorld(conn.db, "1507");
    await insertGrant(conn.db, { personId: someone.resident.personId, municipalityId: w.municipality.id, role: "org_admin", organizationId: s.kor });
    expect(await names({ status: "unclaimed" })).toEqual([]);
  });

  it("combines with the directory filters, and finds those without districts", async () => {
    expect(await names({ district: s.nordlandet })).toEqual(["Nordlandet Idrettslag"]);
    expect(await names({ district: "none", targetGroup: s.elderly })).toEqual(["=Kulturkoret"]);
    expect(await names({ category: "1", q: "idrettslag" })).toEqual(["Nordlandet Idrettslag"]);
  });

  it("finds by words exactly the organisations the public directory finds, typos and all", async () => {
    expect(await names({ q: "frivilighetsentral" })).toEqual(["Kristiansund Frivilligsentral"]);
    for (const q of ["frivilighetsentral", "idrettslag", "kulturkor", "nordlandet", "laget", "ingenting her"]) {
      const directory = await searchDirectory(conn.db, w.anonymous, { q });
      expect((await names({ q })).sort()).toEqual(directory.items.map((i) => i.name).sort());
    }
  });

  it("reads the resource box as the API reads its resource parameter", async () => {
    expect(await names({ resource: "minib" })).toEqual(["Nordlandet Idrettslag"]);
    for (const resource of ["minib", "lokale for 50", "snakker arabisk", "førstehjelp", "mikrofoner", "bil med 8 seter rullestol"]) {
      const api = await searchOrganizations(conn.db, w.coordinator, { resource });
      expect(api.items.map((i) => i.name).sort()).toEqual((await names({ resource })).sort());
    }
  });

  it("sorts by the column asked for, empty values last", async () => {
    expect(await names({ sort: "members", dir: "desc" })).toEqual(["Nordlandet Idrettslag", "Kristiansund Frivilligsentral", "=Kulturkoret", "Andre laget", "Testlaget"]);
    expect(await names({ sort: "volunteers", dir: "asc" })).toEqual(["Nordlandet Idrettslag", "Kristiansund Frivilligsentral", "=Kulturkoret", "Andre laget", "Testlaget"]);
    expect((await names({ sort: "verified", dir: "desc" }))[0]).toBe("Kristiansund Frivilligsentral");
    expect((await searchSectorMap(conn.db, w.coordinator, { sort: "nonsense" as never })).sort).toBe("name");
  });

  it("exports every row the filters find", async () => {
    const rows = await exportSectorMap(conn.db, w.coordinator, { category: "1", page: "2" });
    expect(rows.map((r) => r.name)).toEqual(["=Kulturkoret", "Nordlandet Idrettslag"]);
    expect(rows[0]).toMatchObject({ source: "imported", hasAdmin: true, memberCount: 18 });
  });
});

describe("getSectorSummary", () => {
  it("counts the sector for the coordinator only", async () => {
    expect(await getSectorSummary(conn.db, w.coordinator)).toEqual({ organizations: 5, unverified: 4, unclaimed: 0, withAgreement: 1 });
    await expect(getSectorSummary(conn.db, w.orgAdmin)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("number fields and the resource box together", () => {
  it("ask for premises and a vehicle as two conditions, which two resources may meet", async () => {
    await insertMappedOrganization(
      conn.db,
      { municipalityId: w.municipality.id, name: "Bremsnes Grendelag" },
      {
        resources: [
          { kind: "premises", name: "Grendehuset", capacity: 40 },
          { kind: "vehicle", name: "Lagsbussen", vehicleType: "Minibuss", seats: 8 },
        ],
      },
    );
    expect(await names({ minCapacity: "30", minSeats: "8" })).toEqual(["Bremsnes Grendelag"]);
    expect(await names({ resource: "minibuss", minCapacity: "30" })).toEqual(["Bremsnes Grendelag"]);
    expect(await names({ resource: "bil", minCapacity: "30" })).toEqual(["Bremsnes Grendelag"]);
    const separate = await searchSectorMap(conn.db, w.coordinator, { resource: "minibuss", minCapacity: "30" });
    expect(separate.understood).toEqual({ words: ["minibuss"] });
  });

  it("refine the box when it names the same kind", async () => {
    expect(await names({ resource: "lokale", minCapacity: "50" })).toEqual(["Kristiansund Frivilligsentral"]);
    const page = await searchSectorMap(conn.db, w.coordinator, { resource: "lokale", minCapacity: "50" });
    expect(page.understood).toEqual({ kind: "premises", minCapacity: 50, words: [] });
    expect(await names({ resource: "buss", minSeats: "9" })).toEqual(["Nordlandet Idrettslag"]);
  });
});

describe("the order of names", () => {
  const elsewhere = withWorld(conn, "1508");

  it("is Norwegian alphabetical order, letter case aside, in the table and the CSV", async () => {
    const ours = ["Åsen lag", "Ærlig lag", "Ørsta lag", "zebra lag", "Ukrainsk Kulturforening", "Ukrainsk forening", "Émile lag"];
    for (const name of ours) await insertMappedOrganization(conn.db, { municipalityId: elsewhere.municipality.id, name });
    const expected = ["Émile lag", "Ukrainsk forening", "Ukrainsk Kulturforening", "zebra lag", "Ærlig lag", "Ørsta lag", "Åsen lag"];
    const table = (await searchSectorMap(conn.db, elsewhere.coordinator, {})).items.map((i) => i.name);
    expect(table.filter((name) => ours.includes(name))).toEqual(expected);
    const csv = (await exportSectorMap(conn.db, elsewhere.coordinator, {})).map((r) => r.name);
    expect(csv).toEqual(table);
    const backwards = (await searchSectorMap(conn.db, elsewhere.coordinator, { dir: "desc" })).items.map((i) => i.name);
    expect(backwards.filter((name) => ours.includes(name))).toEqual([...expected].reverse());
  });
});
