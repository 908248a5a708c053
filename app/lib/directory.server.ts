import type { Lang } from "../../platform/i18n/languages";
import type { DirectoryChoices } from "../../domain/organizations/directory";
import { localizedName, spokenLanguageName } from "../../domain/organizations/vocabulary";
import type { SelectChoice } from "../components/SelectField";

export type FilterChoices = { categories: SelectChoice[]; targetGroups: SelectChoice[]; districts: SelectChoice[]; languages: SelectChoice[] };

/** The filter menus with their names in the page's language; subcategories are indented under their main category. */
export function filterChoicesIn(lang: Lang, choices: DirectoryChoices): FilterChoices {
  return {
    categories: choices.categories.map((c) => ({ value: c.code, label: `${c.parentCode ? "\u2003" : ""}${localizedName(c.name, lang)}` })),
    targetGroups: choices.targetGroups.map((t) => ({ value: t.id, label: localizedName(t.name, lang) })),
    districts: choices.districts.map((d) => ({ value: d.id, label: d.name })),
    languages: choices.languages.map((code) => ({ value: code, label: spokenLanguageName(code, lang) })),
  };
}

export function languageNames(codes: string[], lang: Lang): string[] {
  return codes.map((code) => spokenLanguageName(code, lang));
}
