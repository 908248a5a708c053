import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../platform/errors";
import { DEMO_DISTRICTS, insertOrganizationProfile, seedDemoOrganizations } from "./demo-profiles";
import { getOrganizationForEdit } from "./profile";
import { organization, organizationContact } from "./schema";
import { listDistricts } from "./vocabulary";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();

describe("demo organisations", () => {
  it("give the municipality its districts and a dozen organisations, the demo one filled in", async () => {
    await seedDemoOrganizations(conn.db, w.municipality.id, w.organization.id);
    expect((await listDistricts(conn.db, w.municipality.id)).map((d) => d.name)).toEqual(DEMO_DISTRICTS);
    const rows = await conn.db.select().from(organization).where(eq(organization.municipalityId, w.municipality.id));
    expect(rows.length).toBe(2 + 11);
    expect(rows.filter((r) => r.hasCooperationAgreement).length).toBeGreaterThanOrEqual(3);
    const demo = await getOrganizationForEdit(conn.db, w.coordinator, w.organization.id);
    expect(demo).toMatchObject({ name: "Nordlandet Frivilligsentral (demo)", verified: true, categoryCodes: ["8.2"] });
    expect(demo.targetGroupIds).toHaveLength(3);
    expect(demo.districtIds).toHaveLength(1);
    const phones = (await conn.db.select({ phone: organizationContact.phone }).from(organizationContact)).map((c) => c.phone);
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.filter((phone) => phone !== null && !/^\d{8}$/.test(phone))).toEqual([]);
  });

  it("are checked like registered ones, so a bad fixture fails loudly", async () => {
    await expect(insertOrganizationProfile(conn.db, w.municipality.id, { name: "Feil", phone: "123" })).rejects.toBeInstanceOf(ValidationError);
    const badContact = { name: "Feil kontakt", contacts: [{ name: "Kari", phone: "123" }] };
    await expect(insertOrganizationProfile(conn.db, w.municipality.id, badContact)).rejects.toBeInstanceOf(ValidationError);
  });
});
