import { describe, expect, it } from "vitest";
import { organization } from "../../domain/organizations/schema";
import { withTestWorld } from "../testing/hooks";
import { isUniqueViolation } from "./errors";

const { conn, w } = withTestWorld();

describe("isUniqueViolation", () => {
  it("recognises the unique index that refused a row, and no other error", async () => {
    const row = { municipalityId: w.municipality.id, name: "Dobbeltlaget", organizationNumber: "987654321" };
    await conn.db.insert(organization).values(row);
    const error = await conn.db.insert(organization).values(row).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error, "organization_number_unique")).toBe(true);
    expect(isUniqueViolation(error, "district_name_unique")).toBe(false);
    expect(isUniqueViolation(new Error("boom"), "organization_number_unique")).toBe(false);
    expect(isUniqueViolation(undefined, "organization_number_unique")).toBe(false);
  });
});
