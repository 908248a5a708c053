import type { validation as source } from "../nb/validation";

export const validation = {
  "validation.required": "Må fyllast ut",
  "validation.invalid": "Ugyldig verdi",
  "validation.unknownField": "Feltet finst ikkje, eller kan ikkje endrast her",
  "validation.email": "Skriv ei gyldig e-postadresse, til dømes namn@døme.no",
  "validation.tooShort": "Må vere minst {minimum} teikn",
  "validation.tooLong": "Kan vere høgst {maximum} teikn",
  "validation.tooSmall": "Må vere minst {minimum}",
  "validation.rateLimited": "For mange forsøk. Prøv igjen om {minutes} minutt.",
  "validation.tooBig": "Kan vere høgst {maximum}",
} as const satisfies Record<keyof typeof source, string>;
