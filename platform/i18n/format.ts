import type { Lang } from "./languages";

export type Params = Record<string, string | number>;

/** Replaces {name} placeholders; a missing parameter stays visible rather than vanishing. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const LOCALES: Record<Lang, string> = {
  nb: "nb-NO",
  nn: "nn-NO",
  en: "en-GB",
  ar: "ar",
  uk: "uk-UA",
  pl: "pl-PL",
  so: "so-SO",
  ti: "ti-ER",
};

export const TIME_ZONE = "Europe/Oslo";

/** Dates are stored in UTC and always shown in Norwegian time. */
export function formatDateTime(lang: Lang, value: Date | string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(new Date(value));
}

export function formatDate(lang: Lang, value: Date | string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "medium", timeZone: TIME_ZONE }).format(new Date(value));
}

/** Items as a list reads in the language: "norsk, engelsk og arabisk", Tigrinya with "፣", Arabic with "و". */
export function formatList(lang: Lang, items: string[]): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(LOCALES[lang], { type: "conjunction" });
    listFormats.set(lang, format);
  }
  return format.format(items);
}

// A directory page formats a list on every card.
const listFormats = new Map<Lang, Intl.ListFormat>();

/** The calendar date (YYYY-MM-DD) in Norway at that moment: just after midnight in Oslo it is still yesterday in UTC. */
export function osloDate(value: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(value);
}
