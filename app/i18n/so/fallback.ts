import type { fallback as source } from "../nb/fallback";

export const fallback = {
  "fallback.englishOnly": "Boggan waxaa lagu helaa oo keliya af-Noorwiiji iyo af-Ingiriisi, sidaas darteed halkan waxaa lagu muujinayaa af-Ingiriisi.",
} as const satisfies Record<keyof typeof source, string>;
