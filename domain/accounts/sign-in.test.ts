import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { person } from "../../platform/auth/schema";
import { actorForSession } from "../../platform/auth/session";
import { RateLimitedError, ValidationError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { TEST_PASSWORD } from "../../platform/testing/world";
import { insertPerson } from "./people";
import { signInWithPassword, signOut, SIGN_IN_FAILED, SIGN_IN_UNVERIFIED } from "./sign-in";
import { requestFrom } from "./testing";

const { conn, w } = withTestWorld();
beforeAll(async () => {
  await insertPerson(conn.db, { municipalityId: w.municipality.id, email: "ny@eksempel.no", name: "Ny", password: TEST_PASSWORD, verified: false });
});

const context = () => requestFrom(w.municipality.id);

async function formError(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe("signInWithPassword", () => {
  it("starts a session for the right password, whatever the case of the address", async () => {
    const result = await signInWithPassword(conn.db, { email: w.volunteer.email.toUpperCase(), password: TEST_PASSWORD }, context());
    expect(result.personId).toBe(w.volunteer.personId);
    const actor = await actorForSession(conn.db, result.sessionToken, w.municipality.id);
    expect(actor?.personId).toBe(w.volunteer.personId);
    const [row] = await conn.db.select().from(person).where(eq(person.id, w.volunteer.personId));
    expect(row!.lastSignInAt).not.toBeNull();
  });

  it("makes a language the visitor picked before signing in their e-mail language, and keeps theirs otherwise", async () => {
    const languageOf = async () => (await conn.db.select({ language: person.language }).from(person).where(eq(person.id, w.orgAdmin.personId)))[0]!.language;
    const before = await languageOf();
    await signInWithPassword(conn.db, { email: w.orgAdmin.email, password: TEST_PASSWORD }, context());
    expect(await languageOf()).toBe(before);
    await signInWithPassword(conn.db, { email: w.orgAdmin.email, password: TEST_PASSWORD }, { ...context(), chosenLang: "uk" });
    expect(await languageOf()).toBe("uk");
  });

  it("gives an unknown address and a wrong password the very same message", async () => {
    const wrongPassword = await formError(signInWithPassword(conn.db, { email: w.resident.email, password: "feil-passord-her" }, context()));
    const unknown = await formError(signInWithPassword(conn.db, { email: "ingen@eksempel.no", password: "feil-passord-her" }, context()));
    expect(wrongPassword).toEqual({ _form: [{ key: SIGN_IN_FAILED }] });
    expect(unknown).toEqual(wrongPassword);
  });

  it("refuses an unconfirmed address, but only says so to someone who knows the password", async () => {
    expect(await formError(signInWithPassword(conn.db, { email: "ny@eksempel.no", password: TEST_PASSWORD }, context()))).toEqual({
      _form: [{ key: SIGN_IN_UNVERIFIED }],
    });
    expect(await formError(signInWithPassword(conn.db, { email: "ny@eksempel.no", password: "feil-passord-her" }, context()))).toEqual({
      _form: [{ key: SIGN_IN_FAILED }],
    });
  });

  it("names the empty fields", async () => {
    expect(await formError(signInWithPassword(conn.db, { email: "", password: "" }, context()))).toEqual({
      email: [{ key: "validation.required" }],
      password: [{ key: "validation.required" }],
    });
  });

  it("allows ten tries per address in 15 minutes, even from different places, then says when to try again", async () => {
    for (let i = 0; i < 10; i++) {
      await formError(signInWithPassword(conn.db, { email: w.staff.email, password: "feil-passord-her" }, context()));
    }
    const error = await signInWithPassword(conn.db, { email: w.staff.email, password: TEST_PASSWORD }, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((error as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("allows fifty tries from one place in 15 minutes", async () => {
    const place = context();
    for (let i = 0; i < 50; i++) {
      await formError(signInWithPassword(conn.db, { email: `gjett${i}@eksempel.no`, password: "feil-passord-her" }, place));
    }
    await expect(signInWithPassword(conn.db, { email: w.coordinator.email, password: TEST_PASSWORD }, place)).rejects.toThrow(RateLimitedError);
    await expect(signInWithPassword(conn.db, { email: w.coordinator.email, password: TEST_PASSWORD }, context())).resolves.toBeTruthy();
  });
});

describe("signOut", () => {
  it("ends the session so the cookie no longer signs anyone in", async () => {
    const { sessionToken } = await signInWithPassword(conn.db, { email: w.admin.email, password: TEST_PASSWORD }, context());
    await signOut(conn.db, sessionToken);
    expect(await actorForSession(conn.db, sessionToken, w.municipality.id)).toBeNull();
  });
});
