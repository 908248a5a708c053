import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createSession, SESSION_COOKIE } from "../../platform/auth/session";
import { routePaths, routeTestSetup } from "../../platform/testing/routes";
import { organization as organizationTable, organizationContact } from "../../domain/organizations/schema";
import { insertSmallSector } from "../../domain/organizations/sector-fixtures";
import { navigationFor } from "../lib/nav.server";
import * as directory from "./organizations";
import * as organization from "./organization";
import * as history from "./organization.history";
import * as organizationApi from "./api.v1.organization";
import * as overview from "./coordination";
import * as sectorMap from "./coordination.organizations";
import * as csv from "./coordination.organizations-csv";
import * as whoCanHelp from "./coordination.who-can-help";
import * as coverage from "./coordination.coverage";
import { withTestWorld } from "../../platform/testing/hooks";
import { interpolate } from "../../platform/i18n/format";
import { coordination as nb } from "../i18n/nb/coordination";
import { coordination as nn } from "../i18n/nn/coordination";
import { coordination as en } from "../i18n/en/coordination";

const { conn, w } = withTestWorld();
let s: Awaited<ReturnType<typeof insertSmallSector>>;

beforeAll(async () => {
  s = await insertSmallSector(conn.db, w.municipality.id);
  await conn.db.insert(organizationContact).values({ organizationId: s.sentral, name: "Kari Kontakt", email: "kari@sentral.test" });
  routeTestSetup(conn);
});

async function get(path: string, personId?: string) {
  const cookie = personId ? `${SESSION_COOKIE}=${await createSession(conn.db, personId, "password")}` : "";
  return new Request(`http://localhost${path}`, { headers: { cookie } });
}

async function thrown(promise: Promise<unknown>): Promise<{ status: number; location: string | null }> {
  const result = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (result instanceof Response) return { status: result.status, location: result.headers.get("location") };
  const status = (result as { init?: { status?: number } } | null)?.init?.status;
  if (status) return { status, location: null };
  throw new Error(`Expected a response to be thrown, got ${String(result)}`);
}

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} as never }) as never;

describe("the public directory", () => {
  it("searches with the filters from the address, names in the page's language", async () => {
    const data = await directory.loader(args(await get(`/organisasjoner?q=frivilighetsentral&targetGroup=${s.elderly}&lang=en`)));
    expect(data.result.items.map((i) => i.name)).toEqual(["Kristiansund Frivilligsentral"]);
    expect(data.result.items[0]!.languages).toEqual(["Norwegian Bokmål", "Arabic"]);
    expect(data.menus.targetGroups.find((t) => t.value === s.elderly)?.label).toBe("Elderly people");
  });

  it("sends a page past the last to the last page of the same search", async () => {
    const past = await thrown(directory.loader(args(await get("/organisasjoner?side=999&q=frivillig"))));
    expect(past).toEqual({ status: 302, location: "/organisasjoner?q=frivillig" });
  });

  it("sends a page number past the highest it reads there too, not to the first page", async () => {
    for (const side of ["10001", "999999999999", "999999999999999999999"]) {
      const past = await thrown(directory.loader(args(await get(`/organisasjoner?side=${side}&q=frivillig`))));
      expect(past, side).toEqual({ status: 302, location: "/organisasjoner?q=frivillig" });
    }
  });

  it("ignores a NUL character in the search, which the database could not take", async () => {
    const data = await directory.loader(args(await get(`/organisasjoner?q=frivillig%00sentral`)));
    expect(data.result.items.map((i) => i.name)).toEqual(["Kristiansund Frivilligsentral"]);
  });

  it("may be cached for anonymous visitors", () => {
    expect(directory.headers({} as never)).toEqual({ "x-dugnad-cache": "public" });
  });

  it("is in everyone's navigation; the coordinator's page only in the coordinator's", () => {
    expect(navigationFor(w.anonymous).map((i) => i.to)).toContain("/organisasjoner");
    expect(navigationFor(w.resident).map((i) => i.to)).not.toContain("/koordinering");
    expect(navigationFor(w.coordinator).map((i) => i.to)).toContain("/koordinering");
  });
});

describe("an organisation's public page", () => {
  it("hides contact persons from the public and shows them to the coordinator", async () => {
    const publicPage = await organization.loader(args(await get(`/organisasjoner/${s.sentral}`), { id: s.sentral }));
    expect(publicPage.org.contacts).toBeNull();
    expect(publicPage.org.email).toBe("post@frivilligsentral.test");
    expect(JSON.stringify(publicPage)).not.toContain("kari@sentral.test");
    const coordinatorPage = await organization.loader(args(await get(`/organisasjoner/${s.sentral}`, w.coordinator.personId), { id: s.sentral }));
    expect(coordinatorPage.org.contacts).toEqual([expect.objectContaining({ name: "Kari Kontakt" })]);
  });

  it("answers 404 for an unknown organisation", async () => {
    expect((await thrown(organization.loader(args(await get("/organisasjoner/x"), { id: "x" })))).status).toBe(404);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await thrown(organization.loader(args(await get(`/organisasjoner/${unknown}`), { id: unknown })))).status).toBe(404);
  });

  it("answers 404, on the page, its history and in the API, for an id with a NUL after it", async () => {
    const id = `${s.sentral}\0`;
    const coordinator = w.coordinator.personId;
    expect((await thrown(organization.loader(args(await get(`/organisasjoner/${s.sentral}%00`), { id })))).status).toBe(404);
    expect((await thrown(history.loader(args(await get(`/organisasjoner/${s.sentral}%00/historikk`, coordinator), { id })))).status).toBe(404);
    const api = (await organizationApi.loader(args(await get(`/api/v1/organizations/${s.sentral}%00`, coordinator), { id }))) as Response;
    expect(api.status).toBe(404);
    await expect(history.loader(args(await get(`/organisasjoner/${s.sentral}/historikk`, coordinator), { id: s.sentral }))).resolves.toBeDefined();
  });
});

describe("the coordinator's pages", () => {
  const pages = [
    ["/koordinering", overview.loader],
    ["/koordinering/organisasjoner", sectorMap.loader],
    ["/koordinering/hvem-kan-hjelpe?q=buss", whoCanHelp.loader],
    ["/koordinering/dekning", coverage.loader],
  ] as const;

  it("send the anonymous to sign in and refuse everyone but the coordinator and the admin", async () => {
    for (const [path, loader] of pages) {
      const anonymous = await thrown(loader(args(await get(path))));
      expect(anonymous.status).toBe(302);
      expect(anonymous.location).toBe(`/logg-inn?returnTo=${encodeURIComponent(path)}`);
      for (const actor of [w.resident, w.orgAdmin, w.staff, w.volunteer]) {
        expect((await thrown(loader(args(await get(path, actor.personId))))).status).toBe(403);
      }
      await expect(loader(args(await get(path, w.coordinator.personId)))).resolves.toBeDefined();
      await expect(loader(args(await get(path, w.admin.personId)))).resolves.toBeDefined();
    }
  });

  it("send the anonymous to sign in from the CSV file, and anyone else without the right to the sector map's 403 page", async () => {
    const path = "/koordinering/organisasjoner.csv?sort=name";
    expect((await thrown(csv.loader(args(await get(path))))).location).toBe(`/logg-inn?returnTo=${encodeURIComponent(path)}`);
    for (const actor of [w.resident, w.orgAdmin, w.staff, w.volunteer]) {
      const refused = await thrown(csv.loader(args(await get(path, actor.personId))));
      expect(refused.status).toBe(302);
      expect(refused.location).toBe("/koordinering/organisasjoner?sort=name");
    }
  });

  it("show the sector map filtered by a resource phrase", async () => {
    const data = await sectorMap.loader(args(await get("/koordinering/organisasjoner?resource=snakker+arabisk", w.coordinator.personId)));
    expect(data.result.items.map((i) => i.name)).toEqual(["Kristiansund Frivilligsentral"]);
    expect(data.understoodLanguage).toBe("arabisk");
    const both = await sectorMap.loader(args(await get("/koordinering/organisasjoner?resource=snakker+bokm%C3%A5l+og+arabisk", w.coordinator.personId)));
    expect(both.understoodLanguage).toBe("norsk bokmål og arabisk");
    expect(both.result.items.map((i) => i.name)).toEqual(["Kristiansund Frivilligsentral"]);
  });

  it("export the current filter as CSV for Excel, with formulas neutralised but phone numbers as they are", async () => {
    await conn.db.update(organizationTable).set({ phone: "+46701234567" }).where(eq(organizationTable.id, s.idrett));
    const response = (await csv.loader(args(await get("/koordinering/organisasjoner.csv?category=1&sort=name", w.coordinator.personId)))) as Response;
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="organisasjoner-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^Navn;Org\.nr\.;E-post/);
    const rows = lines.slice(1).map((l) => l.split(";"));
    expect(rows.map((r) => r[0])).toEqual(["'=Kulturkoret", "Nordlandet Idrettslag"]);
    expect(rows[1]![3]).toBe("+46701234567");
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[8]!))).toBe(true);
  });

  it("send a page past the last of the sector map to its last page", async () => {
    const past = await thrown(sectorMap.loader(args(await get("/koordinering/organisasjoner?sort=name&side=999", w.coordinator.personId))));
    expect(past).toEqual({ status: 302, location: "/koordinering/organisasjoner?sort=name" });
  });

  it("name one organisation in a coverage cell without a plural", () => {
    const params = { count: 1, targetGroup: "Eldre", district: "Sentrum" };
    for (const catalog of [nb, nn, en]) expect(interpolate(catalog["coverage.cell"], params)).not.toMatch(/\b1 organi[sz]ation/);
  });

  it("link each coverage cell to the list behind it", async () => {
    const data = await coverage.loader(args(await get("/koordinering/dekning", w.coordinator.personId)));
    const elderly = data.rows.find((r) => r.targetGroup.id === s.elderly)!;
    expect(elderly.targetGroup.name).toBe("Eldre");
    expect(elderly.counts).toEqual([1, 0, 0]);
    const listed = await sectorMap.loader(args(await get(`/koordinering/organisasjoner?targetGroup=${s.elderly}&district=${s.sentrum}`, w.coordinator.personId)));
    expect(listed.result.total).toBe(1);
  });
});

describe("the coordinator's pages read in a language that translates only the public pages", () => {
  it("put in the names of target groups, competences and languages in English, as the rest of the page reads", async () => {
    const covered = await coverage.loader(args(await get("/koordinering/dekning?lang=ar", w.coordinator.personId)));
    expect(covered.rows.find((r) => r.targetGroup.id === s.elderly)!.targetGroup.name).toBe("Elderly people");
    const mapped = await sectorMap.loader(args(await get("/koordinering/organisasjoner?resource=snakker+arabisk&lang=uk", w.coordinator.personId)));
    expect(mapped.understoodLanguage).toBe("Arabic");
    const norwegian = await coverage.loader(args(await get("/koordinering/dekning?lang=nn", w.coordinator.personId)));
    expect(norwegian.rows.find((r) => r.targetGroup.id === s.elderly)!.targetGroup.name).toBe("Eldre");
  });
});

describe("the coordinator's overview", () => {
  it("links only to pages that exist", async () => {
    const paths = await routePaths();
    for (const [path] of overview.COORDINATOR_PAGES) expect(paths).toContain(path);
  });
});
