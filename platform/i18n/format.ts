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

/*
 * Pages are rendered on the server and again in the browser, and both must write the same text. Browsers carry less
 * locale data than Node: Chromium has none for nynorsk, Somali or Tigrinya and answers in English ("Mar 5, 2026",
 * "a, b, and c"), so the page first shows one text and then, after a hydration error, the English one. Nynorsk dates
 * read exactly as bokmål's, so they are asked for in bokmål, which every browser has; Somali and Tigrinya dates are
 * written out below.
 */
const DATE_LOCALES: Record<Lang, string> = { ...LOCALES, nn: LOCALES.nb };

/** Dates are stored in UTC and always shown in Norwegian time. */
export function formatDateTime(lang: Lang, value: Date | string): string {
  const written = WRITTEN_OUT[lang];
  if (written) return writeOut(written, new Date(value), true);
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(new Date(value));
}

export function formatDate(lang: Lang, value: Date | string): string {
  const written = WRITTEN_OUT[lang];
  if (written) return writeOut(written, new Date(value), false);
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], { dateStyle: "medium", timeZone: TIME_ZONE }).format(new Date(value));
}

/**
 * Somali and Tigrinya dates in CLDR's medium patterns, with its month names and times of day, written out here: the
 * numbers come from a locale every browser has.
 */
interface WrittenOut {
  months: readonly string[];
  dayPeriods: readonly [am: string, pm: string];
  date: string;
  dateTime: string;
}
const WRITTEN_OUT: Partial<Record<Lang, WrittenOut>> = {
  so: {
    months: ["Jan", "Feb", "Mar", "Abr", "May", "Jun", "Lul", "Ogs", "Seb", "Okt", "Nof", "Dis"],
    dayPeriods: ["GH", "GD"],
    date: "{dd}-{month}-{year}",
    dateTime: "{date} ee {hour}:{minute} {dayPeriod}",
  },
  ti: {
    months: ["ጥሪ", "ለካ", "መጋ", "ሚያ", "ግን", "ሰነ", "ሓም", "ነሓ", "መስ", "ጥቅ", "ሕዳ", "ታሕ"],
    dayPeriods: ["ቅ.ቀ.", "ድ.ቀ."],
    date: "{month} {day}, {year}",
    dateTime: "{date} {hour}:{minute} {dayPeriod}",
  },
};

const OSLO_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});

function writeOut(written: WrittenOut, value: Date, withTime: boolean): string {
  const parts = OSLO_PARTS.formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const day = part("day");
  const hour = part("hour");
  const date = interpolate(written.date, {
    day,
    dd: String(day).padStart(2, "0"),
    month: written.months[part("month") - 1] ?? "",
    year: part("year"),
  });
  if (!withTime) return date;
  return interpolate(written.dateTime, {
    date,
    hour: hour % 12 === 0 ? 12 : hour % 12,
    minute: String(part("minute")).padStart(2, "0"),
    dayPeriod: written.dayPeriods[hour < 12 ? 0 : 1],
  });
}

/**
 * Items as a list reads in the language: "norsk, engelsk og arabisk", Tigrinya with "፣", Arabic with "و". CLDR's
 * patterns are written out here rather than asked of Intl.ListFormat, which in a browser without the language's data
 * (nynorsk, Somali and Tigrinya in Chromium) joins with an English "and".
 */
export function formatList(lang: Lang, items: string[]): string {
  const { between, last } = LIST_PATTERNS[lang];
  if (items.length < 2) return items[0] ?? "";
  let list = interpolate(last, { 0: items[items.length - 2]!, 1: items[items.length - 1]! });
  for (let i = items.length - 3; i >= 0; i--) list = interpolate(between, { 0: items[i]!, 1: list });
  return list;
}

// CLDR's "standard" conjunction lists: {0}{between}{1} for all but the last two items, which take `last`.
const LIST_PATTERNS: Record<Lang, { between: string; last: string }> = {
  nb: { between: "{0}, {1}", last: "{0} og {1}" },
  nn: { between: "{0}, {1}", last: "{0} og {1}" },
  en: { between: "{0}, {1}", last: "{0} and {1}" },
  ar: { between: "{0} و{1}", last: "{0} و{1}" },
  uk: { between: "{0}, {1}", last: "{0} і {1}" },
  pl: { between: "{0}, {1}", last: "{0} i {1}" },
  so: { between: "{0}, {1}", last: "{0} iyo {1}" },
  ti: { between: "{0}፣ {1}", last: "{0}ን {1}ን" },
};

/** The calendar date (YYYY-MM-DD) in Norway at that moment: just after midnight in Oslo it is still yesterday in UTC. */
export function osloDate(value: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(value);
}
