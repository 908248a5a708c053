/** nb, nn and en cover every screen; the others cover the public and account pages and fall back to English. */
export const FULL_LANGUAGES = ["nb", "nn", "en"] as const;
export const PUBLIC_LANGUAGES = ["ar", "uk", "pl", "so", "ti"] as const;
export const LANGUAGES = [...FULL_LANGUAGES, ...PUBLIC_LANGUAGES] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language named in itself, as the language switcher shows it. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  nb: "Norsk bokmål",
  nn: "Norsk nynorsk",
  en: "English",
  ar: "العربية",
  uk: "Українська",
  pl: "Polski",
  so: "Soomaali",
  ti: "ትግርኛ",
};

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function isFullLanguage(lang: Lang): boolean {
  return (FULL_LANGUAGES as readonly string[]).includes(lang);
}

export function textDirection(lang: Lang): "ltr" | "rtl" {
  return lang === "ar" ? "rtl" : "ltr";
}

export const LANG_COOKIE = "dugnad_lang";

/** `?lang=` wins, then the cookie, then the municipality's målform; `chosen` when the visitor picked it. */
export function chooseLanguage(url: URL, cookieValue: string | undefined, fallback: Lang): { lang: Lang; remember: boolean; chosen: boolean } {
  const asked = url.searchParams.get("lang");
  if (isLang(asked)) return { lang: asked, remember: asked !== cookieValue, chosen: true };
  if (isLang(cookieValue)) return { lang: cookieValue, remember: false, chosen: true };
  return { lang: fallback, remember: false, chosen: false };
}
