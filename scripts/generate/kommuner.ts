/**
 * 357 kommunenummer for synthetic data spread over the country: Kristiansund (1505) first, then numbers
 * in each county's range (the real county prefixes, counted up from 01). They are not the official list,
 * which the synthetic data does not need; only their count and format match it.
 */
const COUNTIES: [prefix: string, count: number][] = [
  ["03", 1], ["11", 23], ["15", 37], ["18", 41], ["31", 21], ["32", 21], ["33", 25], ["34", 46],
  ["39", 12], ["40", 17], ["42", 25], ["46", 43], ["50", 38], ["55", 21], ["56", 18],
];

function buildList(): string[] {
  const numbers = ["1505"];
  for (const [prefix, count] of COUNTIES) {
    for (let i = 1; numbers.length < 357 && i <= count + 1; i++) {
      const number = `${prefix}${String(i).padStart(2, "0")}`;
      if (!numbers.includes(number)) numbers.push(number);
    }
  }
  return numbers;
}

export const KOMMUNENUMMER: readonly string[] = buildList();

export const HOME_KOMMUNENUMMER = "1505";

export function municipalityName(kommunenummer: string): string {
  return kommunenummer === HOME_KOMMUNENUMMER ? "Kristiansund" : `Kommune ${kommunenummer}`;
}
