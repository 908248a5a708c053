import type { fallback as source } from "../nb/fallback";

export const fallback = {
  "fallback.englishOnly": "هذه الصفحة متوفرة باللغتين النرويجية والإنجليزية فقط، لذلك تُعرض هنا باللغة الإنجليزية.",
} as const satisfies Record<keyof typeof source, string>;
