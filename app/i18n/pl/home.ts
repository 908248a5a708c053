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
  "home.getStarted": "Zacznij: zarejestruj się",
} as const satisfies Record<keyof typeof source, string>;
