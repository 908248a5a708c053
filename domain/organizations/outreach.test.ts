import { and, desc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { actorForPerson } from "../../platform/auth/session";
import { municipality } from "../../platform/db/schema";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "../../platform/errors";
import { outboxMessage } from "../../platform/notifications/schema";
import { roleGrant } from "../../platform/permissions/schema";
import { insertOrganization } from "./organizations";
import {
  claimThroughOutreach,
  listOutreachCandidates,
  listOutreachInvitations,
  openOutreachInvitation,
  sendOutreachInvitations,
  sendOutreachReminders,
} from "./outreach";
import { icnpoCategory, organization, organizationCategory, organizationTargetGroup, outreachInvitation, targetGroup } from "./schema";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();
let choir: { id: string };
let sports: { id: string };
let silent: { id: string };

async function imported(name: string, email: string | null) {
  const row = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name });
  await conn.db.update(organization).set({ source: "imported", email }).where(eq(organization.id, row.id));
  return row;
}

/** The token in the newest outreach e-mail to the address, as the recipient would click it. */
async function tokenMailedTo(email: string): Promise<{ token: string; subject: string; body: string }> {
  const [mail] = await conn.db
    .select()
    .from(outboxMessage)
    .where(and(eq(outboxMessage.recipient, email), like(outboxMessage.kind, "outreach.%")))
    .orderBy(desc(outboxMessage.createdAt));
  const token = mail!.body.match(/\/invitasjon\/([\w-]+)/)![1]!;
  return { token, subject: mail!.subject, body: mail!.body };
}

beforeAll(async () => {
  await conn.db.update(municipality).set({ maalform: "nn", name: "Kristiansund kommune" }).where(eq(municipality.id, w.municipality.id));
  choir = await imported("Nordlandet songkor", "post@songkor.test");
  sports = await imported("Kristiansund idrettslag", "post@kil.test");
  silent = await imported("Stille venner", null);
});

describe("who may do outreach", () => {
  it("is the coordinator's (and admin's) work; others are refused, the anonymous asked to sign in", async () => {
    for (const actor of [w.orgAdmin, w.staff, w.resident, w.volunteer]) {
      await expect(listOutreachCandidates(conn.db, actor, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(sendOutreachInvitations(conn.db, actor, { to: "chosen", organizationId: choir.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(sendOutreachReminders(conn.db, actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listOutreachInvitations(conn.db, actor, {})).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(listOutreachCandidates(conn.db, w.anonymous, {})).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listOutreachCandidates(conn.db, w.admin, {})).resolves.toBeDefined();
    expect(await conn.db.select().from(outreachInvitation)).toEqual([]);
  });
});

describe("choosing organisations", () => {
  it("lists imported organisations without an admin by default, and the other selections on request", async () => {
    const unclaimed = await listOutreachCandidates(conn.db, w.coordinator, {});
    expect(unclaimed.items.map((o) => o.name)).toEqual(["Kristiansund idrettslag", "Nordlandet songkor", "Stille venner"]);
    expect(unclaimed).toMatchObject({ filter: "unclaimed", total: 3, invitable: 2 });
    const noEmail = await listOutreachCandidates(conn.db, w.coordinator, { filter: "noEmail" });
    expect(noEmail.items.map((o) => o.name)).toEqual(["Andre laget", "Stille venner", "Testlaget"]);
    expect(noEmail.invitable).toBe(0);
    const all = await listOutreachCandidates(conn.db, w.coordinator, { filter: "all" });
    expect(all.items.find((o) => o.name === "Testlaget")).toMatchObject({ hasAdmin: true, source: "registered", verified: false, invitedAt: null });
    // An organisation with an admin is not invited to take over its profile: it does not count as invitable.
    await conn.db.update(organization).set({ email: "post@testlaget.test" }).where(eq(organization.id, w.organization.id));
    expect((await listOutreachCandidates(conn.db, w.coordinator, { filter: "all" })).invitable).toBe(all.invitable);
    await conn.db.update(organization).set({ email: null }).where(eq(organization.id, w.organization.id));
  });

  it("refuses an empty choice with a message", async () => {
    for (const input of [{ to: "chosen" }, { to: "chosen", organizationId: "ikke-en-id" }]) {
      const refused = await sendOutreachInvitations(conn.db, w.coordinator, input).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).fieldErrors.organizationId?.[0]?.key).toBe("validation.pickOrganizations");
    }
  });
});

describe("an invitation from sending to a completed profile", () => {
  it("e-mails a unique link in the municipality's målform to those with an address, and counts those without", async () => {
    const result = await sendOutreachInvitations(conn.db, w.coordinator, { to: "chosen", organizationId: [choir.id, silent.id] });
    expect(result).toEqual({ sent: 1, withoutEmail: 1, hasAdmin: 0, recentlyInvited: 0 });
    const mail = await tokenMailedTo("post@songkor.test");
    expect(mail.subject).toBe("Kristiansund kommune inviterer Nordlandet songkor til Dugnad");
    expect(mail.body).toMatch(/Opne lenka/);
    const [row] = await conn.db.select().from(outreachInvitation).where(eq(outreachInvitation.organizationId, choir.id));
    expect(row!.tokenHash).not.toContain(mail.token);
    expect(row).toMatchObject({ email: "post@songkor.test", sentBy: w.coordinator.personId, openedAt: null, completedAt: null });
    const listed = await listOutreachInvitations(conn.db, w.coordinator, {});
    expect(listed.items.map((i) => [i.organizationName, i.status])).toEqual([["Nordlandet songkor", "sent"]]);
    const candidates = (await listOutreachCandidates(conn.db, w.coordinator, { filter: "all" })).items;
    expect(candidates.find((o) => o.id === choir.id)!.invitedAt).toEqual(row!.sentAt);
    expect(candidates.find((o) => o.id === silent.id)!.invitedAt).toBeNull();
  });

  it("records the first opening of the link, for anyone who has it; a wrong link is invalid", async () => {
    const { token } = await tokenMailedTo("post@songkor.test");
    const first = await openOutreachInvitation(conn.db, w.anonymous, { token }, new Date("2026-03-01T10:00:00Z"));
    expect(first).toEqual({ status: "valid", organizationId: choir.id, organizationName: "Nordlandet songkor", isAdmin: false });
    await openOutreachInvitation(conn.db, w.anonymous, { token }, new Date("2026-03-05T10:00:00Z"));
    const [row] = await conn.db.select().from(outreachInvitation).where(eq(outreachInvitation.organizationId, choir.id));
    expect(row!.openedAt).toEqual(new Date("2026-03-01T10:00:00Z"));
    expect(await openOutreachInvitation(conn.db, w.anonymous, { token: "x".repeat(43) })).toEqual({ status: "invalid" });
    expect((await listOutreachInvitations(conn.db, w.coordinator, {})).summary).toMatchObject({ total: 1, opened: 1, completed: 0 });
  });

  it("lets a signed-in person take the organisation over at once; nobody else after that", async () => {
    const { token } = await tokenMailedTo("post@songkor.test");
    await expect(claimThroughOutreach(conn.db, w.anonymous, { token })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(claimThroughOutreach(conn.db, w.resident, { token: "y".repeat(43) })).rejects.toBeInstanceOf(ValidationError);
    expect(await claimThroughOutreach(conn.db, w.resident, { token })).toEqual({ organizationId: choir.id });
    const grants = await conn.db.select().from(roleGrant).where(eq(roleGrant.organizationId, choir.id));
    expect(grants.map((g) => [g.personId, g.role])).toEqual([[w.resident.personId, "org_admin"]]);
    await expect(claimThroughOutreach(conn.db, w.volunteer, { token })).rejects.toBeInstanceOf(ValidationError);
    const asAdmin = (await actorForPerson(conn.db, w.resident.personId, w.municipality.id))!;
    expect(await openOutreachInvitation(conn.db, asAdmin, { token })).toMatchObject({ status: "claimed", isAdmin: true });
  });

  it("counts as completed once the profile has an admin, a short description, a category and a target group", async () => {
    await conn.db.update(organization).set({ shortDescription: "Vi syng.", updatedAt: new Date() }).where(eq(organization.id, choir.id));
    expect((await listOutreachInvitations(conn.db, w.coordinator, {})).items[0]!.status).toBe("opened");
    const [category] = await conn.db.select().from(icnpoCategory).limit(1);
    const [group] = await conn.db.select().from(targetGroup).limit(1);
    await conn.db.insert(organizationCategory).values({ organizationId: choir.id, categoryCode: category!.code });
    await conn.db.insert(organizationTargetGroup).values({ organizationId: choir.id, targetGroupId: group!.id });
    const listed = await listOutreachInvitations(conn.db, w.coordinator, {});
    expect(listed.items[0]).toMatchObject({ status: "completed", completedAt: expect.any(Date) });
    expect(listed.summary).toEqual({ total: 1, opened: 1, completed: 1, remindable: 0 });
  });
});

describe("reminders", () => {
  it("go with a new link to those who have not completed, and the old link stops working", async () => {
    await sendOutreachInvitations(conn.db, w.coordinator, { to: "all", everyoneIn: "unclaimed" });
    const old = await tokenMailedTo("post@kil.test");
    const now = new Date(Date.now() + 11 * 60_000);
    expect(await sendOutreachReminders(conn.db, w.coordinator, now)).toEqual({ reminded: 1, recentlyReminded: 0 });
    const reminder = await tokenMailedTo("post@kil.test");
    expect(reminder.subject).toBe("Påminning: Kristiansund idrettslag i Dugnad");
    expect(await openOutreachInvitation(conn.db, w.anonymous, { token: old.token })).toEqual({ status: "invalid" });
    expect(await openOutreachInvitation(conn.db, w.anonymous, { token: reminder.token })).toMatchObject({ status: "valid", organizationId: sports.id });
    const rows = await conn.db.select().from(outreachInvitation);
    expect(rows.find((r) => r.organizationId === sports.id)!.remindedAt).toEqual(now);
    expect(rows.find((r) => r.organizationId === choir.id)!.remindedAt).toBeNull();
  });

  it("are not sent again by a second press within the window, so the link just sent keeps working", async () => {
    const first = await tokenMailedTo("post@kil.test");
    const [invitation] = await conn.db.select().from(outreachInvitation).where(eq(outreachInvitation.organizationId, sports.id));
    const again = new Date(invitation!.remindedAt!.getTime() + 60_000);
    expect(await sendOutreachReminders(conn.db, w.coordinator, again)).toEqual({ reminded: 0, recentlyReminded: 1 });
    expect(await tokenMailedTo("post@kil.test")).toEqual(first);
    expect(await openOutreachInvitation(conn.db, w.anonymous, { token: first.token })).toMatchObject({ status: "valid" });
  });

  it("go once to an organisation invited twice, through its newest invitation", async () => {
    const club = await imported("Sjakklubben", "post@sjakk.test");
    const input = { to: "chosen", organizationId: club.id };
    const start = Date.now() + 20 * 60_000;
    await sendOutreachInvitations(conn.db, w.coordinator, input, new Date(start));
    await openOutreachInvitation(conn.db, w.anonymous, { token: (await tokenMailedTo("post@sjakk.test")).token });
    const invitedBefore = (await listOutreachInvitations(conn.db, w.coordinator, {})).summary;
    await sendOutreachInvitations(conn.db, w.coordinator, input, new Date(start + 60_000));
    const listed = await listOutreachInvitations(conn.db, w.coordinator, {});
    expect(listed.items.filter((i) => i.organizationId === club.id)).toHaveLength(2);
    expect(listed.summary).toMatchObject({ total: invitedBefore.total, opened: invitedBefore.opened });
    const later = new Date(start + 30 * 60_000);
    expect(await sendOutreachReminders(conn.db, w.coordinator, later)).toEqual({ reminded: 2, recentlyReminded: 0 });
    const reminders = await conn.db.select().from(outboxMessage).where(and(eq(outboxMessage.recipient, "post@sjakk.test"), eq(outboxMessage.kind, "outreach.reminder")));
    expect(reminders).toHaveLength(1);
    const invitations = await conn.db.select().from(outreachInvitation).where(eq(outreachInvitation.organizationId, club.id)).orderBy(outreachInvitation.sentAt);
    expect(invitations.map((i) => i.remindedAt)).toEqual([null, later]);
    expect((await listOutreachInvitations(conn.db, w.coordinator, {})).summary.remindable).toBe(2);
  });
});

describe("invitations that would only repeat themselves", () => {
  const invitationsTo = (id: string) => conn.db.select().from(outreachInvitation).where(eq(outreachInvitation.organizationId, id));
  const mailsTo = (email: string) => conn.db.select().from(outboxMessage).where(and(eq(outboxMessage.recipient, email), eq(outboxMessage.kind, "outreach.invite")));

  it("are not sent again by a repeated submit within the window, and are counted", async () => {
    const harbour = await imported("Havnas venner", "post@havna.test");
    const input = { to: "chosen", organizationId: harbour.id };
    const sentAt = new Date();
    expect(await sendOutreachInvitations(conn.db, w.coordinator, input, sentAt)).toEqual({ sent: 1, withoutEmail: 0, hasAdmin: 0, recentlyInvited: 0 });
    const again = new Date(sentAt.getTime() + 9 * 60_000);
    expect(await sendOutreachInvitations(conn.db, w.coordinator, input, again)).toEqual({ sent: 0, withoutEmail: 0, hasAdmin: 0, recentlyInvited: 1 });
    expect(await invitationsTo(harbour.id)).toHaveLength(1);
    expect(await mailsTo("post@havna.test")).toHaveLength(1);
    const later = new Date(sentAt.getTime() + 11 * 60_000);
    expect(await sendOutreachInvitations(conn.db, w.coordinator, input, later)).toMatchObject({ sent: 1, recentlyInvited: 0 });
    expect(await invitationsTo(harbour.id)).toHaveLength(2);
  });

  it("are not sent twice by two submits at the same moment", async () => {
    const quay = await imported("Kaivenner", "post@kai.test");
    const input = { to: "chosen", organizationId: quay.id };
    const results = await Promise.all([sendOutreachInvitations(conn.db, w.coordinator, input), sendOutreachInvitations(conn.db, w.coordinator, input)]);
    expect(results.map((r) => [r.sent, r.recentlyInvited]).sort()).toEqual([[0, 1], [1, 0]]);
    expect(await invitationsTo(quay.id)).toHaveLength(1);
  });

  it("go again at once when the organisation has another address since, or has opened the link", async () => {
    const pier = await imported("Brygga", "gammel@brygga.test");
    const input = { to: "chosen", organizationId: pier.id };
    await sendOutreachInvitations(conn.db, w.coordinator, input);
    await conn.db.update(organization).set({ email: "ny@brygga.test" }).where(eq(organization.id, pier.id));
    expect(await sendOutreachInvitations(conn.db, w.coordinator, input)).toMatchObject({ sent: 1, recentlyInvited: 0 });
    const { token } = await tokenMailedTo("ny@brygga.test");
    await openOutreachInvitation(conn.db, w.anonymous, { token });
    expect(await sendOutreachInvitations(conn.db, w.coordinator, input)).toMatchObject({ sent: 1, recentlyInvited: 0 });
  });

  it("are not sent to organisations that have an admin, chosen by hand or in the whole selection", async () => {
    await conn.db.update(organization).set({ email: "post@testlaget.test" }).where(eq(organization.id, w.organization.id));
    const chosen = await sendOutreachInvitations(conn.db, w.coordinator, { to: "chosen", organizationId: [w.organization.id, choir.id] });
    expect(chosen).toEqual({ sent: 0, withoutEmail: 0, hasAdmin: 2, recentlyInvited: 0 });
    const all = await listOutreachCandidates(conn.db, w.coordinator, { filter: "all" });
    const everyone = await sendOutreachInvitations(conn.db, w.coordinator, { to: "all", everyoneIn: "all" });
    expect(everyone.hasAdmin).toBe(all.items.filter((o) => o.hasAdmin).length);
    expect(everyone.sent + everyone.withoutEmail + everyone.hasAdmin + everyone.recentlyInvited).toBe(all.total);
    expect(await invitationsTo(w.organization.id)).toEqual([]);
    expect(await mailsTo("post@testlaget.test")).toEqual([]);
  });
});

describe("taking over through the link at the same moment", () => {
  it("makes one admin when two people take the organisation over with the same link at the same moment", async () => {
    const bakery = await imported("Bakerlaget", "post@baker.test");
    await sendOutreachInvitations(conn.db, w.coordinator, { to: "chosen", organizationId: bakery.id });
    const { token } = await tokenMailedTo("post@baker.test");
    const results = await Promise.allSettled([claimThroughOutreach(conn.db, w.staff, { token }), claimThroughOutreach(conn.db, w.orgMember, { token })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const admins = await conn.db.select().from(roleGrant).where(and(eq(roleGrant.organizationId, bakery.id), eq(roleGrant.role, "org_admin")));
    expect(admins).toHaveLength(1);
  });
});

describe("a link that has done its work", () => {
  it("does not hand the organisation out again once it was taken over, also after its admin left, nor through its older invitations", async () => {
    const rowers = await imported("Roklubben Nordvest", "post@ro.test");
    await sendOutreachInvitations(conn.db, w.coordinator, { to: "chosen", organizationId: rowers.id });
    const older = await tokenMailedTo("post@ro.test");
    await conn.db.update(outreachInvitation).set({ sentAt: new Date(Date.now() - 3 * 86_400_000) }).where(eq(outreachInvitation.organizationId, rowers.id));
    await conn.db.update(organization).set({ email: "styret@ro.test" }).where(eq(organization.id, rowers.id));
    await sendOutreachInvitations(conn.db, w.coordinator, { to: "chosen", organizationId: rowers.id });
    const newer = await tokenMailedTo("styret@ro.test");

    await claimThroughOutreach(conn.db, w.staff, { token: newer.token });
    await conn.db.delete(roleGrant).where(eq(roleGrant.organizationId, rowers.id));

    for (const { token } of [older, newer]) {
      const refused = await claimThroughOutreach(conn.db, w.orgMember, { token }).catch((e: unknown) => e);
      expect((refused as ValidationError).fieldErrors).toEqual({ _form: [{ key: "outreach.claim.used" }] });
      expect(await openOutreachInvitation(conn.db, w.orgMember, { token })).toMatchObject({ status: "used", organizationId: rowers.id });
    }
    await sendOutreachInvitations(conn.db, w.coordinator, { to: "chosen", organizationId: rowers.id });
    const fresh = await tokenMailedTo("styret@ro.test");
    expect(await claimThroughOutreach(conn.db, w.orgMember, { token: fresh.token })).toEqual({ organizationId: rowers.id });
  });

  it("works for 90 days after it was sent, and a reminder sends one that works as long again", async () => {
    const anglers = await imported("Fiskeklubben Kveite", "post@kveite.test");
    await sendOutreachInvitations(conn.db, w.coordinator, { to: "chosen", organizationId: anglers.id });
    const { token } = await tokenMailedTo("post@kveite.test");
    const [sent] = await conn.db.select().from(outreachInvitation).where(eq(outreachInvitation.organizationId, anglers.id));
    const after = (days: number) => new Date(sent!.sentAt.getTime() + days * 86_400_000);

    expect(await openOutreachInvitation(conn.db, w.anonymous, { token }, after(89))).toMatchObject({ status: "valid" });
    expect(await openOutreachInvitation(conn.db, w.anonymous, { token }, after(91))).toMatchObject({ status: "expired" });
    const refused = await claimThroughOutreach(conn.db, w.volunteer, { token }, after(91)).catch((e: unknown) => e);
    expect((refused as ValidationError).fieldErrors).toEqual({ _form: [{ key: "outreach.claim.expired" }] });

    await sendOutreachReminders(conn.db, w.coordinator, after(91));
    const reminded = await tokenMailedTo("post@kveite.test");
    expect(await claimThroughOutreach(conn.db, w.volunteer, { token: reminded.token }, after(170))).toEqual({ organizationId: anglers.id });
  });
});
