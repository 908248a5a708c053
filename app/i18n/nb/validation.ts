/** Field messages shared by every form and the API. */
export const validation = {
  "validation.required": "Må fylles ut",
  "validation.invalid": "Ugyldig verdi",
  "validation.unknownField": "Feltet finnes ikke, eller kan ikke endres her",
  "validation.email": "Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no",
  "validation.tooShort": "Må være minst {minimum} tegn",
  "validation.tooLong": "Kan være høyst {maximum} tegn",
  "validation.tooSmall": "Må være minst {minimum}",
  "validation.rateLimited": "For mange forsøk. Prøv igjen om {minutes} minutter.",
  "validation.tooBig": "Kan være høyst {maximum}",
} as const;
