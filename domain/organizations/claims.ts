import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { person } from "../../platform/auth/schema";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { ConflictError, NotFoundError, ValidationError } from "../../platform/errors";
import { assertCan, assertPerson } from "../../platform/permissions";
import { insertGrant } from "../../platform/permissions/grants";
import { roleGrant } from "../../platform/permissions/schema";
import { missingOrInvalid, parseInput, visibleText } from "../../platform/validation";
import { addressConfirmed } from "../accounts/find";
import { isUuid } from "../administration/paging";
import { findOrganization, type OrganizationRef } from "./find-organization";
import { hasAdmin } from "./has-admin";
import { pageLink, sendMembershipMail } from "./membership-mail";
import { organization, organizationClaim } from "./schema";

/** Why an organisation cannot be taken over: only imported organisations nobody looks after can. */
export type NotClaimable = "registered" | "hasAdmin";

export type ClaimPage = {
  organization: OrganizationRef;
  notClaimable: NotClaimable | null;
  pendingSince: Date | null;
};

async function adminExists(db: Db, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: roleGrant.id })
    .from(roleGrant)
    .where(and(eq(roleGrant.organizationId, organizationId), eq(roleGrant.role, "org_admin")))
    .limit(1);
  return !!row;
}

export async function notClaimableReason(db: Db, found: OrganizationRef): Promise<NotClaimable | null> {
  if (found.source !== "imported") return "registered";
  return (await adminExists(db, found.id)) ? "hasAdmin" : null;
}

async function pendingClaimOf(db: Db, organizationId: string, personId: string) {
  const [row] = await db
    .select({ id: organizationClaim.id, createdAt: organizationClaim.createdAt })
    .from(organizationClaim)
    .where(
      and(
        eq(organizationClaim.organizationId, organizationId),
        eq(organizationClaim.personId, personId),
        eq(organizationClaim.status, "pending"),
      ),
    );
  return row;
}

/** Whether the signed-in person may ask to take the organisation over, and whether they already have. */
export async function getClaimPage(db: Db, actor: Actor, input: { organizationId: string }): Promise<ClaimPage> {
  assertCan(actor, "organization.join");
  assertPerson(actor);
  const found = await findOrganization(db, actor.municipalityId, input.organizationId);
  const [notClaimable, pending] = await Promise.all([notClaimableReason(db, found), pendingClaimOf(db, found.id, actor.personId)]);
  return { organization: found, notClaimable, pendingSince: pending?.createdAt ?? null };
}

export const claimOrganizationForm = z.object({ message: visibleText(1000) });

/**
 * Asks the coordinator to make the signed-in person admin of an imported organisation that has none. Only with
 * a confirmed address: the coordinator judges who asks by it ("styreleder@laget.no"), and the answer goes there.
 */
export async function claimOrganization(
  db: Db,
  actor: Actor,
  input: { organizationId: string } & z.input<typeof claimOrganizationForm>,
): Promise<{ claimId: string }> {
  assertCan(actor, "organization.join");
  assertPerson(actor);
  const { message } = parseInput(claimOrganizationForm, input);
  if (!(await addressConfirmed(db, actor.personId))) {
    throw new ValidationError({ _form: [{ key: "orgResources.claim.unconfirmedAddress", params: { email: actor.email } }] });
  }
  return db.transaction(async (tx) => {
    const found = await findOrganization(tx, actor.municipalityId, input.organizationId);
    const reason = await notClaimableReason(tx, found);
    if (reason) throw new ConflictError("_form", `orgResources.claim.notClaimable.${reason}`);
    if (await pendingClaimOf(tx, found.id, actor.personId)) throw new ConflictError("_form", "orgResources.claim.alreadyPending");
    const [row] = await tx
      .insert(organizationClaim)
      .values({ organizationId: found.id, personId: actor.personId, message })
      .returning({ id: organizationClaim.id });
    await recordAudit(tx, actor, {
      action: "organization.claimRequested",
      subjectType: "organization",
      subjectId: found.id,
      details: { claimId: row!.id },
    });
    return { claimId: row!.id };
  });
}

export type PendingClaim = {
  id: string;
  organizationId: string;
  organizationName: string;
  personName: string;
  personEmail: string;
  message: string;
  createdAt: Date;
  /**
   * The organisation got an admin after the request was made (another request approved, an outreach
   * invitation accepted). Such a request can be rejected but not approved. It stays in the list, marked,
   * rather than being closed automatically: closing it would tell the person "no" by e-mail without anyone
   * deciding, and the coordinator may want to put them in touch with the new admin first.
   */
  organizationHasAdmin: boolean;
};

/** The requests to take over an organisation that wait for the coordinator, oldest first. */
export async function listPendingClaims(db: Db, actor: Actor): Promise<PendingClaim[]> {
  assertCan(actor, "sector.coordinate");
  return db
    .select({
      id: organizationClaim.id,
      organizationId: organization.id,
      organizationName: organization.name,
      personName: person.name,
      personEmail: person.email,
      message: organizationClaim.message,
      createdAt: organizationClaim.createdAt,
      organizationHasAdmin: sql<boolean>`${hasAdmin()}`,
    })
    .from(organizationClaim)
    .innerJoin(organization, eq(organization.id, organizationClaim.organizationId))
    .innerJoin(person, eq(person.id, organizationClaim.personId))
    .where(and(eq(organization.municipalityId, actor.municipalityId), eq(organizationClaim.status, "pending")))
    .orderBy(asc(organizationClaim.createdAt), asc(organizationClaim.id));
}

export const decideClaimForm = z.object({
  claimId: z.uuid({ error: missingOrInvalid }),
  decision: z.enum(["approve", "reject"], { error: missingOrInvalid }),
});

/**
 * Approves (the person becomes the organisation's admin, no longer a plain member) or rejects a request,
 * and tells the person by e-mail. The claim row is locked, so two coordinators deciding at once cannot both act on it;
 * so is the organisation row, so two requests for one organisation approved at once cannot make two admins.
 * An organisation that has an admin by now is not handed to another person: that admin decides who joins.
 */
export async function decideClaim(
  db: Db,
  actor: Actor,
  input: z.input<typeof decideClaimForm>,
  now = new Date(),
): Promise<{ organizationId: string; status: "approved" | "rejected" }> {
  assertCan(actor, "sector.coordinate");
  assertPerson(actor);
  if (!isUuid(input.claimId)) throw new NotFoundError("claim");
  const { claimId, decision } = parseInput(decideClaimForm, input);
  return db.transaction(async (tx) => {
    const [claim] = await tx
      .select({
        id: organizationClaim.id,
        status: organizationClaim.status,
        personId: organizationClaim.personId,
        organizationId: organization.id,
        organizationName: organization.name,
        email: person.email,
        language: person.language,
      })
      .from(organizationClaim)
      .innerJoin(organization, eq(organization.id, organizationClaim.organizationId))
      .innerJoin(person, eq(person.id, organizationClaim.personId))
      .where(and(eq(organizationClaim.id, claimId), eq(organization.municipalityId, actor.municipalityId)))
      .for("update", { of: [organizationClaim, organization] });
    if (!claim) throw new NotFoundError("claim");
    if (claim.status !== "pending") throw new ConflictError("_form", "orgResources.claims.alreadyDecided");
    const status = decision === "approve" ? "approved" : "rejected";
    if (status === "approved" && (await adminExists(tx, claim.organizationId))) {
      throw new ConflictError("_form", "orgResources.claims.hasAdmin", { organization: claim.organizationName });
    }
    await tx.update(organizationClaim).set({ status, decidedBy: actor.personId, decidedAt: now }).where(eq(organizationClaim.id, claim.id));
    if (status === "approved") {
      await insertGrant(tx, {
        personId: claim.personId,
        municipalityId: actor.municipalityId,
        role: "org_admin",
        organizationId: claim.organizationId,
        grantedBy: actor.personId,
      });
      await tx
        .delete(roleGrant)
        .where(and(eq(roleGrant.personId, claim.personId), eq(roleGrant.organizationId, claim.organizationId), eq(roleGrant.role, "org_member")));
    }
    await sendMembershipMail(tx, {
      kind: status === "approved" ? "claimApproved" : "claimRejected",
      municipalityId: actor.municipalityId,
      to: claim.email,
      language: claim.language,
      params: { organization: claim.organizationName, link: pageLink(`/organisasjoner/${claim.organizationId}`) },
    });
    await recordAudit(tx, actor, {
      action: status === "approved" ? "organization.claimApproved" : "organization.claimRejected",
      subjectType: "organization",
      subjectId: claim.organizationId,
      details: { claimId: claim.id, personId: claim.personId },
    });
    return { organizationId: claim.organizationId, status };
  });
}
