import type { Random } from "./random";

/** Norwegian words and phrases the synthetic organisations are made of, so full-text search has real words to find. */
export const HOME_DISTRICTS = ["Kirkelandet", "Innlandet", "Nordlandet", "Gomalandet", "Frei", "Rensvik", "Kvalvåg", "Dalabrekka"];
export const OTHER_DISTRICTS = ["Sentrum", "Nordbygda", "Sørbygda", "Austmarka", "Vestsida", "Strandbygda"];

const PLACES = ["Nordby", "Sørvik", "Holmen", "Strand", "Berg", "Dalen", "Haugen", "Lia", "Moen", "Nes", "Vik", "Øyna", "Bakken", "Fjellet"];

const KINDS = [
  "Idrettslag", "Sanitetsforening", "Frivilligsentral", "Skolekorps", "Bygdekvinnelag", "Pensjonistforening", "Turlag",
  "Sjakklubb", "Mannskor", "Historielag", "Speidergruppe", "Velforening", "Besøkstjeneste", "Fotballklubb", "Skiklubb",
  "Flerkulturelle forening", "Ungdomsklubb", "Hjelpekorps", "Seniordans", "Leksehjelp", "Båtforening", "Husflidslag",
];

const QUALIFIERS = ["", "", "", "og omegn ", "Ungdom ", "Senior ", "Venner av "];

const ACTIVITIES = [
  "Vi driver leksehjelp for barn og unge hver tirsdag.",
  "Vi arrangerer turer i nærmiljøet for alle aldre.",
  "Vi tilbyr besøksvenn til eldre som bor alene.",
  "Vi holder kurs i førstehjelp og beredskap.",
  "Vi lager middag for familier med lav inntekt.",
  "Vi hjelper flyktninger og innvandrere med norsktrening.",
  "Vi har digital hjelp for seniorer på biblioteket.",
  "Vi stiller med mannskap ved leting og redning.",
  "Vi driver aktivitetstilbud for personer med funksjonsnedsettelse.",
  "Vi samler inn klær og utstyr til dem som trenger det.",
  "Vi har korps og kor for barn, ungdom og voksne.",
  "Vi har transport til aktiviteter for dem som ikke kjører selv.",
  "Vi har åpent hus med kaffe og sosialt samvær.",
  "Vi tar vare på lokalhistorie og kulturminner.",
];

export const LANGUAGES = ["nb", "nn", "en", "ar", "so", "ti", "uk", "pl", "fa", "ur", "lt", "es", "de", "se"];

export const EQUIPMENT = ["Aggregat", "Telt 6x12 m", "Feltsenger", "Førstehjelpsutstyr", "Grill", "Lydanlegg", "Kanoer", "Bord og stoler"];
export const PREMISES = ["Grendehus", "Klubbhus", "Menighetssal", "Samfunnshus", "Speiderhytte", "Møterom"];
export const VEHICLES: { type: string; seats: number; wheelchair: boolean }[] = [
  { type: "Minibuss", seats: 9, wheelchair: true },
  { type: "Minibuss", seats: 9, wheelchair: false },
  { type: "Personbil", seats: 5, wheelchair: false },
  { type: "Varebil", seats: 3, wheelchair: false },
  { type: "Båt", seats: 8, wheelchair: false },
  { type: "ATV", seats: 2, wheelchair: false },
];
export const AVAILABILITY = ["Hverdager etter kl. 16", "Helger", "Hele året", "Etter avtale", "Døgnet rundt i en krise"];

export function organizationName(random: Random, place?: string): string {
  return `${random.pick(QUALIFIERS)}${place ?? random.pick(PLACES)} ${random.pick(KINDS)}`;
}

export function description(random: Random, sentences: number): string {
  return random.sample(ACTIVITIES, sentences).join(" ");
}

export function personName(random: Random): string {
  const first = ["Kari", "Ola", "Ingrid", "Lars", "Aisha", "Mohammed", "Olena", "Piotr", "Sofie", "Henrik", "Fatima", "Jonas"];
  const last = ["Hansen", "Johansen", "Olsen", "Larsen", "Nilsen", "Berg", "Haugen", "Ali", "Kowalski", "Kovalenko", "Dahl", "Moe"];
  return `${random.pick(first)} ${random.pick(last)}`;
}

export function placeName(random: Random): string {
  return random.pick(PLACES);
}
