import { asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { competence, organization, organizationResource } from "./schema";

/** A competence is named by its vocabulary code, and takes the competence's name unless it has its own. */
type DemoResource = Omit<typeof organizationResource.$inferInsert, "organizationId" | "competenceId" | "id" | "createdAt" | "searchVector" | "name"> & {
  name?: string;
  competenceCode?: string;
};

/** What each kind of demo organisation offers; `fits` picks the organisation by its name. */
const BUNDLES: { fits: RegExp; resources: DemoResource[] }[] = [
  {
    fits: /frivilligsentral/i,
    resources: [
      {
        kind: "vehicle",
        name: "Minibuss med rullestolheis",
        vehicleType: "Minibuss",
        seats: 9,
        wheelchairAccessible: true,
        availability: "Kvelder og helger",
        note: "Frivillige sjåfører kan kjøre.",
      },
      {
        kind: "premises",
        name: "Storsalen",
        capacity: 50,
        accessibility: "Trinnfri inngang, HC-toalett og teleslynge",
        address: "Langveien 12, 6509 Kristiansund",
        availability: "Hverdager etter kl. 16 og helger",
      },
      { kind: "competence", competenceCode: "visiting-friend", name: "Besøksvenner", availability: "Ukentlig" },
      { kind: "competence", competenceCode: "digital-help", name: "Digital hjelp for eldre", availability: "Tirsdager kl. 11–14" },
    ],
  },
  {
    fits: /røde kors|redning|beredskap/i,
    resources: [
      { kind: "competence", competenceCode: "first-aid", name: "Førstehjelpskurs og førstehjelpsvakter", availability: "Etter avtale" },
      { kind: "competence", competenceCode: "search-rescue", availability: "Døgnet rundt ved alarm" },
      { kind: "competence", competenceCode: "psychosocial-support" },
      {
        kind: "equipment",
        name: "Telt og feltsenger",
        quantity: 20,
        conditions: "Lånes ut ved kriser og større arrangementer; hentes på lageret.",
      },
    ],
  },
  {
    fits: /flerkultur|innvandr|internasjonal/i,
    resources: [
      { kind: "competence", competenceCode: "interpreting", name: "Tolking arabisk–norsk", availability: "Etter avtale" },
      { kind: "competence", competenceCode: "interpreting", name: "Tolking tigrinja–norsk", availability: "Etter avtale" },
      { kind: "competence", competenceCode: "language-practice", name: "Språkkafé", availability: "Torsdager kl. 18" },
    ],
  },
  {
    fits: /idrett|\bil\b|fotball/i,
    resources: [
      { kind: "premises", name: "Klubbhuset", capacity: 80, accessibility: "Rampe ved inngangen", availability: "Når det ikke er kamp" },
      { kind: "equipment", name: "Kjøkken- og serveringsutstyr for 100 personer", quantity: 1, conditions: "Vaskes før det leveres tilbake." },
      { kind: "vehicle", name: "Varebil", vehicleType: "Varebil", seats: 3, wheelchairAccessible: false, availability: "Hverdager" },
    ],
  },
  {
    fits: /sanitet|kvinne|pensjonist|senior/i,
    resources: [
      { kind: "competence", competenceCode: "cooking", name: "Matlaging for store grupper" },
      { kind: "competence", competenceCode: "visiting-friend" },
    ],
  },
];

/**
 * Gives the municipality's demo organisations realistic resources: each bundle goes to the first
 * organisation whose name fits it, or else to the next organisation that has none yet.
 */
export async function seedDemoResources(db: Db, municipalityId: string): Promise<number> {
  const organizations = await db
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(eq(organization.municipalityId, municipalityId))
    .orderBy(asc(organization.name));
  const builtIn = await db.select({ id: competence.id, code: competence.code, name: competence.name }).from(competence).where(isNull(competence.municipalityId));
  const competences = new Map(builtIn.map((c) => [c.code, c]));
  const unused = [...organizations];
  let added = 0;
  for (const bundle of BUNDLES) {
    const owner = unused.find((o) => bundle.fits.test(o.name)) ?? unused[0];
    if (!owner) break;
    unused.splice(unused.indexOf(owner), 1);
    for (const { competenceCode, ...resource } of bundle.resources) {
      const picked = competenceCode ? competences.get(competenceCode) : undefined;
      if (competenceCode && !picked) continue;
      await db.insert(organizationResource).values({
        ...resource,
        organizationId: owner.id,
        competenceId: picked?.id ?? null,
        name: resource.name ?? picked!.name.nb,
      });
      added++;
    }
  }
  return added;
}
