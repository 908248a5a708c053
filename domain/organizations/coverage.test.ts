import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../platform/db/client";
import { ForbiddenError, UnauthenticatedError } from "../../platform/errors";
import { createTestDatabase } from "../../platform/testing/db";
import { createWorld, type World } from "../../platform/testing/world";
import { getCoverage } from "./coverage";
import { insertSmallSector } from "./sector-fixtures";

let conn: Connection;
let w: World;
let s: Awaited<ReturnType<typeof insertSmallSector>>;

beforeAll(async () => {
  conn = await createTestDatabase();
  w = await createWorld(conn.db);
  s = await insertSmallSector(conn.db, w.municipality.id);
});
afterAll(() => conn.close());

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
