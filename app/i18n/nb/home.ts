/** The public front page. */
export const home = {
  "home.title": "Frivillighet i {municipality}",
  "home.lead": "Dugnad samler kommunen, lag og foreninger og frivillige på ett sted: finn aktiviteter, finn ut hvordan du kan hjelpe, og samarbeid om det som trengs.",
  "home.forResidents.title": "For innbyggere",
  "home.forResidents.body": "Finn aktiviteter og oppdrag der du bor, på ditt språk.",
  "home.forOrganizations.title": "For lag og foreninger",
  "home.forOrganizations.body": "Hold profilen oppdatert, rekrutter frivillige og svar på kommunens behov.",
  "home.forMunicipality.title": "For kommunen",
  "home.forMunicipality.body": "Kartlegg frivilligheten, meld behov, lån ut lokaler og kjøretøy, og mobiliser i en krise.",
  "home.forResidents.link": "Finn lag og foreninger",
  "home.forOrganizations.register": "Registrer organisasjonen deres",
  "home.forOrganizations.mine": "Til lagene dine",
  "home.forMunicipality.coordinate": "Til kartet over frivilligheten",
  "home.forMunicipality.signIn": "Logg inn som ansatt i kommunen",
  "home.getStarted": "Kom i gang: registrer deg",
} as const;
