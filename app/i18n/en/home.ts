import type { home as source } from "../nb/home";

export const home = {
  "home.title": "Volunteering in {municipality}",
  "home.lead": "Dugnad brings the municipality, clubs and associations and volunteers together in one place: find activities, find out how you can help, and work together on what is needed.",
  "home.forResidents.title": "For residents",
  "home.forResidents.body": "Find activities and assignments where you live, in your language.",
  "home.forOrganizations.title": "For clubs and associations",
  "home.forOrganizations.body": "Keep your profile up to date, recruit volunteers and answer the municipality's needs.",
  "home.forMunicipality.title": "For the municipality",
  "home.forMunicipality.body": "Map the voluntary sector, post needs, lend premises and vehicles, and mobilise in a crisis.",
  "home.forResidents.link": "Find clubs and associations",
  "home.forOrganizations.register": "Register your organisation",
  "home.forOrganizations.mine": "Go to your organisations",
  "home.forMunicipality.coordinate": "Go to the map of the voluntary sector",
  "home.forMunicipality.signIn": "Sign in as municipal staff",
  "home.getStarted": "Get started: sign up",
} as const satisfies Record<keyof typeof source, string>;
