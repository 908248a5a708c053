import type { validation as source } from "../nb/validation";

export const validation = {
  "validation.required": "To pole jest wymagane",
  "validation.invalid": "Nieprawidłowa wartość",
  "validation.unknownField": "Takie pole nie istnieje albo nie można go tu zmienić",
  "validation.email": "Wpisz prawidłowy adres e-mail, na przykład imie@przyklad.pl",
  "validation.tooShort": "Minimalna liczba znaków: {minimum}",
  "validation.tooLong": "Maksymalna liczba znaków: {maximum}",
  "validation.tooSmall": "Wartość musi wynosić co najmniej {minimum}",
  "validation.rateLimited": "Zbyt wiele prób. Spróbuj ponownie za {minutes} min.",
  "validation.tooBig": "Wartość może wynosić najwyżej {maximum}",
} as const satisfies Record<keyof typeof source, string>;
