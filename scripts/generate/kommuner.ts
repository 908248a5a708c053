import { KOMMUNENUMMER as OFFICIAL, municipalityName as officialName } from "../../domain/organizations/import/municipalities";

export const HOME_KOMMUNENUMMER = "1505";

/** Norway's 357 kommunenummer for synthetic data spread over the country, Kristiansund (1505) first. */
export const KOMMUNENUMMER: readonly string[] = [HOME_KOMMUNENUMMER, ...OFFICIAL.filter((number) => number !== HOME_KOMMUNENUMMER)];

/** The name of one of the numbers above. */
export function municipalityName(kommunenummer: (typeof KOMMUNENUMMER)[number]): string {
  return officialName(kommunenummer)!;
}
