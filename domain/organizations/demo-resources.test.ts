import { describe, expect, it } from "vitest";
import { seedDemoResources } from "./demo-resources";
import { insertOrganization } from "./organizations";
import { listResources } from "./resources";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();

describe("seedDemoResources", () => {
  it("gives the volunteer centre its minibus and hall, and the other organisations what fits them", async () => {
    const centre = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Nordlandet Frivilligsentral" });
    const multicultural = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Kristiansund Flerkulturelle Forening" });
    expect(await seedDemoResources(conn.db, w.municipality.id)).toBeGreaterThan(10);

    const centreResources = await listResources(conn.db, w.anonymous, { organizationId: centre.id });
    expect(centreResources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "vehicle", vehicleType: "Minibuss", seats: 9, wheelchairAccessible: true }),
        expect.objectContaining({ kind: "premises", capacity: 50 }),
      ]),
    );
    const interpreting = await listResources(conn.db, w.anonymous, { organizationId: multicultural.id });
    const arabic = interpreting.find((r) => r.name === "Tolking arabisk–norsk");
    expect(arabic?.competenceName?.en).toBe("Interpreting");
    expect(await listResources(conn.db, w.anonymous, { organizationId: w.organization.id })).not.toEqual([]);
  });
});
