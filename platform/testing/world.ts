import type { PersonActor } from "../auth/actor";
import { actorForPerson } from "../auth/session";
import type { Db } from "../db/client";
import { createMunicipality } from "../db/municipality";
import { insertGrant } from "../permissions/grants";
import type { Role } from "../permissions/schema";
import { insertPerson } from "../../domain/accounts/people";
import { insertOrganization } from "../../domain/organizations/organizations";

export const TEST_PASSWORD = "riktig-hest-batteri-stift";

export type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * A municipality with one person per role, an organisation with its admin and a member, and a second
 * organisation nobody here belongs to: the cast every permission test needs.
 */
export async function createWorld(db: Db, kommunenummer = "1505") {
  const municipality = await createMunicipality(db, { kommunenummer, name: `Testkommune ${kommunenummer}` });
  const organization = await insertOrganization(db, { municipalityId: municipality.id, name: "Testlaget" });
  const otherOrganization = await insertOrganization(db, { municipalityId: municipality.id, name: "Andre laget" });
  const make = async (slug: string, roles: Role[], orgRole?: Role): Promise<PersonActor> => {
    const p = await insertPerson(db, {
      municipalityId: municipality.id,
      email: `${slug}@${kommunenummer}.test`,
      name: slug,
      password: TEST_PASSWORD,
    });
    for (const role of roles) await insertGrant(db, { personId: p.id, municipalityId: municipality.id, role });
    if (orgRole) await insertGrant(db, { personId: p.id, municipalityId: municipality.id, role: orgRole, organizationId: organization.id });
    return (await actorForPerson(db, p.id, municipality.id))!;
  };
  return {
    municipality,
    organization,
    otherOrganization,
    admin: await make("admin", ["admin"]),
    coordinator: await make("koordinator", ["coordinator"]),
    staff: await make("saksbehandler", ["staff"]),
    orgAdmin: await make("leder", [], "org_admin"),
    orgMember: await make("medlem", [], "org_member"),
    volunteer: await make("frivillig", ["volunteer"]),
    resident: await make("innbygger", []),
    anonymous: { kind: "anonymous" as const, municipalityId: municipality.id },
  };
}
