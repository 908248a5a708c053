import { z } from "zod";
import { cleanText, visibleText } from "../../platform/validation";
import {
  checkboxField,
  countField,
  emailField,
  listField,
  organizationFormField,
  organizationNumberField,
  pastDateField,
  phoneField,
  postalCodeField,
  textField,
  websiteField,
} from "./validation";
import { isSpokenLanguageCode } from "./names";

/** The longest description an organisation may have, from the profile form or the registers' import. */
export const DESCRIPTION_MAX_LENGTH = 5000;

/** A description is text, at least "": null clears it. Taking null in the schema, not in a preprocess, lets the API's document say so. */
const descriptionText = (max: number) =>
  z
    .string()
    .overwrite(cleanText)
    .max(max)
    .nullable()
    .transform((value) => value ?? "")
    .optional();
/** Codes from the offered list; a wrong one is an error at the list, where the form shows its checkboxes' messages. */
function spokenLanguages<T extends z.ZodType<string[]>>(list: T) {
  return list.refine((codes) => codes.every(isSpokenLanguageCode), { error: "validation.spokenLanguage" });
}

/** The profile fields a use case accepts; a field left out (undefined) is left as it is. */
export const profileFields = {
  name: visibleText(200).optional(),
  organizationNumber: organizationNumberField,
  organizationForm: organizationFormField,
  foundedOn: pastDateField,
  shortDescription: descriptionText(300),
  description: descriptionText(DESCRIPTION_MAX_LENGTH),
  website: websiteField,
  email: emailField,
  phone: phoneField,
  streetAddress: textField(200),
  postalCode: postalCodeField,
  postalTown: textField(100),
  languages: spokenLanguages(z.array(z.string()).max(100)).optional(),
  memberCount: countField,
  activeVolunteerCount: countField,
  hasPreparednessPlan: checkboxField.optional(),
  preparednessPlanReviewedOn: pastDateField,
  crisisCapacity24h: countField,
  emergencyContactName: textField(200),
  emergencyContactPhone: phoneField,
  hasCooperationAgreement: checkboxField.optional(),
  cooperationAgreementOn: pastDateField,
  cooperationAgreementScope: textField(2000),
  categoryCodes: z.array(z.string().max(10)).max(100).optional(),
  targetGroupIds: z.array(z.uuid({ error: "validation.invalid" })).max(100).optional(),
  districtIds: z.array(z.uuid({ error: "validation.invalid" })).max(200).optional(),
};

export const profileInput = z.object(profileFields);
export type ProfileInput = z.input<typeof profileInput>;
export type ProfileValues = z.output<typeof profileInput>;

export const registerInput = z.object({ ...profileFields, name: visibleText(200) });
export type RegisterInput = z.input<typeof registerInput>;

/**
 * The edit page's sections, each its own form. A form says nothing of an unticked box, so here a missing
 * checkbox is "no" and a missing checkbox group is "none", unlike in the API where missing means unchanged.
 */
export const profileSections = {
  basics: z.object({
    name: visibleText(200),
    organizationNumber: organizationNumberField,
    organizationForm: organizationFormField,
    foundedOn: pastDateField,
  }),
  description: z.object({ shortDescription: descriptionText(300), description: descriptionText(DESCRIPTION_MAX_LENGTH) }),
  contact: z.object({
    website: websiteField,
    email: emailField,
    phone: phoneField,
    streetAddress: textField(200),
    postalCode: postalCodeField,
    postalTown: textField(100),
  }),
  reach: z.object({
    categoryCodes: listField(z.string().max(10)),
    targetGroupIds: listField(z.uuid({ error: "validation.invalid" })),
    districtIds: listField(z.uuid({ error: "validation.invalid" })),
    languages: spokenLanguages(listField(z.string())),
  }),
  numbers: z.object({ memberCount: countField, activeVolunteerCount: countField }),
  preparedness: z.object({
    hasPreparednessPlan: checkboxField,
    preparednessPlanReviewedOn: pastDateField,
    crisisCapacity24h: countField,
    emergencyContactName: textField(200),
    emergencyContactPhone: phoneField,
    hasCooperationAgreement: checkboxField,
    cooperationAgreementOn: pastDateField,
    cooperationAgreementScope: textField(2000),
  }),
};

export type ProfileSection = keyof typeof profileSections;
export const PROFILE_SECTIONS = Object.keys(profileSections) as ProfileSection[];

export function isProfileSection(value: unknown): value is ProfileSection {
  return typeof value === "string" && value in profileSections;
}
