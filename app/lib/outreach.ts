/**
 * After sending, the invitations page says what happened: the counts travel in the address of the redirect,
 * so a reload sends nothing again.
 */
export const OUTREACH_DONE = {
  sent: "sendt",
  withoutEmail: "uten-epost",
  hasAdmin: "har-admin",
  recentlyInvited: "nylig-invitert",
  reminded: "paminnet",
  recentlyReminded: "nylig-paminnet",
} as const;

export function outreachDoneUrl(done: Partial<Record<keyof typeof OUTREACH_DONE, number>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(done)) params.set(OUTREACH_DONE[key as keyof typeof OUTREACH_DONE], String(value));
  return `/koordinering/invitasjoner?${params}`;
}
