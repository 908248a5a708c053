import type { api as source } from "../nb/api";

export const api = {
  "api.problem.validation.title": "Ugyldige data",
  "api.problem.validation.detail": "Eitt eller fleire felt har ugyldige verdiar.",
  "api.problem.malformedJson.title": "Ugyldig JSON",
  "api.problem.malformedJson.detail": "Innhaldet i førespurnaden er ikkje gyldig JSON.",
  "api.problem.unsupportedMediaType.title": "Feil innhaldstype",
  "api.problem.unsupportedMediaType.detail": "Send innhaldet som application/json.",
  "api.problem.unauthenticated.title": "Innlogging trengst",
  "api.problem.unauthenticated.detail": "Logg inn, eller send ein gyldig API-nøkkel i Authorization-feltet.",
  "api.problem.forbidden.title": "Inga tilgang",
  "api.problem.forbidden.detail": "Du har ikkje tilgang til å gjere dette.",
  "api.problem.crossOrigin.title": "Førespurnaden kom frå ein annan nettstad",
  "api.problem.crossOrigin.detail": "Endringar med innloggingskapselen må kome frå denne nettsida. Andre klientar brukar ein API-nøkkel.",
  "api.problem.notFound.title": "Finst ikkje",
  "api.problem.notFound.detail": "Vi fann ikkje det du spurde etter.",
  "api.problem.methodNotAllowed.title": "Metoden er ikkje tillaten",
  "api.problem.methodNotAllowed.detail": "Denne adressa svarar berre på {allowed}.",
  "api.problem.conflict.title": "Konflikt med det som alt er lagra",
  "api.problem.rateLimited.title": "For mange forsøk",
  "api.problem.internal.title": "Noko gjekk gale",
  "api.problem.internal.detail": "Det oppstod ein feil hos oss. Prøv igjen litt seinare.",
} as const satisfies Record<keyof typeof source, string>;
