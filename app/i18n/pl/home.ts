import type { home as source } from "../nb/home";

export const home = {
  "home.title": "Wolontariat w gminie {municipality}",
  "home.lead": "Dugnad łączy w jednym miejscu gminę, kluby, stowarzyszenia i wolontariuszy: znajdź zajęcia, dowiedz się, jak możesz pomóc, i współpracuj przy tym, co jest potrzebne.",
  "home.forResidents.title": "Dla mieszkańców",
  "home.forResidents.body": "Znajdź zajęcia i zadania dla wolontariuszy w swojej okolicy, w swoim języku.",
  "home.forOrganizations.title": "Dla klubów i stowarzyszeń",
  "home.forOrganizations.body": "Aktualizuj profil, pozyskuj wolontariuszy i odpowiadaj na potrzeby gminy.",
  "home.forMunicipality.title": "Dla gminy",
  "home.forMunicipality.body": "Poznaj lokalne organizacje wolontariackie, zgłaszaj potrzeby, udostępniaj lokale i pojazdy oraz mobilizuj pomoc w sytuacji kryzysowej.",
  "home.forResidents.link": "Znajdź kluby i stowarzyszenia",
  "home.forOrganizations.register": "Zarejestrujcie swoją organizację",
  "home.forOrganizations.mine": "Przejdź do swoich organizacji",
  "home.forMunicipality.coordinate": "Przejdź do mapy wolontariatu",
  "home.forMunicipality.signIn": "Zaloguj się jako pracownik gminy",
  "home.getStarted": "Zacznij: zarejestruj się",
} as const satisfies Record<keyof typeof source, string>;
