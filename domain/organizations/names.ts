import type { Lang } from "../../platform/i18n/languages";
import type { LocalizedName } from "./schema";

/*
 * Pure helpers about names, free of database code so that pages can use them in the browser too.
 */

/** A vocabulary name in the reader's language; a term without a name in it (a municipality's own) reads in English. */
export function localizedName(name: LocalizedName, lang: Lang): string {
  return name[lang] ?? name.en;
}

export const SPOKEN_LANGUAGE_CODES = [
  "nb", "nn", "se", "en", "ar", "uk", "pl", "so", "ti", "fa", "ps", "ku", "tr", "ur", "es", "fr", "de", "ru", "lt",
  "ro", "sv", "da", "fi", "it", "pt", "th", "tl", "vi", "zh", "am", "sq", "bs", "hr", "sr", "sw", "ta", "hi", "bn",
] as const;

/** The name of a spoken language (ISO 639-1) in the reader's language; Sámi and the Norwegian forms included. */
export function spokenLanguageName(code: string, lang: Lang): string {
  const key = `${lang} ${code}`;
  let name = languageNameCache.get(key);
  if (name === undefined) {
    // Nynorsk names the languages as bokmål does, and browsers without nynorsk data (Chromium) would say "Turkish".
    const locale = lang === "nn" ? "nb" : lang;
    name = NAMES_CLDR_LACKS[lang]?.[code] ?? new Intl.DisplayNames([locale, "en"], { type: "language", fallback: "code" }).of(code) ?? code;
    languageNameCache.set(key, name);
  }
  return name;
}

/**
 * Where CLDR has no name in the reader's language, Intl falls back to English ("Turkish" on a Somali page), and
 * for Bengali in Somali it gives the country, "Bangladesh". Somali names a language "Af-" and its name.
 */
const NAMES_CLDR_LACKS: Partial<Record<Lang, Record<string, string>>> = {
  so: { bn: "Af-Bangaali", hi: "Af-Hindi", ti: "Af-Tigrinya", tr: "Af-Turki" },
};

// Building an Intl.DisplayNames costs more than rendering a directory page; the names never change.
// Codes come from profiles, so the cache is bounded by the languages × the codes in use.
const languageNameCache = new Map<string, string>();

export function isSpokenLanguageCode(code: string): boolean {
  return (SPOKEN_LANGUAGE_CODES as readonly string[]).includes(code);
}

/** Forms of organisation in Enhetsregisteret that voluntary organisations use; imports may bring others. */
export const ORGANIZATION_FORMS = ["FLI", "STI", "SA", "AS", "ANNA"] as const;

export function isOfferedOrganizationForm(code: string | null | undefined): boolean {
  return (ORGANIZATION_FORMS as readonly (string | null | undefined)[]).includes(code);
}
