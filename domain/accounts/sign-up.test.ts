import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailToken, person } from "../../platform/auth/schema";
import { auditEvent } from "../../platform/audit/schema";
import { hashToken } from "../../platform/auth/tokens";
import { verifyPassword } from "../../platform/auth/password";
import { RateLimitedError, ValidationError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { signUp } from "./sign-up";
import { mailsTo, requestFrom, tokenIn } from "./testing";

const { conn, w } = withTestWorld();

const input = { name: "Kari Nordmann", email: " Kari@Eksempel.no ", password: "lang-og-trygg-nok" };

describe("signUp", () => {
  it("stores an unconfirmed person with an argon2id hash and e-mails a 48-hour confirmation link", async () => {
    const before = Date.now();
    const result = await signUp(conn.db, input, requestFrom(w.municipality.id));
    expect(result).toEqual({ email: "kari@eksempel.no" });
    const [row] = await conn.db.select().from(person).where(eq(person.email, "kari@eksempel.no"));
    expect(row).toMatchObject({ name: "Kari Nordmann", emailVerifiedAt: null, language: "nb" });
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(input.password, row!.passwordHash!)).toBe(true);

    const [mail] = await mailsTo(conn.db, "kari@eksempel.no");
    expect(mail!.subject).toBe("Bekreft e-postadressen din i Dugnad");
    expect(mail!.body).toContain("Kari Nordmann");
    expect(mail!.body).toContain("Testkommune 1505");
    expect(mail!.body).toMatch(/http:\/\/[^/]+\/bekreft-epost\?token=/);
    const token = tokenIn(mail!.body);
    const [stored] = await conn.db.select().from(emailToken).where(eq(emailToken.personId, row!.id));
    expect(stored).toMatchObject({ purpose: "verify", tokenHash: hashToken(token), usedAt: null });
    const hours = (stored!.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThan(48.1);

    const events = await conn.db.select().from(auditEvent).where(eq(auditEvent.actorId, row!.id));
    expect(events.map((e) => e.action)).toEqual(["account.created"]);
  });

  it("takes an address at a domain with æ, ø or å, in the form mail travels in", async () => {
    const result = await signUp(conn.db, { ...input, email: "Ola@Bølerlaget.no" }, requestFrom(w.municipality.id));
    expect(result).toEqual({ email: "ola@xn--blerlaget-l8a.no" });
    expect(await mailsTo(conn.db, "ola@xn--blerlaget-l8a.no")).toHaveLength(1);
  });

  it("writes the e-mail in the language of the page", async () => {
    await signUp(conn.db, { ...input, email: "ola@eksempel.no" }, requestFrom(w.municipality.id, "en"));
    const [mail] = await mailsTo(conn.db, "ola@eksempel.no");
    expect(mail!.subject).toBe("Confirm your email address in Dugnad");
  });

  it("answers a taken address exactly as a new one, and tells the owner instead of creating an account", async () => {
    const owner = w.volunteer.email;
    const result = await signUp(conn.db, { ...input, email: owner.toUpperCase() }, requestFrom(w.municipality.id));
    expect(result).toEqual({ email: owner });
    const people = await conn.db.select().from(person).where(eq(person.email, owner));
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe("frivillig");
    expect(await verifyPassword(input.password, people[0]!.passwordHash!)).toBe(false);
    const [mail] = await mailsTo(conn.db, owner);
    expect(mail!.subject).toBe("Noen prøvde å registrere seg med e-postadressen din i Dugnad");
    expect(mail!.body).toMatch(/\/glemt-passord/);
    expect(mail!.body).not.toContain("token=");
  });

  it("refuses a short password and a bad address with messages for the fields", async () => {
    const error = await signUp(conn.db, { name: "", email: "ikke-en-adresse", password: "kort" }, requestFrom(w.municipality.id)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      name: [{ key: "validation.required" }],
      email: [{ key: "validation.email" }],
      password: [{ key: "validation.tooShort", params: { minimum: 10 } }],
    });
  });

  it("refuses a name that shows nothing", async () => {
    const error = await signUp(conn.db, { ...input, name: "\u200b\u202e" }, requestFrom(w.municipality.id)).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ name: [{ key: "validation.required" }] });
  });

  it("refuses a password longer than 256 characters", async () => {
    await expect(signUp(conn.db, { ...input, password: "x".repeat(257) }, requestFrom(w.municipality.id))).rejects.toThrow(ValidationError);
  });

  it("allows ten sign-ups an hour from one address and then says when to try again", async () => {
    const request = requestFrom(w.municipality.id);
    for (let i = 0; i < 10; i++) await signUp(conn.db, { ...input, email: `mange${i}@eksempel.no` }, request);
    const error = await signUp(conn.db, { ...input, email: "en-til@eksempel.no" }, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(3500);
    expect((error as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(await mailsTo(conn.db, "en-til@eksempel.no")).toHaveLength(0);
  });
});
