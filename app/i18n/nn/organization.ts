import type { organization as source } from "../nb/organization";

export const organization = {
  "organization.duplicateNumber": "Organisasjonsnummeret er allereie registrert for {name}.",
  "validation.organizationNumber": "Organisasjonsnummeret må ha 9 siffer og vere gyldig, til dømes 974 760 673",
  "validation.phone": "Skriv eit norsk telefonnummer med 8 siffer, eller eit utanlandsk med landskode, til dømes +46 8 123 456 78",
  "validation.postalCode": "Postnummeret må ha 4 siffer",
  "validation.website": "Skriv ei nettadresse, til dømes https://laget.no",
  "validation.logoType": "Logoen må vere eit PNG-, JPEG- eller WebP-bilete",
  "validation.logoTooLarge": "Logoen kan vere høgst 1 MB",
  "validation.wholeNumber": "Skriv eit heilt tal",
} satisfies Record<keyof typeof source, string>;
