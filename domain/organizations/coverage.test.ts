import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, UnauthenticatedError } from "../../platform/errors";
import { getCoverage } from "./coverage";
import { insertSmallSector } from "./sector-fixtures";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();
let s: Awaited<ReturnType<typeof insertSmallSector>>;

beforeAll(async () => {
  s = await insertSmallSector(conn.db, w.municipality.id);
});

describe("getCoverage", () => {
  it("counts the organisations reaching each target group in each district, and marks the gaps", async () => {
    const coverage = await getCoverage(conn.db, w.coordinator);
    expect(coverage.districts.map((d) => d.name)).toEqual(["Sentrum", "Nordlandet", "Frei"]);
    const row = (id: string) => coverage.rows.find((r) => r.targetGroup.id === id)!;
    expect(row(s.elderly)).toMatchObject({ counts: [1, 0, 0], withoutDistrict: 1 });
    expect(row(s.youth)).toMatchObject({ counts: [1, 1, 0], withoutDistrict: 0 });
    expect(row(s.refugees)).toMatchObject({ counts: [1, 0, 0], withoutDistrict: 0 });
    const gaps = coverage.rows.flatMap((r) => r.counts).filter((n) => n === 0);
    expect(gaps.length).toBe(coverage.rows.length * 3 - 4);
  });

  it("is for the coordinator and the admin only", async () => {
    await expect(getCoverage(conn.db, w.staff)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCoverage(conn.db, w.orgAdmin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCoverage(conn.db, w.anonymous)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await getCoverage(conn.db, w.admin)).rows.length).toBeGreaterThan(0);
  });
});
