import { eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { parseInput } from "../../platform/validation";
import { registerInput, type RegisterInput } from "./profile-input";
import { organization, organizationCategory, organizationContact, organizationDistrict, organizationTargetGroup } from "./schema";
import { insertDistricts, listTargetGroups } from "./vocabulary";
import { contactInput, type ContactInput } from "./contacts";

/** Kristiansund's parts, as people there name where they live. */
export const DEMO_DISTRICTS = ["Kirkelandet", "Innlandet", "Nordlandet", "Gomalandet", "Frei", "Rensvik", "Kvalvåg", "Atlanten"];

export type ProfileFixture = Omit<RegisterInput, "targetGroupIds" | "districtIds"> & {
  targetGroups?: string[];
  districts?: string[];
  contacts?: ContactInput[];
  verified?: boolean;
};

/**
 * Writes a whole organisation profile without a rights check, after validating it as registering would:
 * the data factory for demo data and tests, so both are always valid data. Target groups are named by
 * code and districts by name. With `id`, it fills in an existing organisation instead of creating one.
 */
export async function insertOrganizationProfile(db: Db, municipalityId: string, fixture: ProfileFixture & { id?: string }): Promise<{ id: string }> {
  const { targetGroups = [], districts = [], contacts = [], verified = false, id, ...fields } = fixture;
  const groupIds = (await listTargetGroups(db, municipalityId)).filter((g) => targetGroups.includes(g.code)).map((g) => g.id);
  const districtIds = (await insertDistricts(db, municipalityId, [])).filter((d) => districts.includes(d.name)).map((d) => d.id);
  const { categoryCodes = [], ...values } = parseInput(registerInput, fields);
  const contactValues = contacts.map((contact) => parseInput(contactInput, contact));
  const row = { ...values, municipalityId, verifiedAt: verified ? new Date() : null };
  const [saved] = id
    ? await db.update(organization).set(row).where(eq(organization.id, id)).returning({ id: organization.id })
    : await db.insert(organization).values(row).returning({ id: organization.id });
  const organizationId = saved!.id;
  if (categoryCodes.length) await db.insert(organizationCategory).values(categoryCodes.map((categoryCode) => ({ organizationId, categoryCode })));
  if (groupIds.length) await db.insert(organizationTargetGroup).values(groupIds.map((targetGroupId) => ({ organizationId, targetGroupId })));
  if (districtIds.length) await db.insert(organizationDistrict).values(districtIds.map((districtId) => ({ organizationId, districtId })));
  for (const [position, contact] of contactValues.entries()) {
    await db.insert(organizationContact).values({ ...contact, organizationId, position });
  }
  return { id: organizationId };
}

const DEMO_ORGANIZATIONS: ProfileFixture[] = [
  {
    name: "Kirkelandet Seniorforening",
    organizationForm: "FLI",
    shortDescription: "Sosialt fellesskap for eldre på Kirkelandet: kaffetreff, turgrupper og besøksvenner.",
    description: "Vi møtes hver tirsdag i menighetssalen og går tur langs Vågen torsdager. Besøksvennene våre besøker eldre som bor alene.",
    email: "post@kirkelandet-senior.example.org",
    phone: "71 00 10 01",
    streetAddress: "Langveien 12",
    postalCode: "6509",
    postalTown: "Kristiansund",
    categoryCodes: ["1.3"],
    targetGroups: ["elderly", "living-alone"],
    districts: ["Kirkelandet"],
    languages: ["nb"],
    memberCount: 140,
    activeVolunteerCount: 22,
    verified: true,
    contacts: [{ name: "Berit Hansen", role: "Leder", email: "berit@kirkelandet-senior.example.org", phone: "900 10 001" }],
  },
  {
    name: "Innlandet Idrettslag",
    organizationForm: "FLI",
    shortDescription: "Fotball, allidrett og friidrett for barn og unge på Innlandet.",
    email: "post@innlandet-il.example.org",
    website: "innlandet-il.example.org",
    categoryCodes: ["1.2"],
    targetGroups: ["children-youth", "refugees-immigrants"],
    districts: ["Innlandet", "Kirkelandet"],
    languages: ["nb", "en", "pl"],
    memberCount: 420,
    activeVolunteerCount: 65,
    verified: true,
    contacts: [
      { name: "Tor Eriksen", role: "Daglig leder", email: "tor@innlandet-il.example.org", phone: "900 10 002" },
      { name: "Anna Nowak", role: "Inkluderingskontakt", phone: "900 10 003" },
    ],
  },
  {
    name: "Gomalandet Leksehjelp",
    shortDescription: "Gratis leksehjelp for elever på mellomtrinnet og ungdomsskolen, to kvelder i uka.",
    categoryCodes: ["2.3"],
    targetGroups: ["children-youth", "refugees-immigrants", "low-income-families"],
    districts: ["Gomalandet"],
    languages: ["nb", "ar", "so", "ti"],
    activeVolunteerCount: 14,
    contacts: [{ name: "Samira Ali", role: "Koordinator", email: "samira@gomaleks.example.org" }],
  },
  {
    name: "Frei Sanitetsforening",
    organizationForm: "FLI",
    shortDescription: "Helse og omsorg i nærmiljøet: førstehjelpskurs, trimgrupper og beredskapsvakter.",
    phone: "71 00 10 04",
    streetAddress: "Freiveien 3",
    postalCode: "6521",
    postalTown: "Frei",
    categoryCodes: ["3.4", "4.2"],
    targetGroups: ["elderly", "disabilities"],
    districts: ["Frei", "Rensvik"],
    languages: ["nb"],
    memberCount: 85,
    activeVolunteerCount: 30,
    hasPreparednessPlan: true,
    preparednessPlanReviewedOn: "2025-09-01",
    crisisCapacity24h: 25,
    emergencyContactName: "Vakttelefon Frei Sanitet",
    emergencyContactPhone: "900 10 005",
    hasCooperationAgreement: true,
    cooperationAgreementOn: "2023-05-10",
    cooperationAgreementScope: "Evakueringssenter: mottak, forpleining og omsorg for evakuerte.",
    verified: true,
    contacts: [{ name: "Randi Frei", role: "Beredskapsleder", phone: "900 10 005" }],
  },
  {
    name: "Nordmøre Hjelpekorps",
    organizationForm: "FLI",
    shortDescription: "Frivillig redningstjeneste: søk, førstehjelp og sanitetsvakter på Nordmøre.",
    email: "vakt@nordmore-hjelpekorps.example.org",
    phone: "71 00 10 06",
    categoryCodes: ["4.2"],
    targetGroups: ["others"],
    districts: DEMO_DISTRICTS,
    languages: ["nb", "en"],
    memberCount: 60,
    activeVolunteerCount: 45,
    hasPreparednessPlan: true,
    preparednessPlanReviewedOn: "2025-03-15",
    crisisCapacity24h: 40,
    emergencyContactName: "Operativ leder",
    emergencyContactPhone: "900 10 006",
    hasCooperationAgreement: true,
    cooperationAgreementOn: "2021-11-01",
    cooperationAgreementScope: "Søk etter savnede, sanitetsvakter og bistand til kommunens kriseledelse.",
    verified: true,
    contacts: [{ name: "Geir Olsen", role: "Korpsleder", email: "geir@nordmore-hjelpekorps.example.org", phone: "900 10 006" }],
  },
  {
    name: "Atlanten Kystlag",
    organizationForm: "FLI",
    shortDescription: "Tar vare på kystkulturen: båtbygging, roing og sjøvettkurs for ungdom.",
    categoryCodes: ["1.1", "5.1"],
    targetGroups: ["children-youth"],
    districts: ["Atlanten", "Nordlandet"],
    languages: ["nb"],
    memberCount: 55,
    activeVolunteerCount: 12,
  },
  {
    name: "Rensvik Vel",
    organizationForm: "FLI",
    shortDescription: "Velforeningen for Rensvik: dugnader, lekeplassen og julegrana.",
    categoryCodes: ["6.1"],
    targetGroups: ["children-youth", "elderly"],
    districts: ["Rensvik"],
    languages: ["nb"],
    memberCount: 210,
    activeVolunteerCount: 8,
  },
  {
    name: "Kvalvåg Matsentral",
    shortDescription: "Deler ut overskuddsmat til familier og enslige som trenger det, hver fredag.",
    email: "mat@kvalvag-matsentral.example.org",
    categoryCodes: ["4.3"],
    targetGroups: ["low-income-families", "homeless", "living-alone"],
    districts: ["Kvalvåg", "Kirkelandet"],
    languages: ["nb", "en", "uk"],
    activeVolunteerCount: 18,
    hasPreparednessPlan: true,
    crisisCapacity24h: 10,
    verified: true,
    contacts: [{ name: "Jon Kvalvåg", role: "Daglig leder", email: "jon@kvalvag-matsentral.example.org", phone: "900 10 008" }],
  },
  {
    name: "Ukrainsk forening i Kristiansund",
    shortDescription: "Møteplass og hjelp for ukrainere som har kommet til Kristiansund.",
    categoryCodes: ["7.1"],
    targetGroups: ["refugees-immigrants"],
    districts: ["Kirkelandet", "Innlandet", "Nordlandet", "Gomalandet"],
    languages: ["uk", "ru", "nb", "en"],
    activeVolunteerCount: 9,
    contacts: [{ name: "Olena Kovalenko", role: "Leder", phone: "+47 900 10 009" }],
  },
  {
    name: "Språkkafeen på Kirkelandet",
    shortDescription: "Øv norsk over en kopp kaffe, hver onsdag på biblioteket.",
    categoryCodes: ["2.3"],
    targetGroups: ["refugees-immigrants", "living-alone"],
    districts: ["Kirkelandet"],
    languages: ["nb", "ar", "fa", "ti", "so"],
    activeVolunteerCount: 11,
  },
  {
    name: "Samtalegruppa Nordmøre",
    shortDescription: "Samtalegrupper og likepersoner for deg som sliter med rus eller psykisk helse.",
    categoryCodes: ["3.3"],
    targetGroups: ["substance-problems", "living-alone"],
    districts: ["Nordlandet", "Frei"],
    languages: ["nb"],
    activeVolunteerCount: 7,
  },
];

/**
 * The demo municipality's districts, a full profile for the demo organisation (kept by its name and admin)
 * and eleven more fictional organisations in Kristiansund, some with a cooperation agreement.
 */
export async function seedDemoOrganizations(db: Db, municipalityId: string, demoOrganizationId: string): Promise<void> {
  await insertDistricts(db, municipalityId, DEMO_DISTRICTS);
  await insertOrganizationProfile(db, municipalityId, {
    id: demoOrganizationId,
    name: "Nordlandet Frivilligsentral (demo)",
    organizationForm: "FLI",
    shortDescription: "Frivilligsentralen på Nordlandet: besøksvenner, handlehjelp, språkkafé og dugnader.",
    description: "Vi kobler folk som vil bidra med folk som trenger en hånd. Ta kontakt hvis du vil bli frivillig eller trenger hjelp.",
    email: "post@nordlandet-frivilligsentral.example.org",
    phone: "71 00 10 00",
    streetAddress: "Nordlandsveien 1",
    postalCode: "6517",
    postalTown: "Kristiansund",
    categoryCodes: ["8.2"],
    targetGroups: ["elderly", "living-alone", "refugees-immigrants"],
    districts: ["Nordlandet"],
    languages: ["nb", "en", "ar"],
    memberCount: 30,
    activeVolunteerCount: 48,
    hasPreparednessPlan: true,
    preparednessPlanReviewedOn: "2025-06-01",
    crisisCapacity24h: 20,
    emergencyContactName: "Daglig leder",
    emergencyContactPhone: "900 10 000",
    hasCooperationAgreement: true,
    cooperationAgreementOn: "2022-01-15",
    cooperationAgreementScope: "Frivillige til informasjonsarbeid og omsorg for sårbare innbyggere i kriser.",
    verified: true,
    contacts: [{ name: "Liv Leder", role: "Daglig leder", email: "leder@demo.dugnad.no", phone: "900 10 000" }],
  });
  for (const fixture of DEMO_ORGANIZATIONS) await insertOrganizationProfile(db, municipalityId, fixture);
}

