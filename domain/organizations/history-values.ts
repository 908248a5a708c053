import type { Lang } from "../../platform/i18n/languages";
import { formatDate } from "../../platform/i18n/format";
import { localizedName, spokenLanguageName } from "./names";
import type { LocalizedName } from "./schema";

/*
 * How the change history reads a stored value, free of database code so that the page can use it in the
 * browser too.
 */

/** The fields whose values are codes or ids of a vocabulary, each with the names of its terms. */
export type HistoryLabels = Partial<Record<"categoryCodes" | "targetGroupIds" | "districtIds" | "competenceId", Record<string, LocalizedName>>>;

type Words = (key: "organization.history.empty" | "organization.history.yes" | "organization.history.no") => string;

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
  if (DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(lang, text);
  return text;
}
