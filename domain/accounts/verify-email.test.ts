import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailToken, person } from "../../platform/auth/schema";
import { anonymous, type Actor } from "../../platform/auth/actor";
import { actorForSession } from "../../platform/auth/session";
import { RateLimitedError, ValidationError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { signInWithPassword } from "./sign-in";
import { signUp } from "./sign-up";
import { mailsTo, registeredWithUnconfirmedAddress, requestFrom, tokenIn } from "./testing";
import { checkVerificationLink, resendVerification, verifyEmail } from "./verify-email";

const { conn, w } = withTestWorld();

const password = "lang-og-trygg-nok";

async function registered(email: string): Promise<string> {
  await signUp(conn.db, { name: "Ny Innbygger", email, password }, requestFrom(w.municipality.id));
  const [mail] = await mailsTo(conn.db, email);
  return tokenIn(mail!.body);
}

const linkError = { _form: [{ key: "account.link.unusable" }] };

function nobody() {
  return anonymous(w.municipality.id);
}

function confirm(token: string, input: { password?: string } = { password }, actor: Actor = nobody()) {
  return verifyEmail(conn.db, { token, ...input }, requestFrom(w.municipality.id), actor);
}

async function personWith(email: string) {
  const [row] = await conn.db.select().from(person).where(eq(person.email, email));
  return row!;
}

describe("e-mail confirmation", () => {
  it("shows a fresh link as valid without using it up, and says it asks for the password", async () => {
    const token = await registered("sjekk@eksempel.no");
    expect(await checkVerificationLink(conn.db, { token }, nobody())).toMatchObject({ status: "valid", email: "sjekk@eksempel.no", proof: "password" });
    expect(await checkVerificationLink(conn.db, { token }, nobody())).toMatchObject({ status: "valid" });
    expect(await checkVerificationLink(conn.db, { token: "ukjent" }, nobody())).toEqual({ status: "invalid" });
  });

  it("confirms the address with the password chosen at sign-up, signs the person in, and then lets them sign in", async () => {
    const token = await registered("bekreft@eksempel.no");
    const { personId, sessionToken } = await confirm(token);
    expect((await actorForSession(conn.db, sessionToken!, w.municipality.id))?.personId).toBe(personId);
    expect((await personWith("bekreft@eksempel.no")).emailVerifiedAt).not.toBeNull();
    await expect(signInWithPassword(conn.db, { email: "bekreft@eksempel.no", password }, requestFrom(w.municipality.id))).resolves.toBeTruthy();
  });

  it("does not confirm an address someone else registered when its owner opens the link without the password", async () => {
    const token = await registered("offer@eksempel.no");
    for (const [input, field, key] of [
      [{}, "password", "validation.required"],
      [{ password: "" }, "password", "validation.required"],
      [{ password: "gjetter-et-passord" }, "password", "account.verify.wrongPassword"],
    ] as const) {
      const error = await confirm(token, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ [field]: [{ key }] });
    }
    expect((await personWith("offer@eksempel.no")).emailVerifiedAt).toBeNull();
    expect(await checkVerificationLink(conn.db, { token }, nobody())).toMatchObject({ status: "valid" });
    await expect(confirm(token)).resolves.toBeTruthy();
  });

  it("limits password guesses on the confirmation form as sign-in does", async () => {
    const token = await registered("gjett@eksempel.no");
    for (let i = 0; i < 10; i++) await confirm(token, { password: `feil-passord-${i}` }).catch(() => undefined);
    await expect(confirm(token)).rejects.toThrow(RateLimitedError);
  });

  it("confirms for the person signed in to the account without asking again, and keeps their session", async () => {
    const { actor } = await registeredWithUnconfirmedAddress(conn.db, w.municipality.id, "idporten@eksempel.no", "pseudonym-egen");
    const [mail] = await mailsTo(conn.db, "idporten@eksempel.no");
    const token = tokenIn(mail!.body);
    expect(await checkVerificationLink(conn.db, { token }, actor)).toMatchObject({ status: "valid", proof: "signedIn" });
    const result = await confirm(token, {}, actor);
    expect(result).toEqual({ personId: actor.personId });
    expect((await personWith("idporten@eksempel.no")).emailVerifiedAt).not.toBeNull();
  });

  it("asks an ID-porten account's owner to sign in first, and refuses the link from anyone else", async () => {
    await registeredWithUnconfirmedAddress(conn.db, w.municipality.id, "lurt@eksempel.no", "pseudonym-lurer");
    const token = tokenIn((await mailsTo(conn.db, "lurt@eksempel.no"))[0]!.body);
    expect(await checkVerificationLink(conn.db, { token }, nobody())).toMatchObject({ status: "valid", proof: "signIn" });
    expect(await checkVerificationLink(conn.db, { token }, w.resident)).toMatchObject({ proof: "signIn" });
    for (const actor of [nobody(), w.resident]) {
      const error = await confirm(token, { password: "hva-som-helst" }, actor).catch((e: unknown) => e);
      expect((error as ValidationError).fieldErrors).toEqual({ _form: [{ key: "account.verify.signInFirst" }] });
    }
    expect((await personWith("lurt@eksempel.no")).emailVerifiedAt).toBeNull();
  });

  it("says a used link is used and refuses to use it twice", async () => {
    const token = await registered("to-ganger@eksempel.no");
    await confirm(token);
    expect(await checkVerificationLink(conn.db, { token }, nobody())).toEqual({ status: "used" });
    const error = await confirm(token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual(linkError);
  });

  it("says an old link has expired and refuses it", async () => {
    const token = await registered("gammel@eksempel.no");
    const row = await personWith("gammel@eksempel.no");
    await conn.db.update(emailToken).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(emailToken.personId, row.id));
    expect(await checkVerificationLink(conn.db, { token }, nobody())).toEqual({ status: "expired" });
    await expect(confirm(token)).rejects.toThrow(ValidationError);
    expect((await personWith("gammel@eksempel.no")).emailVerifiedAt).toBeNull();
  });
});

describe("resendVerification", () => {
  it("sends a new link to an unconfirmed account, and the new link works", async () => {
    await registered("glemsk@eksempel.no");
    const answer = await resendVerification(conn.db, { email: "Glemsk@eksempel.no" }, requestFrom(w.municipality.id));
    expect(answer).toEqual({ email: "glemsk@eksempel.no" });
    const mails = await mailsTo(conn.db, "glemsk@eksempel.no");
    expect(mails).toHaveLength(2);
    await expect(confirm(tokenIn(mails[0]!.body))).resolves.toBeTruthy();
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
