/** Registering and editing an organisation, its contacts, logo and change history. */
export const organization = {
  "organization.duplicateNumber": "Organisasjonsnummeret er allerede registrert for {name}.",
  "validation.organizationNumber": "Organisasjonsnummeret må ha 9 siffer og være gyldig, for eksempel 974 760 673",
  "validation.phone": "Skriv et norsk telefonnummer med 8 siffer, eller et utenlandsk med landskode, for eksempel +46 8 123 456 78",
  "validation.postalCode": "Postnummeret må ha 4 siffer",
  "validation.website": "Skriv en nettadresse, for eksempel https://laget.no",
  "validation.logoType": "Logoen må være et PNG-, JPEG- eller WebP-bilde",
  "validation.logoTooLarge": "Logoen kan være høyst 1 MB",
  "validation.wholeNumber": "Skriv et helt tall",
} as const;
