import { eq, or } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailToken, person, session } from "../../platform/auth/schema";
import { auditEvent } from "../../platform/audit/schema";
import { outboxMessage } from "../../platform/notifications/schema";
import { roleGrant } from "../../platform/permissions/schema";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { TEST_PASSWORD } from "../../platform/testing/world";
import { deleteMyAccount, DELETED_ACTOR_LABEL, DELETED_RECIPIENT } from "./delete-account";
import { requestPasswordReset } from "./password-reset";
import { signInWithPassword } from "./sign-in";
import { mailsTo, registeredWithUnconfirmedAddress, requestFrom } from "./testing";
import { insertPerson } from "./people";
import { actorForPerson } from "../../platform/auth/session";
import { getMembersPage, inviteMember, removeMember } from "../organizations/members";
import { insertGrant } from "../../platform/permissions/grants";

const { conn, w } = withTestWorld();

describe("deleteMyAccount", () => {
  it("removes the person with sessions, links and roles, and keeps the logs without name or address", async () => {
    const { personId, email } = w.volunteer;
    await signInWithPassword(conn.db, { email, password: TEST_PASSWORD }, requestFrom(w.municipality.id));
    await requestPasswordReset(conn.db, { email }, requestFrom(w.municipality.id));

    await deleteMyAccount(conn.db, w.volunteer, { personId, confirmEmail: email.toUpperCase() });

    expect(await conn.db.select().from(person).where(eq(person.id, personId))).toEqual([]);
    expect(await conn.db.select().from(session).where(eq(session.personId, personId))).toEqual([]);
    expect(await conn.db.select().from(emailToken).where(eq(emailToken.personId, personId))).toEqual([]);
    expect(await conn.db.select().from(roleGrant).where(eq(roleGrant.personId, personId))).toEqual([]);

    const events = await conn.db.select().from(auditEvent).where(eq(auditEvent.actorLabel, DELETED_ACTOR_LABEL));
    expect(events.map((e) => e.action).sort()).toEqual(["account.deleted", "account.signedIn"]);
    expect(events.every((e) => e.actorId === null)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(email);
    expect(await conn.db.select().from(auditEvent).where(eq(auditEvent.actorLabel, email))).toEqual([]);

    const mails = await conn.db
      .select()
      .from(outboxMessage)
      .where(or(eq(outboxMessage.recipient, email), eq(outboxMessage.recipient, DELETED_RECIPIENT)));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ recipient: DELETED_RECIPIENT, kind: "account.reset", status: "kept" });
    expect(mails[0]!.body).not.toContain("frivillig");
  });

  it("takes the person's name and address out of what the log says about them, too", async () => {
    const created = await insertPerson(conn.db, { municipalityId: w.municipality.id, email: "gaar@1505.test", name: "Gunnar Går" });
    const leaving = (await actorForPerson(conn.db, created.id, w.municipality.id))!;
    const { personId, email, name } = leaving;
    const organizationId = w.organization.id;
    await inviteMember(conn.db, w.orgAdmin, { organizationId, email, role: "org_member" });
    await insertGrant(conn.db, { personId, municipalityId: w.municipality.id, role: "org_member", organizationId });
    const { members } = await getMembersPage(conn.db, w.orgAdmin, { organizationId });
    await removeMember(conn.db, w.orgAdmin, { organizationId, grantId: members.find((m) => m.personId === personId)!.grantId });

    await deleteMyAccount(conn.db, leaving, { personId, confirmEmail: email });

    const events = await conn.db.select().from(auditEvent).where(eq(auditEvent.subjectId, organizationId));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["organization.memberInvited", "organization.memberRemoved"]));
    expect(JSON.stringify(events)).not.toContain(email);
    expect(JSON.stringify(events)).not.toContain(name);
    expect(events.find((e) => e.action === "organization.memberRemoved")!.details).toMatchObject({ personId, name: DELETED_ACTOR_LABEL, role: "org_member" });
  });

  it("leaves the e-mails and log entries of an address the person never confirmed alone: it may be someone else's", async () => {
    const email = "innboks@ukjent-lag.test";
    await inviteMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, email, role: "org_member" });
    const { actor: someoneElse } = await registeredWithUnconfirmedAddress(conn.db, w.municipality.id, email, "sletter-en-annens-post");

    await deleteMyAccount(conn.db, someoneElse, { personId: someoneElse.personId, confirmEmail: email });

    expect(await mailsTo(conn.db, email)).toContainEqual(expect.objectContaining({ kind: "organization.invitation", status: "pending" }));
    const invited = await conn.db.select().from(auditEvent).where(eq(auditEvent.action, "organization.memberInvited"));
    expect(invited.map((e) => e.details)).toContainEqual(expect.objectContaining({ email }));
  });

  it("does not delete someone else's account", async () => {
    const error = await deleteMyAccount(conn.db, w.resident, { personId: w.staff.personId, confirmEmail: w.staff.email }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(await conn.db.select().from(person).where(eq(person.id, w.staff.personId))).toHaveLength(1);
    await expect(deleteMyAccount(conn.db, w.anonymous, { personId: w.staff.personId, confirmEmail: w.staff.email })).rejects.toThrow(
      UnauthenticatedError,
    );
  });

  it("asks for the account's own address as confirmation", async () => {
    const error = await deleteMyAccount(conn.db, w.resident, { personId: w.resident.personId, confirmEmail: w.staff.email }).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fieldErrors).toEqual({ confirmEmail: [{ key: "account.delete.emailMismatch" }] });
    expect(await conn.db.select().from(person).where(eq(person.id, w.resident.personId))).toHaveLength(1);
  });
});
