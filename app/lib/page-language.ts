import { isFullLanguage, type Lang } from "../../platform/i18n/languages";

/**
 * What a page says of its language, as its route's `handle`. Only bokmål, nynorsk and English translate every
 * page; a visitor reading in one of the other five sees the rest in English, and page-boundary.tsx marks it so
 * for screen readers, unless every language translates the page (PUBLIC_PAGE, the texts app/i18n/public-pages.test.ts
 * checks) or the page marks its English parts itself (MARKS_ITS_ENGLISH: the legal statements).
 */
export const PUBLIC_PAGE = { language: "every" } as const;
export const MARKS_ITS_ENGLISH = { language: "own" } as const;

export function readInEnglish(handle: unknown, lang: Lang): boolean {
  if (isFullLanguage(lang)) return false;
  const language = (handle as { language?: unknown } | undefined)?.language;
  return language !== PUBLIC_PAGE.language && language !== MARKS_ITS_ENGLISH.language;
}

/**
 * The language of a page that only bokmål, nynorsk and English translate (the staff and organisation pages):
 * English for a visitor reading in one of the other five, so that the names its loader puts in (categories,
 * target groups, competences, languages) read as the rest of the page does.
 */
export function staffPageLanguage(lang: Lang): Lang {
  return isFullLanguage(lang) ? lang : "en";
}
