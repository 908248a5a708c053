import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, UnauthenticatedError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { TEST_PASSWORD } from "../../platform/testing/world";
import { describeMyData, exportMyData, registerPersonalDataSection } from "./my-data";
import { requestPasswordReset } from "./password-reset";
import { signInWithPassword } from "./sign-in";
import { inviteMember } from "../organizations/members";
import { mailsTo, registeredWithUnconfirmedAddress, requestFrom, tokenIn } from "./testing";

const { conn, w } = withTestWorld();
beforeAll(async () => {
  await signInWithPassword(conn.db, { email: w.orgAdmin.email, password: TEST_PASSWORD }, requestFrom(w.municipality.id));
  await requestPasswordReset(conn.db, { email: w.orgAdmin.email }, requestFrom(w.municipality.id));
});

describe("exportMyData", () => {
  it("holds the person's profile, roles, sessions, links, e-mails and audit events, but no password hash", async () => {
    const exported = await exportMyData(conn.db, w.orgAdmin);
    expect(exported.person).toMatchObject({ id: w.orgAdmin.personId, email: w.orgAdmin.email, name: "leder", hasPassword: true });
    expect(exported.roles).toEqual([expect.objectContaining({ role: "org_admin", organizationId: w.organization.id })]);
    expect(exported.sessions).toEqual([expect.objectContaining({ method: "password" })]);
    expect(exported.emailLinks).toEqual([expect.objectContaining({ purpose: "reset", usedAt: null })]);
    expect(exported.emails).toEqual([expect.objectContaining({ kind: "account.reset", recipient: w.orgAdmin.email })]);
    expect(exported.auditEvents).toEqual([expect.objectContaining({ action: "account.signedIn", byMe: true })]);
    expect(exported.externalIdentities).toEqual([]);
    const json = JSON.stringify(exported);
    expect(json).not.toContain("argon2");
    expect(json).not.toMatch(/passwordHash|tokenHash/);
  });

  it("has nothing about other people", async () => {
    const json = JSON.stringify(await exportMyData(conn.db, w.resident));
    expect(json).not.toContain(w.orgAdmin.email);
    expect(json).not.toContain(w.orgAdmin.personId);
  });

  it("adds the sections other capabilities register", async () => {
    registerPersonalDataSection("testSection", async (_db, subject) => ({ about: subject.personId }));
    const exported = await exportMyData(conn.db, w.volunteer);
    expect(exported.testSection).toEqual({ about: w.volunteer.personId });
  });

  it("asks the anonymous to sign in and refuses API tokens", async () => {
    await expect(exportMyData(conn.db, w.anonymous)).rejects.toThrow(UnauthenticatedError);
    const token = { kind: "token" as const, tokenId: "t", municipalityId: w.municipality.id, organizationId: null };
    await expect(exportMyData(conn.db, token)).rejects.toThrow(ForbiddenError);
  });
});

describe("describeMyData", () => {
  it("sums up the profile, the roles with the organisation's name, sign-ins and events", async () => {
    const summary = await describeMyData(conn.db, w.orgAdmin);
    expect(summary.profile).toMatchObject({ name: "leder", email: w.orgAdmin.email });
    expect(summary.roles).toEqual([{ role: "org_admin", organizationName: "Testlaget" }]);
    expect(summary.activeSessions).toBe(1);
    expect(summary.events).toEqual([expect.objectContaining({ action: "account.signedIn", byMe: true })]);
  });

  it("asks the anonymous to sign in", async () => {
    await expect(describeMyData(conn.db, w.anonymous)).rejects.toThrow(UnauthenticatedError);
  });
});

describe("an address the person has not confirmed", () => {
  it("brings none of the e-mails sent to it into the download: it may be someone else's, and they carry their links", async () => {
    const email = "post@ukjent-lag.test";
    await inviteMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, email, role: "org_admin" });
    const { actor: someoneElse } = await registeredWithUnconfirmedAddress(conn.db, w.municipality.id, email, "skriver-en-annens-adresse");

    const exported = await exportMyData(conn.db, someoneElse);

    expect(exported.emails).toEqual([]);
    for (const mail of await mailsTo(conn.db, email)) expect(JSON.stringify(exported)).not.toContain(tokenIn(mail.body));
  });
});
