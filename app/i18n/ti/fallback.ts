import type { fallback as source } from "../nb/fallback";

export const fallback = {
  "fallback.englishOnly": "እዚ ገጽ ብኖርወይኛን ብእንግሊዝኛን ጥራይ እዩ ዘሎ፣ ስለዚ ኣብዚ ብእንግሊዝኛ ይቐርብ።",
} as const satisfies Record<keyof typeof source, string>;
