import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { can } from "../../platform/permissions";
import { listContacts, type Contact } from "./contacts";
import { getOrganizationForEdit, type OrganizationForEdit } from "./profile";
import { listCategories, listDistricts, listTargetGroups, type Category, type District, type TargetGroup } from "./vocabulary";

export type OrganizationEditor = {
  organization: OrganizationForEdit;
  contacts: Contact[];
  categories: Category[];
  targetGroups: TargetGroup[];
  districts: District[];
  canVerify: boolean;
  canViewHistory: boolean;
};

/** What the edit page needs: the profile, its contacts and the vocabularies to choose from. */
export async function getOrganizationEditor(db: Db, actor: Actor, id: string): Promise<OrganizationEditor> {
  const org = await getOrganizationForEdit(db, actor, id);
  const [contacts, categories, targetGroups, districts] = await Promise.all([
    listContacts(db, actor, org.id),
    listCategories(db),
    listTargetGroups(db, actor.municipalityId),
    listDistricts(db, actor.municipalityId),
  ]);
  return {
    organization: org,
    contacts,
    categories,
    targetGroups,
    districts,
    canVerify: can(actor, "sector.coordinate"),
    canViewHistory: can(actor, "organization.viewHistory", { organizationId: org.id }),
  };
}
