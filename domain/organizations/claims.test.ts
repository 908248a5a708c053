import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { actorForPerson } from "../../platform/auth/session";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../platform/errors";
import { outboxMessage } from "../../platform/notifications/schema";
import { insertGrant } from "../../platform/permissions/grants";
import { createWorld, type World } from "../../platform/testing/world";
import { claimOrganization, decideClaim, getClaimPage, listPendingClaims } from "./claims";
import { insertOrganization } from "./organizations";
import { withTestWorld } from "../../platform/testing/hooks";
import { registeredWithUnconfirmedAddress } from "../accounts/testing";

const { conn, w } = withTestWorld();
let elsewhere: World;
let imported: { id: string; name: string };
beforeAll(async () => {
  elsewhere = await createWorld(conn.db, "0301");
  imported = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Nordlandet Sjakklubb", source: "imported", organizationNumber: "974760673" });
});

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("taking over an imported organisation", () => {
  it("lets a signed-in person ask, once, with a message the coordinator sees", async () => {
    expect(await getClaimPage(conn.db, w.resident, { organizationId: imported.id })).toMatchObject({ notClaimable: null, pendingSince: null });
    await claimOrganization(conn.db, w.resident, { organizationId: imported.id, message: "Jeg er styreleder." });
    expect((await getClaimPage(conn.db, w.resident, { organizationId: imported.id })).pendingSince).toBeInstanceOf(Date);
    const again = await errorOf(claimOrganization(conn.db, w.resident, { organizationId: imported.id, message: "Igjen" }));
    expect((again as ConflictError).messageKey).toBe("orgResources.claim.alreadyPending");
    const pending = await listPendingClaims(conn.db, w.coordinator);
    expect(pending).toEqual([
      expect.objectContaining({ organizationName: "Nordlandet Sjakklubb", personEmail: w.resident.email, message: "Jeg er styreleder." }),
    ]);
  });

  it("asks for a message with something in it, and refuses the anonymous", async () => {
    for (const message of ["  ", "\u200b\u200b"]) {
      const empty = await errorOf(claimOrganization(conn.db, w.volunteer, { organizationId: imported.id, message }));
      expect((empty as ValidationError).fieldErrors.message).toEqual([{ key: "validation.required" }]);
    }
    expect(await errorOf(claimOrganization(conn.db, w.anonymous, { organizationId: imported.id, message: "Hei" }))).toBeInstanceOf(UnauthenticatedError);
    expect(await errorOf(getClaimPage(conn.db, w.anonymous, { organizationId: imported.id }))).toBeInstanceOf(UnauthenticatedError);
  });

  it("waits for the person to confirm their address: the coordinator judges the request by it, and the answer goes there", async () => {
    const email = "styreleder@sjakklubben.test";
    const { actor: unconfirmed } = await registeredWithUnconfirmedAddress(conn.db, w.municipality.id, email, "skriver-styrelederens-adresse");

    const refused = await errorOf(claimOrganization(conn.db, unconfirmed, { organizationId: imported.id, message: "Jeg er styreleder." }));

    expect((refused as ValidationError).fieldErrors).toEqual({ _form: [{ key: "orgResources.claim.unconfirmedAddress", params: { email } }] });
    expect((await listPendingClaims(conn.db, w.coordinator)).map((c) => c.personEmail)).not.toContain(email);
  });

  it("refuses organisations that registered themselves", async () => {
    const refused = await errorOf(claimOrganization(conn.db, w.resident, { organizationId: w.otherOrganization.id, message: "Hei" }));
    expect((refused as ConflictError).messageKey).toBe("orgResources.claim.notClaimable.registered");
    expect((await getClaimPage(conn.db, w.resident, { organizationId: w.otherOrganization.id })).notClaimable).toBe("registered");
  });

  it("keeps the decision to the coordinator", async () => {
    const [claim] = await listPendingClaims(conn.db, w.coordinator);
    expect(await errorOf(listPendingClaims(conn.db, w.orgAdmin))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(decideClaim(conn.db, w.resident, { claimId: claim!.id, decision: "approve" }))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(decideClaim(conn.db, elsewhere.coordinator, { claimId: claim!.id, decision: "approve" }))).toBeInstanceOf(NotFoundError);
  });

  it("makes the person admin on approval, tells them by e-mail, and then nobody else can claim it", async () => {
    const [claim] = await listPendingClaims(conn.db, w.coordinator);
    await decideClaim(conn.db, w.coordinator, { claimId: claim!.id, decision: "approve" });
    const resident = (await actorForPerson(conn.db, w.resident.personId, w.municipality.id))!;
    expect(resident.grants).toEqual([{ role: "org_admin", organizationId: imported.id }]);
    const [mail] = await conn.db.select().from(outboxMessage).where(eq(outboxMessage.recipient, w.resident.email));
    expect(mail!.subject).toBe("Du er nå leder for Nordlandet Sjakklubb i Dugnad");
    expect(await listPendingClaims(conn.db, w.coordinator)).toEqual([]);
    const twice = await errorOf(decideClaim(conn.db, w.coordinator, { claimId: claim!.id, decision: "reject" }));
    expect((twice as ConflictError).messageKey).toBe("orgResources.claims.alreadyDecided");
    const late = await errorOf(claimOrganization(conn.db, w.volunteer, { organizationId: imported.id, message: "Meg også" }));
    expect((late as ConflictError).messageKey).toBe("orgResources.claim.notClaimable.hasAdmin");
  });

  it("tells the person when the coordinator says no, and grants nothing", async () => {
    const other = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Kvernberget Båtlag", source: "imported" });
    const { claimId } = await claimOrganization(conn.db, w.volunteer, { organizationId: other.id, message: "Kasserer" });
    await decideClaim(conn.db, w.coordinator, { claimId, decision: "reject" });
    const volunteer = (await actorForPerson(conn.db, w.volunteer.personId, w.municipality.id))!;
    expect(volunteer.grants).toEqual([{ role: "volunteer", organizationId: null }]);
    const [mail] = await conn.db.select().from(outboxMessage).where(eq(outboxMessage.recipient, w.volunteer.email));
    expect(mail!.body).toContain("har ikke godkjent");
  });

  it("makes a member who is approved an admin only", async () => {
    const club = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Rensvik Skolekorps", source: "imported" });
    await insertGrant(conn.db, { personId: w.staff.personId, municipalityId: w.municipality.id, role: "org_member", organizationId: club.id });
    const { claimId } = await claimOrganization(conn.db, w.staff, { organizationId: club.id, message: "Styreleder" });
    await decideClaim(conn.db, w.coordinator, { claimId, decision: "approve" });
    const staff = (await actorForPerson(conn.db, w.staff.personId, w.municipality.id))!;
    expect(staff.grants.filter((g) => g.organizationId === club.id)).toEqual([{ role: "org_admin", organizationId: club.id }]);
  });

  it("refuses to approve a second admin, marks the other requests, and still lets them be rejected", async () => {
    const club = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Innlandet Vel", source: "imported" });
    const first = await claimOrganization(conn.db, w.volunteer, { organizationId: club.id, message: "Leder" });
    const second = await claimOrganization(conn.db, w.resident, { organizationId: club.id, message: "Nestleder" });
    const marks = async () =>
      (await listPendingClaims(conn.db, w.coordinator)).filter((c) => c.organizationId === club.id).map((c) => [c.id, c.organizationHasAdmin]);
    expect(await marks()).toEqual([
      [first.claimId, false],
      [second.claimId, false],
    ]);
    await decideClaim(conn.db, w.coordinator, { claimId: first.claimId, decision: "approve" });
    expect(await marks()).toEqual([[second.claimId, true]]);
    const refused = await errorOf(decideClaim(conn.db, w.coordinator, { claimId: second.claimId, decision: "approve" }));
    expect(refused).toMatchObject({ messageKey: "orgResources.claims.hasAdmin", details: { organization: "Innlandet Vel" } });
    const resident = (await actorForPerson(conn.db, w.resident.personId, w.municipality.id))!;
    expect(resident.grants.some((g) => g.organizationId === club.id)).toBe(false);
    expect(await decideClaim(conn.db, w.coordinator, { claimId: second.claimId, decision: "reject" })).toEqual({
      organizationId: club.id,
      status: "rejected",
    });
  });

  it("refuses to approve when the organisation got its admin another way, such as an outreach invitation", async () => {
    const club = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Frei Bygdelag", source: "imported" });
    const { claimId } = await claimOrganization(conn.db, w.volunteer, { organizationId: club.id, message: "Leder" });
    await insertGrant(conn.db, { personId: w.staff.personId, municipalityId: w.municipality.id, role: "org_admin", organizationId: club.id });
    const refused = await errorOf(decideClaim(conn.db, w.coordinator, { claimId, decision: "approve" }));
    expect((refused as ConflictError).messageKey).toBe("orgResources.claims.hasAdmin");
  });
});
