import type { fallback as source } from "../nb/fallback";

export const fallback = {
  "fallback.englishOnly": "Ця сторінка є лише норвезькою та англійською мовами, тому тут її показано англійською.",
} as const satisfies Record<keyof typeof source, string>;
