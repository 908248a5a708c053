/** A small seeded random source, so the same seed gives the same synthetic data on every machine. */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  sample: <T>(items: readonly T[], count: number) => T[];
  chance: (probability: number) => boolean;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  // mulberry32: fast, and good enough for test data.
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const result: T[] = [];
    while (result.length < count && pool.length > 0) result.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return result;
  };
  return { next, int, pick, sample, chance: (p) => next() < p };
}

const MOD11_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** The MOD11 check digit Brønnøysundregistrene uses for the first eight digits, or undefined when none fits. */
export function mod11CheckDigit(firstEight: string): number | undefined {
  const sum = MOD11_WEIGHTS.reduce((total, weight, i) => total + weight * Number(firstEight[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : check;
}

/** A random organisasjonsnummer that passes MOD11; real ones for units start with 8 or 9. */
export function randomOrganizationNumber(random: Random): string {
  for (;;) {
    const firstEight = `${random.pick(["8", "9"])}${String(random.int(0, 9_999_999)).padStart(7, "0")}`;
    const check = mod11CheckDigit(firstEight);
    if (check !== undefined) return `${firstEight}${check}`;
  }
}
