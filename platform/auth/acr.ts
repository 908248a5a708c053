/**
 * Levels of assurance we know how to compare. ID-porten's legacy Level3 and Level4 are the same levels as
 * today's idporten-loa-substantial and idporten-loa-high, so a higher level always satisfies a lower one.
 */
const RANK: Record<string, number> = {
  "idporten-loa-low": 2,
  Level2: 2,
  "idporten-loa-substantial": 3,
  Level3: 3,
  "idporten-loa-high": 4,
  Level4: 4,
};

/**
 * Whether the level the provider reports meets the one we asked for (a space-separated acr_values list).
 * Asking for nothing (OIDC_ACR_VALUES set empty) accepts any sign-in; otherwise a missing level is refused.
 */
export function acrSatisfies(actual: string, requested: string): boolean {
  const asked = requested.split(/\s+/).filter(Boolean);
  if (asked.length === 0) return true;
  if (!actual) return false;
  if (asked.includes(actual)) return true;
  const rank = RANK[actual];
  if (rank === undefined) return false;
  return asked.some((level) => {
    const needed = RANK[level];
    return needed !== undefined && rank >= needed;
  });
}
