import type { fallback as source } from "../nb/fallback";

export const fallback = {
  "fallback.englishOnly": "This page is only available in Norwegian and English. It is shown here in English.",
} as const satisfies Record<keyof typeof source, string>;
