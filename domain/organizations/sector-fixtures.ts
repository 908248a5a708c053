import type { Db } from "../../platform/db/client";
import { findTargetGroupByCode, insertDistricts, listCompetences } from "./vocabulary";
import { organization, organizationCategory, organizationDistrict, organizationResource, organizationTargetGroup } from "./schema";

type Links = {
  categories?: string[];
  targetGroups?: string[];
  districts?: string[];
  resources?: Omit<typeof organizationResource.$inferInsert, "organizationId">[];
};

/** An organisation with its categories, target groups, districts and resources: test fixtures and demo data. */
export async function insertMappedOrganization(
  db: Db,
  values: typeof organization.$inferInsert,
  { categories = [], targetGroups = [], districts = [], resources = [] }: Links = {},
): Promise<string> {
  const [row] = await db.insert(organization).values(values).returning({ id: organization.id });
  const organizationId = row!.id;
  if (categories.length) await db.insert(organizationCategory).values(categories.map((categoryCode) => ({ organizationId, categoryCode })));
  if (targetGroups.length) await db.insert(organizationTargetGroup).values(targetGroups.map((targetGroupId) => ({ organizationId, targetGroupId })));
  if (districts.length) await db.insert(organizationDistrict).values(districts.map((districtId) => ({ organizationId, districtId })));
  if (resources.length) await db.insert(organizationResource).values(resources.map((r) => ({ ...r, organizationId })));
  return organizationId;
}

/**
 * A small mapped sector in the world's municipality: a verified frivilligsentral with premises for 80 and
 * an agreement, a sports club with a minibus, an imported choir nobody has claimed, and a group with no
 * districts. Tests of the sector map, coverage and "who can help" share it.
 */
export async function insertSmallSector(db: Db, municipalityId: string) {
  const tg = async (code: string) => (await findTargetGroupByCode(db, municipalityId, code))!.id;
  const [elderly, youth, refugees] = [await tg("elderly"), await tg("children-youth"), await tg("refugees-immigrants")];
  const districts = await insertDistricts(db, municipalityId, ["Sentrum", "Nordlandet", "Frei"]);
  const [sentrum, nordlandet] = [districts[0]!.id, districts[1]!.id];
  const firstAid = (await listCompetences(db, municipalityId)).find((c) => c.code === "first-aid")!.id;
  const sentral = await insertMappedOrganization(
    db,
    {
      municipalityId,
      name: "Kristiansund Frivilligsentral",
      email: "post@frivilligsentral.test",
      memberCount: 40,
      activeVolunteerCount: 120,
      languages: ["nb", "ar"],
      hasCooperationAgreement: true,
      verifiedAt: new Date("2026-01-05T10:00:00Z"),
    },
    {
      categories: ["4.1"],
      targetGroups: [elderly, refugees],
      districts: [sentrum],
      resources: [
        { kind: "premises", name: "Storsalen", capacity: 80, availability: "Kvelder og helger" },
        { kind: "premises", name: "Møterommet", capacity: 12 },
      ],
    },
  );
  const idrett = await insertMappedOrganization(
    db,
    { municipalityId, name: "Nordlandet Idrettslag", memberCount: 300, activeVolunteerCount: 25, languages: ["nb"] },
    {
      categories: ["1.2"],
      targetGroups: [youth],
      districts: [sentrum, nordlandet],
      resources: [
        { kind: "vehicle", name: "Klubbussen", vehicleType: "Minibuss", seats: 9, wheelchairAccessible: true, availability: "Hverdager" },
        { kind: "competence", competenceId: firstAid, name: "Trenere med kurs fra Røde Kors" },
      ],
    },
  );
  const kor = await insertMappedOrganization(
    db,
    { municipalityId, name: "=Kulturkoret", source: "imported", memberCount: 18, languages: ["nb", "pl"] },
    { categories: ["1.1"], targetGroups: [elderly], resources: [{ kind: "equipment", name: "Lydanlegg", quantity: 2, note: "Med mikrofoner" }] },
  );
  return { sentral, idrett, kor, elderly, youth, refugees, sentrum, nordlandet, frei: districts[2]!.id };
}
