import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { createMunicipality, findHomeMunicipality } from "../../platform/db/municipality";
import {
  competence,
  district,
  icnpoCategory,
  organization,
  organizationCategory,
  organizationContact,
  organizationDistrict,
  organizationResource,
  organizationTargetGroup,
  targetGroup,
} from "../../domain/organizations/schema";
import { KOMMUNENUMMER, municipalityName } from "./kommuner";
import { randomOrganizationNumber, seededRandom, type Random } from "./random";
import * as words from "./words";

export type GenerateOptions = { count: number; municipalities: number; seed?: number };
export type GenerateProgress = (done: number, total: number) => void;

type Vocabulary = { categories: string[]; targetGroups: string[]; competences: { id: string; name: string }[] };
type Place = { id: string; kommunenummer: string; districts: string[]; usedNumbers: Set<string> };

const BATCH = 500;

/**
 * Fills the database with synthetic organisations for benchmarks and load tests: categories, target groups,
 * districts, languages, contacts and resources, spread over the first `municipalities` kommunenummer
 * (Kristiansund first). It adds to what is there; the same seed gives the same organisations.
 */
export async function generateOrganizations(db: Db, options: GenerateOptions, onProgress: GenerateProgress = () => {}) {
  const random = seededRandom(options.seed ?? 1);
  const vocabulary = await loadVocabulary(db);
  const places: Place[] = [];
  for (const kommunenummer of KOMMUNENUMMER.slice(0, Math.max(1, options.municipalities))) {
    places.push(await preparePlace(db, kommunenummer));
  }
  let done = 0;
  while (done < options.count) {
    const size = Math.min(BATCH, options.count - done);
    const rows = Array.from({ length: size }, (_, i) => buildOrganization(random, places[(done + i) % places.length]!, vocabulary));
    await insertBatch(db, rows);
    done += size;
    onProgress(done, options.count);
  }
  return { organizations: done, municipalities: places.length };
}

async function loadVocabulary(db: Db): Promise<Vocabulary> {
  const categories = await db.select({ code: icnpoCategory.code }).from(icnpoCategory);
  const groups = await db.select({ id: targetGroup.id }).from(targetGroup).where(isNull(targetGroup.municipalityId));
  const skills = await db.select({ id: competence.id, name: competence.name }).from(competence).where(isNull(competence.municipalityId));
  return {
    categories: categories.map((c) => c.code),
    targetGroups: groups.map((g) => g.id),
    competences: skills.map((c) => ({ id: c.id, name: c.name.nb })),
  };
}

async function preparePlace(db: Db, kommunenummer: string): Promise<Place> {
  const municipality =
    (await findHomeMunicipality(db, kommunenummer)) ??
    (await createMunicipality(db, { kommunenummer, name: municipalityName(kommunenummer) }));
  const names = kommunenummer === "1505" ? words.HOME_DISTRICTS : words.OTHER_DISTRICTS;
  await db
    .insert(district)
    .values(names.map((name, position) => ({ municipalityId: municipality.id, name, position })))
    .onConflictDoNothing();
  const districts = await db
    .select({ id: district.id })
    .from(district)
    .where(and(eq(district.municipalityId, municipality.id), inArray(district.name, names)));
  const numbers = await db
    .select({ n: organization.organizationNumber })
    .from(organization)
    .where(and(eq(organization.municipalityId, municipality.id), isNotNull(organization.organizationNumber)));
  return { id: municipality.id, kommunenummer, districts: districts.map((d) => d.id), usedNumbers: new Set(numbers.map((r) => r.n!)) };
}

type Generated = {
  org: typeof organization.$inferInsert & { id: string };
  contacts: (typeof organizationContact.$inferInsert)[];
  categories: (typeof organizationCategory.$inferInsert)[];
  targetGroups: (typeof organizationTargetGroup.$inferInsert)[];
  districts: (typeof organizationDistrict.$inferInsert)[];
  resources: (typeof organizationResource.$inferInsert)[];
};

function uniqueNumber(random: Random, place: Place): string {
  for (;;) {
    const number = randomOrganizationNumber(random);
    if (!place.usedNumbers.has(number)) {
      place.usedNumbers.add(number);
      return number;
    }
  }
}

function phone(random: Random): string {
  return `${random.pick(["4", "9"])}${String(random.int(0, 9_999_999)).padStart(7, "0")}`;
}

function buildOrganization(random: Random, place: Place, vocabulary: Vocabulary): Generated {
  const id = randomUUID();
  const imported = random.chance(0.4);
  const name = words.organizationName(random);
  const slug = name.toLowerCase().normalize("NFD").replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
  const informal = random.chance(0.1);
  const members = random.int(5, 600);
  const org: Generated["org"] = {
    id,
    municipalityId: place.id,
    name,
    organizationNumber: informal ? null : uniqueNumber(random, place),
    organizationForm: informal ? null : random.chance(0.9) ? "FLI" : "STI",
    shortDescription: words.description(random, 1),
    description: words.description(random, random.int(2, 4)),
    website: random.chance(0.6) ? `https://${slug}.example.no` : null,
    email: random.chance(0.8) ? `post@${slug}.example.no` : null,
    phone: random.chance(0.7) ? phone(random) : null,
    streetAddress: `${words.placeName(random)}veien ${random.int(1, 120)}`,
    postalCode: place.kommunenummer === "1505" ? String(random.int(6500, 6530)) : String(random.int(1000, 9990)).padStart(4, "0"),
    postalTown: place.kommunenummer === "1505" ? "Kristiansund N" : words.placeName(random),
    languages: ["nb", ...random.sample(words.LANGUAGES.slice(1), random.int(0, 3))],
    memberCount: members,
    activeVolunteerCount: random.int(1, Math.max(1, Math.floor(members / 3))),
    foundedOn: `${random.int(1890, 2024)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
    inFrivillighetsregisteret: !informal && random.chance(0.7),
    hasPreparednessPlan: random.chance(0.25),
    crisisCapacity24h: random.chance(0.3) ? random.int(2, 80) : null,
    hasCooperationAgreement: random.chance(0.15),
    source: imported ? "imported" : "registered",
    verifiedAt: !imported && random.chance(0.7) ? new Date() : null,
  };
  if (org.hasPreparednessPlan) {
    org.emergencyContactName = words.personName(random);
    org.emergencyContactPhone = phone(random);
  }
  return {
    org,
    contacts: imported ? [] : [{ organizationId: id, name: words.personName(random), role: "Leder", email: `leder@${slug}.example.no`, phone: phone(random) }],
    categories: random.sample(vocabulary.categories, random.int(1, 2)).map((categoryCode) => ({ organizationId: id, categoryCode })),
    targetGroups: random.sample(vocabulary.targetGroups, random.int(1, 3)).map((targetGroupId) => ({ organizationId: id, targetGroupId })),
    districts: random.sample(place.districts, random.int(1, 3)).map((districtId) => ({ organizationId: id, districtId })),
    resources: buildResources(random, id, vocabulary),
  };
}

function buildResources(random: Random, organizationId: string, vocabulary: Vocabulary): Generated["resources"] {
  const resources: Generated["resources"] = [];
  const count = random.int(0, 4);
  for (let i = 0; i < count; i++) {
    const availability = random.pick(words.AVAILABILITY);
    const kind = random.pick(["competence", "equipment", "premises", "vehicle"] as const);
    if (kind === "competence" && vocabulary.competences.length > 0) {
      const skill = random.pick(vocabulary.competences);
      resources.push({ organizationId, kind, competenceId: skill.id, name: skill.name, availability });
    } else if (kind === "equipment") {
      resources.push({ organizationId, kind, name: random.pick(words.EQUIPMENT), quantity: random.int(1, 20), availability });
    } else if (kind === "premises") {
      resources.push({ organizationId, kind, name: random.pick(words.PREMISES), capacity: random.pick([20, 30, 50, 80, 120, 200]), wheelchairAccessible: random.chance(0.6), availability });
    } else if (kind === "vehicle") {
      const vehicle = random.pick(words.VEHICLES);
      resources.push({ organizationId, kind, name: vehicle.type, vehicleType: vehicle.type, seats: vehicle.seats, wheelchairAccessible: vehicle.wheelchair, availability });
    }
  }
  return resources;
}

async function insertBatch(db: Db, rows: Generated[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(organization).values(rows.map((r) => r.org));
    const insertAll = async <T>(table: Parameters<typeof tx.insert>[0], values: T[]) => {
      if (values.length > 0) await tx.insert(table).values(values as never);
    };
    await insertAll(organizationContact, rows.flatMap((r) => r.contacts));
    await insertAll(organizationCategory, rows.flatMap((r) => r.categories));
    await insertAll(organizationTargetGroup, rows.flatMap((r) => r.targetGroups));
    await insertAll(organizationDistrict, rows.flatMap((r) => r.districts));
    await insertAll(organizationResource, rows.flatMap((r) => r.resources));
  });
}
