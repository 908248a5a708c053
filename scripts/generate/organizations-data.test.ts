import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { Connection } from "../../platform/db/client";
import { municipality } from "../../platform/db/schema";
import { district, organization } from "../../domain/organizations/schema";
import { createTestDatabase } from "../../platform/testing/db";
import { generateOrganizations } from "./organizations-data";
import { mod11CheckDigit } from "./random";

let connection: Connection;
beforeAll(async () => {
  connection = await createTestDatabase();
});
afterAll(() => connection.close());

describe("generateOrganizations", () => {
  it("spreads valid, distinct organisations over the municipalities and reports progress", async () => {
    const progress: number[] = [];
    const result = await generateOrganizations(connection.db, { count: 40, municipalities: 3 }, (done) => progress.push(done));
    expect(result).toEqual({ organizations: 40, municipalities: 3 });
    expect(progress.at(-1)).toBe(40);
    const rows = await connection.db.select().from(organization);
    expect(rows).toHaveLength(40);
    const numbers = rows.flatMap((r) => (r.organizationNumber ? [r.organizationNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(mod11CheckDigit(n.slice(0, 8))).toBe(Number(n[8]));
    const [home] = await connection.db.select().from(municipality).where(eq(municipality.kommunenummer, "1505"));
    const [districts] = await connection.db.select({ n: count() }).from(district).where(eq(district.municipalityId, home!.id));
    expect(districts!.n).toBeGreaterThan(0);
  });

  it("adds to what is there, in the municipalities that exist already", async () => {
    await generateOrganizations(connection.db, { count: 10, municipalities: 1, seed: 2 });
    expect(await connection.db.$count(organization)).toBe(50);
    expect(await connection.db.$count(municipality)).toBe(3);
  });
});
