import type { fallback as source } from "../nb/fallback";

export const fallback = {
  "fallback.englishOnly": "Ta strona jest dostępna tylko po norwesku i po angielsku, dlatego wyświetlamy ją po angielsku.",
} as const satisfies Record<keyof typeof source, string>;
