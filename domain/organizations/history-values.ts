import type { Lang } from "../../platform/i18n/languages";
import { formatDate, type Params } from "../../platform/i18n/format";
import type { MemberRole } from "./members";
import { isOfferedOrganizationForm, localizedName, spokenLanguageName, type ORGANIZATION_FORMS } from "./names";
import type { LocalizedName, ResourceKind } from "./schema";

/*
 * How the change history reads a stored value, free of database code so that the page can use it in the
 * browser too.
 */

/** The fields whose values are codes or ids of a vocabulary, each with the names of its terms. */
export type HistoryLabels = Partial<Record<"categoryCodes" | "targetGroupIds" | "districtIds" | "competenceId", Record<string, LocalizedName>>>;

/**
 * Whom or what an event concerned, as far as it is known: `person` is the name of the person it names, null
 * when their account has been deleted.
 */
export type HistoryAbout = { email?: string; role?: MemberRole; person?: string | null; resource?: string; resourceKind?: ResourceKind };

type OrganizationForm = (typeof ORGANIZATION_FORMS)[number];

type Words = (
  key: "organization.history.empty" | "organization.history.yes" | "organization.history.no" | `organization.form.${OrganizationForm}` | "organization.form.other",
  params?: Params,
) => string;

const DATE_FIELDS = new Set(["foundedOn", "preparednessPlanReviewedOn", "cooperationAgreementOn"]);

/**
 * The value as a reader understands it. Only a field of a vocabulary is looked up in it: a member count
 * of 1 is the number 1, though the category with code "1" is Kultur og fritid.
 */
export function historyValueText(field: string, value: unknown, labels: HistoryLabels, lang: Lang, words: Words): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return words("organization.history.empty");
  if (Array.isArray(value)) return value.map((item) => historyValueText(field, item, labels, lang, words)).join(", ");
  if (typeof value === "boolean") return words(value ? "organization.history.yes" : "organization.history.no");
  const text = String(value);
  const name = labels[field as keyof HistoryLabels]?.[text];
  if (name) return localizedName(name, lang);
  if (field === "languages") return spokenLanguageName(text, lang);
  if (field === "organizationForm") {
    return isOfferedOrganizationForm(text) ? words(`organization.form.${text as OrganizationForm}`) : words("organization.form.other", { code: text });
  }
  if (DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(lang, text);
  return text;
}

/** The event in words ("kari@eksempel.no invitert som leder"), from the catalog's text for its action. */
export function historyAboutText(action: string, about: HistoryAbout, translate: (key: string, params?: Params) => string): string {
  const params: Params = {};
  if (about.email !== undefined) params.email = about.email;
  if (about.role) params.role = translate(`orgResources.members.role.${about.role}`);
  if (about.person !== undefined) params.person = about.person ?? translate("organization.history.deletedPerson");
  if (about.resource !== undefined) params.name = about.resource;
  if (about.resourceKind) params.kind = translate(`organization.history.kind.${about.resourceKind}`);
  return translate(`organization.history.about.${action}`, params);
}
