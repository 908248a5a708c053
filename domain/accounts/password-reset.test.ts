import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailToken, person } from "../../platform/auth/schema";
import { actorForSession } from "../../platform/auth/session";
import { RateLimitedError, ValidationError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { TEST_PASSWORD } from "../../platform/testing/world";
import { linkOidcIdentity, signInWithOidc } from "./oidc-sign-in";
import { insertPerson } from "./people";
import { checkResetLink, requestPasswordReset, resetPassword } from "./password-reset";
import { signInWithPassword, SIGN_IN_FAILED } from "./sign-in";
import { mailsTo, registeredWithUnconfirmedAddress, requestFrom, tokenIn } from "./testing";

const { conn, w } = withTestWorld();

const newPassword = "et-helt-nytt-passord";
const context = () => requestFrom(w.municipality.id);

async function resetLinkFor(email: string): Promise<string> {
  await requestPasswordReset(conn.db, { email }, context());
  const [mail] = await mailsTo(conn.db, email);
  return tokenIn(mail!.body);
}

describe("requestPasswordReset", () => {
  it("e-mails a one-hour link to /nytt-passord", async () => {
    const before = Date.now();
    expect(await requestPasswordReset(conn.db, { email: w.staff.email }, context())).toEqual({ email: w.staff.email });
    const [mail] = await mailsTo(conn.db, w.staff.email);
    expect(mail!.subject).toBe("Lag nytt passord i Dugnad");
    expect(mail!.body).toMatch(/\/nytt-passord\?token=/);
    const [stored] = await conn.db.select().from(emailToken).where(eq(emailToken.personId, w.staff.personId));
    expect(stored!.purpose).toBe("reset");
    expect(Math.round((stored!.expiresAt.getTime() - before) / 60_000)).toBe(60);
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    expect(await requestPasswordReset(conn.db, { email: "ingen@eksempel.no" }, context())).toEqual({ email: "ingen@eksempel.no" });
    expect(await mailsTo(conn.db, "ingen@eksempel.no")).toHaveLength(0);
  });

  it("sends at most five links an hour per address and says when to try again", async () => {
    for (let i = 0; i < 5; i++) await requestPasswordReset(conn.db, { email: w.orgMember.email }, context());
    const error = await requestPasswordReset(conn.db, { email: w.orgMember.email }, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(3500);
    expect(await mailsTo(conn.db, w.orgMember.email)).toHaveLength(5);
  });

  it("takes at most twenty requests an hour from one place", async () => {
    const place = context();
    for (let i = 0; i < 20; i++) await requestPasswordReset(conn.db, { email: `sted${i}@eksempel.no` }, place);
    await expect(requestPasswordReset(conn.db, { email: w.admin.email }, place)).rejects.toThrow(RateLimitedError);
  });
});

describe("resetPassword", () => {
  it("sets the new password, ends every other session and signs the person in", async () => {
    const other = await signInWithPassword(conn.db, { email: w.volunteer.email, password: TEST_PASSWORD }, context());
    const token = await resetLinkFor(w.volunteer.email);
    expect(await checkResetLink(conn.db, { token })).toMatchObject({ status: "valid", email: w.volunteer.email });

    const result = await resetPassword(conn.db, { token, password: newPassword }, { municipalityId: w.municipality.id });
    expect(await actorForSession(conn.db, other.sessionToken, w.municipality.id)).toBeNull();
    expect((await actorForSession(conn.db, result.sessionToken, w.municipality.id))?.personId).toBe(w.volunteer.personId);

    const old = await signInWithPassword(conn.db, { email: w.volunteer.email, password: TEST_PASSWORD }, context()).catch((e: unknown) => e);
    expect((old as ValidationError).fieldErrors).toEqual({ _form: [{ key: SIGN_IN_FAILED }] });
    await expect(signInWithPassword(conn.db, { email: w.volunteer.email, password: newPassword }, context())).resolves.toBeTruthy();
  });

  it("confirms the address of an account that was not confirmed yet", async () => {
    const row = await insertPerson(conn.db, { municipalityId: w.municipality.id, email: "ubekreftet@eksempel.no", name: "U", verified: false });
    const token = await resetLinkFor(row.email);
    await resetPassword(conn.db, { token, password: newPassword }, { municipalityId: w.municipality.id });
    const [after] = await conn.db.select().from(person).where(eq(person.id, row.id));
    expect(after!.emailVerifiedAt).not.toBeNull();
  });

  it("unlinks the ID-porten identity of an account whose address nobody had confirmed: whoever made it may not own the mailbox", async () => {
    const email = "forhandsregistrert@eksempel.no";
    const { identity } = await registeredWithUnconfirmedAddress(conn.db, w.municipality.id, email, "registrerte-en-annens-adresse");

    await resetPassword(conn.db, { token: await resetLinkFor(email), password: newPassword }, { municipalityId: w.municipality.id });

    expect(await signInWithOidc(conn.db, w.anonymous, { identity })).toEqual({ kind: "unknown" });
  });

  it("keeps the ID-porten identity of an account whose address was confirmed", async () => {
    const identity = { provider: "idporten", subject: "saksbehandlerens-egen", acr: "idporten-loa-substantial" };
    await linkOidcIdentity(conn.db, w.staff, { identity });

    await resetPassword(conn.db, { token: await resetLinkFor(w.staff.email), password: newPassword }, { municipalityId: w.municipality.id });

    expect(await signInWithOidc(conn.db, w.anonymous, { identity })).toMatchObject({ kind: "signedIn", personId: w.staff.personId });
  });

  it("refuses a link that has been used, and the page says so", async () => {
    const token = await resetLinkFor(w.coordinator.email);
    await resetPassword(conn.db, { token, password: newPassword }, { municipalityId: w.municipality.id });
    expect(await checkResetLink(conn.db, { token })).toEqual({ status: "used" });
    const error = await resetPassword(conn.db, { token, password: "enda-et-nytt-passord" }, { municipalityId: w.municipality.id }).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fieldErrors).toEqual({ _form: [{ key: "account.link.unusable" }] });
  });

  it("refuses a link older than an hour, and the page says so", async () => {
    const token = await resetLinkFor(w.resident.email);
    await conn.db.update(emailToken).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(emailToken.personId, w.resident.personId));
    expect(await checkResetLink(conn.db, { token })).toEqual({ status: "expired" });
    await expect(resetPassword(conn.db, { token, password: newPassword }, { municipalityId: w.municipality.id })).rejects.toThrow(ValidationError);
    await expect(signInWithPassword(conn.db, { email: w.resident.email, password: TEST_PASSWORD }, context())).resolves.toBeTruthy();
  });

  it("keeps the link usable when the new password is too short", async () => {
    const token = await resetLinkFor(w.orgAdmin.email);
    const error = await resetPassword(conn.db, { token, password: "kort" }, { municipalityId: w.municipality.id }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ password: [{ key: "validation.tooShort", params: { minimum: 10 } }] });
    expect(await checkResetLink(conn.db, { token })).toMatchObject({ status: "valid" });
  });

  it("makes an older link stop working once a newer one is used", async () => {
    const first = await resetLinkFor(w.admin.email);
    const second = await resetLinkFor(w.admin.email);
    await resetPassword(conn.db, { token: second, password: newPassword }, { municipalityId: w.municipality.id });
    expect(await checkResetLink(conn.db, { token: first })).toEqual({ status: "used" });
  });
});
