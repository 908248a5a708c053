import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { NotFoundError } from "../../platform/errors";
import { can } from "../../platform/permissions";
import { notClaimableReason } from "./claims";
import { categoriesOf } from "./directory";
import { resourcesOf, type Resource } from "./resources";
import {
  district,
  organization,
  organizationContact,
  organizationDistrict,
  organizationTargetGroup,
  targetGroup,
  type LocalizedName,
} from "./schema";

export type ContactPerson = { id: string; name: string; role: string | null; email: string | null; phone: string | null };

/** The profile's facts beyond its description and contact: size, age and preparedness, as the profile's editors write them. */
export type ProfileFacts = {
  organizationForm: string | null;
  foundedOn: string | null;
  memberCount: number | null;
  activeVolunteerCount: number | null;
  hasPreparednessPlan: boolean;
  preparednessPlanReviewedOn: string | null;
  crisisCapacity24h: number | null;
  hasCooperationAgreement: boolean;
  cooperationAgreementOn: string | null;
  cooperationAgreementScope: string | null;
  /** The 24/7 emergency contact is a person's: only for those who may see contact persons, left out for everyone else. */
  emergencyContactName?: string | null;
  emergencyContactPhone?: string | null;
};

export type PublicOrganization = ProfileFacts & {
  id: string;
  name: string;
  organizationNumber: string | null;
  shortDescription: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  postalTown: string | null;
  languages: string[];
  verified: boolean;
  categories: { code: string; name: LocalizedName }[];
  targetGroups: LocalizedName[];
  districts: string[];
  /** The ids and codes behind the names above, in their order: what the API's filters and PATCH take. */
  categoryCodes: string[];
  targetGroupIds: string[];
  districtIds: string[];
  resources: Resource[];
  /** Only for municipal roles and the organisation's own people; `null` says the actor may not see them. */
  contacts: ContactPerson[] | null;
  /** The logo's file id, which also makes its address change when the logo does. */
  logoFileId: string | null;
  /** Whether the actor may edit the profile: its admins and the coordinator. */
  mayEdit: boolean;
  /** Imported and looked after by nobody: whoever runs it may ask to take it over. */
  claimable: boolean;
};

const idInput = z.object({ id: z.uuid() });

/**
 * An organisation's public page: what it offers and how to reach it. Anyone may read it; its contact
 * persons are personal data and go only to those with "organization.viewContacts".
 */
export async function getPublicOrganization(db: Db, actor: Actor, input: { id: string }): Promise<PublicOrganization> {
  const parsed = idInput.safeParse(input);
  // An address that is not an id names nothing we have.
  if (!parsed.success) throw new NotFoundError("organization");
  const { id } = parsed.data;
  const [org] = await db
    .select()
    .from(organization)
    .where(and(eq(organization.id, id), eq(organization.municipalityId, actor.municipalityId)));
  if (!org) throw new NotFoundError("organization");
  const mayViewContacts = can(actor, "organization.viewContacts", { organizationId: id });
  const [categories, targetGroups, districts, resources, contacts, notClaimable] = await Promise.all([
    categoriesOf(db, [id]),
    db
      .select({ id: targetGroup.id, name: targetGroup.name })
      .from(organizationTargetGroup)
      .innerJoin(targetGroup, eq(targetGroup.id, organizationTargetGroup.targetGroupId))
      .where(eq(organizationTargetGroup.organizationId, id))
      .orderBy(asc(targetGroup.position), asc(targetGroup.code)),
    db
      .select({ id: district.id, name: district.name })
      .from(organizationDistrict)
      .innerJoin(district, eq(district.id, organizationDistrict.districtId))
      .where(eq(organizationDistrict.organizationId, id))
      .orderBy(asc(district.position), asc(district.name)),
    resourcesOf(db, id),
    mayViewContacts
      ? db
          .select({ id: organizationContact.id, name: organizationContact.name, role: organizationContact.role, email: organizationContact.email, phone: organizationContact.phone })
          .from(organizationContact)
          .where(eq(organizationContact.organizationId, id))
          .orderBy(asc(organizationContact.position), asc(organizationContact.name))
      : Promise.resolve(null),
    notClaimableReason(db, org),
  ]);
  const categoryList = categories.get(id) ?? [];
  return {
    id: org.id,
    name: org.name,
    organizationNumber: org.organizationNumber,
    shortDescription: org.shortDescription,
    description: org.description,
    website: org.website,
    email: org.email,
    phone: org.phone,
    streetAddress: org.streetAddress,
    postalCode: org.postalCode,
    postalTown: org.postalTown,
    languages: org.languages,
    verified: org.verifiedAt !== null,
    ...profileFacts(org, mayViewContacts),
    categories: categoryList,
    targetGroups: targetGroups.map((t) => t.name),
    districts: districts.map((d) => d.name),
    categoryCodes: categoryList.map((c) => c.code),
    targetGroupIds: targetGroups.map((t) => t.id),
    districtIds: districts.map((d) => d.id),
    resources,
    contacts,
    logoFileId: org.logoFileId,
    mayEdit: can(actor, "organization.update", { organizationId: id }),
    claimable: notClaimable === null,
  };
}

function profileFacts(org: typeof organization.$inferSelect, mayViewContacts: boolean): ProfileFacts {
  return {
    organizationForm: org.organizationForm,
    foundedOn: org.foundedOn,
    memberCount: org.memberCount,
    activeVolunteerCount: org.activeVolunteerCount,
    hasPreparednessPlan: org.hasPreparednessPlan,
    preparednessPlanReviewedOn: org.preparednessPlanReviewedOn,
    crisisCapacity24h: org.crisisCapacity24h,
    hasCooperationAgreement: org.hasCooperationAgreement,
    cooperationAgreementOn: org.cooperationAgreementOn,
    cooperationAgreementScope: org.cooperationAgreementScope,
    ...(mayViewContacts ? { emergencyContactName: org.emergencyContactName, emergencyContactPhone: org.emergencyContactPhone } : {}),
  };
}
