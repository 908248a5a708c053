import type { fallback as source } from "../nb/fallback";

export const fallback = {
  "fallback.englishOnly": "Denne sida finst berre på norsk og engelsk. Her blir ho vist på engelsk.",
} as const satisfies Record<keyof typeof source, string>;
