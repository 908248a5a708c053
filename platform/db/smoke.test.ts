import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/db";
import type { Connection } from "./client";
import { createMunicipality, findHomeMunicipality } from "./municipality";

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDatabase();
});
afterAll(() => conn.close());

describe("municipality", () => {
  it("is found as the home municipality once created", async () => {
    await createMunicipality(conn.db, { kommunenummer: "1505", name: "Kristiansund" });
    const home = await findHomeMunicipality(conn.db);
    expect(home?.name).toBe("Kristiansund");
    expect(await findHomeMunicipality(conn.db, "0301")).toBeUndefined();
  });
});
