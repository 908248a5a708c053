import type { Db } from "../platform/db/client";
import { createMunicipality } from "../platform/db/municipality";
import { insertGrant } from "../platform/permissions/grants";
import type { Role } from "../platform/permissions/schema";
import { insertPerson } from "../domain/accounts/people";
import { seedDemoOutreach } from "../domain/organizations/demo-outreach";
import { seedDemoOrganizations } from "../domain/organizations/demo-profiles";
import { seedDemoResources } from "../domain/organizations/demo-resources";
import { seedDemoImport } from "../domain/organizations/import/demo";
import { insertOrganization } from "../domain/organizations/organizations";

export type DemoAccount = { email: string; name: string; roles: string };

const ACCOUNTS: { email: string; name: string; roles: Role[]; org?: Role }[] = [
  { email: "admin@demo.dugnad.no", name: "Ada Admin", roles: ["admin"] },
  { email: "koordinator@demo.dugnad.no", name: "Kari Koordinator", roles: ["coordinator"] },
  { email: "saksbehandler@demo.dugnad.no", name: "Sander Saksbehandler", roles: ["staff"] },
  { email: "leder@demo.dugnad.no", name: "Liv Leder", roles: [], org: "org_admin" },
  { email: "frivillig@demo.dugnad.no", name: "Frida Frivillig", roles: ["volunteer"] },
];

/** The demo municipality (Kristiansund, 1505) with its districts and organisations, and one account per role. */
export async function seedDemoData(db: Db, password: string): Promise<DemoAccount[]> {
  const municipality = await createMunicipality(db, { kommunenummer: "1505", name: "Kristiansund", maalform: "nb" });
  const organization = await insertOrganization(db, {
    municipalityId: municipality.id,
    name: "Nordlandet Frivilligsentral (demo)",
  });
  const result: DemoAccount[] = [];
  const personIds = new Map<string, string>();
  for (const account of ACCOUNTS) {
    const person = await insertPerson(db, { municipalityId: municipality.id, email: account.email, name: account.name, password });
    personIds.set(account.email, person.id);
    for (const role of account.roles) await insertGrant(db, { personId: person.id, municipalityId: municipality.id, role });
    if (account.org) {
      await insertGrant(db, { personId: person.id, municipalityId: municipality.id, role: account.org, organizationId: organization.id });
    }
    result.push({ email: account.email, name: account.name, roles: [...account.roles, ...(account.org ? [`${account.org} (${organization.name})`] : [])].join(", ") });
  }
  await seedDemoOrganizations(db, municipality.id, organization.id);
  await seedDemoImport(db, municipality.id);
  await seedDemoResources(db, municipality.id);
  await seedDemoOutreach(db, { municipalityId: municipality.id, coordinatorPersonId: personIds.get("koordinator@demo.dugnad.no")! });
  return result;
}

export function formatDemoAccounts(accounts: DemoAccount[], password: string): string {
  const lines = accounts.map((a) => `  ${a.email.padEnd(32)} ${a.roles}`);
  return [`Demo accounts (password: ${password}):`, ...lines].join("\n");
}
