import type { home as source } from "../nb/home";

export const home = {
  "home.title": "Frivilligheit i {municipality}",
  "home.lead": "Dugnad samlar kommunen, lag og foreiningar og frivillige på éin stad: finn aktivitetar, finn ut korleis du kan hjelpe, og samarbeid om det som trengst.",
  "home.forResidents.title": "For innbyggjarar",
  "home.forResidents.body": "Finn aktivitetar og oppdrag der du bur, på ditt språk.",
  "home.forOrganizations.title": "For lag og foreiningar",
  "home.forOrganizations.body": "Hald profilen oppdatert, rekrutter frivillige og svar på behova til kommunen.",
  "home.forMunicipality.title": "For kommunen",
  "home.forMunicipality.body": "Kartlegg frivilligheita, meld behov, lån ut lokale og køyretøy, og mobiliser i ei krise.",
  "home.forResidents.link": "Finn lag og foreiningar",
  "home.forOrganizations.register": "Registrer organisasjonen dykkar",
  "home.forOrganizations.mine": "Til laga dine",
  "home.forMunicipality.coordinate": "Til kartet over frivilligheita",
  "home.forMunicipality.signIn": "Logg inn som tilsett i kommunen",
  "home.getStarted": "Kom i gang: registrer deg",
} as const satisfies Record<keyof typeof source, string>;
