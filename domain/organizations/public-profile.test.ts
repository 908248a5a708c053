import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../platform/errors";
import { createWorld } from "../../platform/testing/world";
import { getPublicOrganization } from "./public-profile";
import { organization, organizationContact } from "./schema";
import { insertSmallSector } from "./sector-fixtures";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();
let s: Awaited<ReturnType<typeof insertSmallSector>>;

beforeAll(async () => {
  s = await insertSmallSector(conn.db, w.municipality.id);
  await conn.db.update(organization).set({ email: "post@testlaget.test", phone: "71000000" }).where(eq(organization.id, w.organization.id));
  await conn.db.insert(organizationContact).values({ organizationId: w.organization.id, name: "Kari Leder", role: "Leder", email: "kari@testlaget.test", phone: "90000000" });
});

describe("getPublicOrganization", () => {
  it("shows what the organisation offers and whom it reaches to anyone", async () => {
    const page = await getPublicOrganization(conn.db, w.anonymous, { id: s.idrett });
    expect(page).toMatchObject({ name: "Nordlandet Idrettslag", verified: false, districts: ["Sentrum", "Nordlandet"], categories: [{ code: "1.2" }] });
    expect(page.targetGroups.map((t) => t.nb)).toEqual(["Barn og unge"]);
    expect(page).toMatchObject({ categoryCodes: ["1.2"], targetGroupIds: [s.youth], districtIds: [s.sentrum, s.nordlandet] });
    expect(page.resources.map((r) => [r.kind, r.name])).toEqual([
      ["competence", "Trenere med kurs fra Røde Kors"],
      ["vehicle", "Klubbussen"],
    ]);
    expect(page.resources[0]).toMatchObject({ competenceId: expect.any(String), competenceName: expect.objectContaining({ nb: "Førstehjelp" }) });
  });

  it("gives the organisation's own contact to everyone but its contact persons only to municipal roles and its own people", async () => {
    const anonymous = await getPublicOrganization(conn.db, w.anonymous, { id: w.organization.id });
    expect(anonymous).toMatchObject({ email: "post@testlaget.test", phone: "71000000", contacts: null });
    for (const actor of [w.resident, w.volunteer]) {
      expect((await getPublicOrganization(conn.db, actor, { id: w.organization.id })).contacts).toBeNull();
    }
    for (const actor of [w.coordinator, w.staff, w.admin, w.orgAdmin, w.orgMember]) {
      const page = await getPublicOrganization(conn.db, actor, { id: w.organization.id });
      expect(page.contacts).toEqual([expect.objectContaining({ name: "Kari Leder", email: "kari@testlaget.test", phone: "90000000" })]);
    }
    expect((await getPublicOrganization(conn.db, w.orgAdmin, { id: w.otherOrganization.id })).contacts).toBeNull();
  });

  it("shows the profile's size and preparedness to anyone, but its 24/7 emergency contact only to those who see contact persons", async () => {
    const facts = {
      organizationForm: "FLI",
      foundedOn: "1987-05-17",
      memberCount: 120,
      activeVolunteerCount: 30,
      hasPreparednessPlan: true,
      preparednessPlanReviewedOn: "2025-09-01",
      crisisCapacity24h: 15,
      hasCooperationAgreement: true,
      cooperationAgreementOn: "2024-01-15",
      cooperationAgreementScope: "Skyss og kaffe ved evakuering",
    };
    const emergency = { emergencyContactName: "Vakttelefon Testlaget", emergencyContactPhone: "90010000" };
    await conn.db.update(organization).set({ ...facts, ...emergency }).where(eq(organization.id, w.organization.id));
    for (const actor of [w.anonymous, w.resident, w.volunteer]) {
      const page = await getPublicOrganization(conn.db, actor, { id: w.organization.id });
      expect(page).toMatchObject(facts);
      expect(page).not.toHaveProperty("emergencyContactName");
      expect(page).not.toHaveProperty("emergencyContactPhone");
    }
    for (const actor of [w.coordinator, w.staff, w.orgAdmin, w.orgMember]) {
      expect(await getPublicOrganization(conn.db, actor, { id: w.organization.id })).toMatchObject({ ...facts, ...emergency });
    }
    expect(await getPublicOrganization(conn.db, w.orgAdmin, { id: w.otherOrganization.id })).not.toHaveProperty("emergencyContactName");
  });

  it("offers an imported organisation nobody looks after to be taken over, and editing only to those who may", async () => {
    expect(await getPublicOrganization(conn.db, w.resident, { id: s.kor })).toMatchObject({ claimable: true, mayEdit: false, logoFileId: null });
    expect(await getPublicOrganization(conn.db, w.coordinator, { id: s.kor })).toMatchObject({ claimable: true, mayEdit: true });
    expect(await getPublicOrganization(conn.db, w.orgAdmin, { id: w.organization.id })).toMatchObject({ claimable: false, mayEdit: true });
    expect(await getPublicOrganization(conn.db, w.orgAdmin, { id: w.otherOrganization.id })).toMatchObject({ mayEdit: false });
    expect(await getPublicOrganization(conn.db, w.anonymous, { id: s.idrett })).toMatchObject({ claimable: false, mayEdit: false });
  });

  it("knows no organisation outside the municipality or by a malformed id", async () => {
    const other = await createWorld(conn.db, "1506");
    await expect(getPublicOrganization(conn.db, other.anonymous, { id: s.idrett })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPublicOrganization(conn.db, w.anonymous, { id: "nope" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
