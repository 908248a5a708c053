import type { validation as source } from "../nb/validation";

export const validation = {
  "validation.required": "እዚ ክምላእ ኣለዎ",
  "validation.invalid": "ዘይቅኑዕ ዋጋ",
  "validation.unknownField": "እዚ ሜዳ የለን፣ ወይ ኣብዚ ክቕየር ኣይክእልን",
  "validation.email": "ቅኑዕ ኣድራሻ ኢመይል ጽሓፍ፣ ንኣብነት name@example.com",
  "validation.tooShort": "እንተወሓደ {minimum} ፊደላት ክኸውን ኣለዎ",
  "validation.tooLong": "እንተበዝሐ {maximum} ፊደላት ክኸውን ይኽእል",
  "validation.tooSmall": "እንተወሓደ {minimum} ክኸውን ኣለዎ",
  "validation.rateLimited": "ብዙሕ ፈተነታት ተገይሩ። ድሕሪ {minutes} ደቒቕ እንደገና ፈትን።",
  "validation.tooBig": "እንተበዝሐ {maximum} ክኸውን ይኽእል",
} as const satisfies Record<keyof typeof source, string>;
