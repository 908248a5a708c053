import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../testing/hooks";
import { createMunicipality, findHomeMunicipality } from "./municipality";

const conn = withTestDatabase();

describe("municipality", () => {
  it("is found as the home municipality once created", async () => {
    await createMunicipality(conn.db, { kommunenummer: "1505", name: "Kristiansund" });
    const home = await findHomeMunicipality(conn.db);
    expect(home?.name).toBe("Kristiansund");
    expect(await findHomeMunicipality(conn.db, "0301")).toBeUndefined();
  });
});
