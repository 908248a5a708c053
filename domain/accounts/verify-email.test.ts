import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailToken, person } from "../../platform/auth/schema";
import { actorForSession } from "../../platform/auth/session";
import { RateLimitedError, ValidationError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { signInWithPassword } from "./sign-in";
import { signUp } from "./sign-up";
import { mailsTo, requestFrom, tokenIn } from "./testing";
import { checkVerificationLink, resendVerification, verifyEmail } from "./verify-email";

const { conn, w } = withTestWorld();

const password = "lang-og-trygg-nok";

async function registered(email: string): Promise<string> {
  await signUp(conn.db, { name: "Ny Innbygger", email, password }, requestFrom(w.municipality.id));
  const [mail] = await mailsTo(conn.db, email);
  return tokenIn(mail!.body);
}

const linkError = { _form: [{ key: "account.link.unusable" }] };

describe("e-mail confirmation", () => {
  it("shows a fresh link as valid without using it up", async () => {
    const token = await registered("sjekk@eksempel.no");
    expect(await checkVerificationLink(conn.db, { token })).toMatchObject({ status: "valid", email: "sjekk@eksempel.no" });
    expect(await checkVerificationLink(conn.db, { token })).toMatchObject({ status: "valid" });
    expect(await checkVerificationLink(conn.db, { token: "ukjent" })).toEqual({ status: "invalid" });
  });

  it("confirms the address, signs the person in, and then lets them sign in with the password", async () => {
    const token = await registered("bekreft@eksempel.no");
    const { personId, sessionToken } = await verifyEmail(conn.db, { token }, { municipalityId: w.municipality.id });
    expect((await actorForSession(conn.db, sessionToken, w.municipality.id))?.personId).toBe(personId);
    const [row] = await conn.db.select().from(person).where(eq(person.id, personId));
    expect(row!.emailVerifiedAt).not.toBeNull();
    await expect(signInWithPassword(conn.db, { email: "bekreft@eksempel.no", password }, requestFrom(w.municipality.id))).resolves.toBeTruthy();
  });

  it("says a used link is used and refuses to use it twice", async () => {
    const token = await registered("to-ganger@eksempel.no");
    await verifyEmail(conn.db, { token }, { municipalityId: w.municipality.id });
    expect(await checkVerificationLink(conn.db, { token })).toEqual({ status: "used" });
    const error = await verifyEmail(conn.db, { token }, { municipalityId: w.municipality.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual(linkError);
  });

  it("says an old link has expired and refuses it", async () => {
    const token = await registered("gammel@eksempel.no");
    const [row] = await conn.db.select().from(person).where(eq(person.email, "gammel@eksempel.no"));
    await conn.db.update(emailToken).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(emailToken.personId, row!.id));
    expect(await checkVerificationLink(conn.db, { token })).toEqual({ status: "expired" });
    await expect(verifyEmail(conn.db, { token }, { municipalityId: w.municipality.id })).rejects.toThrow(ValidationError);
    const [after] = await conn.db.select().from(person).where(eq(person.id, row!.id));
    expect(after!.emailVerifiedAt).toBeNull();
  });
});

describe("resendVerification", () => {
  it("sends a new link to an unconfirmed account, and the new link works", async () => {
    await registered("glemsk@eksempel.no");
    const answer = await resendVerification(conn.db, { email: "Glemsk@eksempel.no" }, requestFrom(w.municipality.id));
    expect(answer).toEqual({ email: "glemsk@eksempel.no" });
    const mails = await mailsTo(conn.db, "glemsk@eksempel.no");
    expect(mails).toHaveLength(2);
    await expect(verifyEmail(conn.db, { token: tokenIn(mails[0]!.body) }, { municipalityId: w.municipality.id })).resolves.toBeTruthy();
  });

  it("answers the same for unknown and confirmed addresses and sends them nothing", async () => {
    for (const email of ["ukjent@eksempel.no", w.resident.email]) {
      expect(await resendVerification(conn.db, { email }, requestFrom(w.municipality.id))).toEqual({ email });
      expect(await mailsTo(conn.db, email)).toHaveLength(0);
    }
  });

  it("sends at most five links an hour to one address", async () => {
    for (let i = 0; i < 5; i++) await resendVerification(conn.db, { email: "mas@eksempel.no" }, requestFrom(w.municipality.id));
    await expect(resendVerification(conn.db, { email: "mas@eksempel.no" }, requestFrom(w.municipality.id))).rejects.toThrow(RateLimitedError);
  });
});
