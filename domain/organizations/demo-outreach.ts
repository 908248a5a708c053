import { eq } from "drizzle-orm";
import { actorForPerson } from "../../platform/auth/session";
import type { Db } from "../../platform/db/client";
import { insertOrganization } from "./organizations";
import { sendOutreachInvitations } from "./outreach";
import { organization, outreachInvitation } from "./schema";

/** Fictional Kristiansund organisations as an import leaves them: no admin, unverified, some without an e-mail address. */
const IMPORTED = [
  { name: "Kristiansund Sjakklubb (demo)", organizationNumber: "912345718", email: "post@sjakk.demo.dugnad.no", invite: true },
  { name: "Innlandet Songlag (demo)", organizationNumber: "912345726", email: "songlaget@demo.dugnad.no", invite: true },
  { name: "Frei Husflidslag (demo)", organizationNumber: null, email: "husflid@demo.dugnad.no", invite: false },
  { name: "Gomalandet Vel (demo)", organizationNumber: null, email: null, invite: false },
];

/**
 * Demo outreach: imported organisations, two of them invited by the coordinator (the e-mails wait in the
 * outbox with working links) and one of those links opened, so the invitations page shows every state.
 */
export async function seedDemoOutreach(db: Db, input: { municipalityId: string; coordinatorPersonId: string }): Promise<void> {
  const invited: string[] = [];
  for (const org of IMPORTED) {
    const row = await insertOrganization(db, { municipalityId: input.municipalityId, name: org.name, organizationNumber: org.organizationNumber ?? undefined });
    await db.update(organization).set({ source: "imported", email: org.email, postalTown: "Kristiansund N" }).where(eq(organization.id, row.id));
    if (org.invite) invited.push(row.id);
  }
  const coordinator = (await actorForPerson(db, input.coordinatorPersonId, input.municipalityId))!;
  await sendOutreachInvitations(db, coordinator, { to: "chosen", organizationId: invited });
  await db.update(outreachInvitation).set({ openedAt: new Date() }).where(eq(outreachInvitation.organizationId, invited[0]!));
}
