import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { TokenActor } from "../../platform/auth/actor";
import { externalIdentity, person } from "../../platform/auth/schema";
import { ConflictError, ForbiddenError, RateLimitedError, UnauthenticatedError, ValidationError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { completeOidcRegistration, linkOidcIdentity, signInWithOidc } from "./oidc-sign-in";

let token: TokenActor;

const { conn, w } = withTestWorld();
beforeAll(async () => {
  token = { kind: "token", tokenId: "t", municipalityId: w.municipality.id, organizationId: null };
});

const identity = (subject: string) => ({ provider: "idporten", subject, acr: "idporten-loa-substantial" });

describe("signing in with an identity provider", () => {
  it("tells an unknown identity with nobody signed in to register", async () => {
    expect(await signInWithOidc(conn.db, w.anonymous, { identity: identity("ny") })).toEqual({ kind: "unknown" });
  });

  it("refuses API tokens and malformed identities", async () => {
    await expect(signInWithOidc(conn.db, token, { identity: identity("x") })).rejects.toThrow(ForbiddenError);
    await expect(signInWithOidc(conn.db, w.anonymous, { identity: identity("") })).rejects.toThrow(ValidationError);
  });

  it("links a new identity to the signed-in person and signs them in with it later", async () => {
    expect(await signInWithOidc(conn.db, w.volunteer, { identity: identity("frivillig-sub") })).toEqual({
      kind: "linked",
      personId: w.volunteer.personId,
    });
    const result = await signInWithOidc(conn.db, w.anonymous, { identity: identity("frivillig-sub"), chosenLang: "pl" });
    expect(result).toMatchObject({ kind: "signedIn", personId: w.volunteer.personId, sessionToken: expect.any(String) });
    const [signedIn] = await conn.db.select({ language: person.language }).from(person).where(eq(person.id, w.volunteer.personId));
    expect(signedIn!.language).toBe("pl");
  });

  it("refuses an identity that belongs to someone else", async () => {
    await expect(signInWithOidc(conn.db, w.resident, { identity: identity("frivillig-sub") })).rejects.toThrow(ConflictError);
    await expect(linkOidcIdentity(conn.db, w.resident, { identity: identity("frivillig-sub") })).rejects.toThrow(ConflictError);
  });
});

describe("linking an identity", () => {
  it("is for the signed-in person only", async () => {
    await expect(linkOidcIdentity(conn.db, w.anonymous, { identity: identity("a") })).rejects.toThrow(UnauthenticatedError);
    await expect(linkOidcIdentity(conn.db, token, { identity: identity("a") })).rejects.toThrow(ForbiddenError);
  });

  it("is idempotent for one's own identity", async () => {
    await linkOidcIdentity(conn.db, w.staff, { identity: identity("saksbehandler-sub") });
    await linkOidcIdentity(conn.db, w.staff, { identity: identity("saksbehandler-sub") });
    const rows = await conn.db.select().from(externalIdentity).where(eq(externalIdentity.personId, w.staff.personId));
    expect(rows).toHaveLength(1);
  });
});

describe("registering after the provider vouched for someone", () => {
  const input = { name: "Per Hansen", email: "per@eksempel.no", lang: "nb" as const, identity: identity("per-sub") };

  it("is only for those not signed in", async () => {
    await expect(completeOidcRegistration(conn.db, w.resident, input)).rejects.toThrow(ForbiddenError);
    await expect(completeOidcRegistration(conn.db, token, input)).rejects.toThrow(ForbiddenError);
  });

  it("refuses a bad e-mail address and an address that already has an account", async () => {
    await expect(completeOidcRegistration(conn.db, w.anonymous, { ...input, email: "ikke-en-adresse" })).rejects.toThrow(ValidationError);
    const taken = completeOidcRegistration(conn.db, w.anonymous, { ...input, email: w.admin.email.toUpperCase() });
    await expect(taken).rejects.toMatchObject({ field: "email", messageKey: "oidc.error.emailTaken" });
  });

  it("answers whether an address has an account only a few times an hour for one identity", async () => {
    const asking = { ...input, identity: identity("prover-adresser") };
    for (let i = 0; i < 10; i++) {
      await expect(completeOidcRegistration(conn.db, w.anonymous, { ...asking, email: w.admin.email })).rejects.toThrow(ConflictError);
    }
    await expect(completeOidcRegistration(conn.db, w.anonymous, { ...asking, email: w.staff.email })).rejects.toThrow(RateLimitedError);
  });

  it("creates an unverified account with the identity linked, once", async () => {
    const { personId } = await completeOidcRegistration(conn.db, w.anonymous, input);
    const [row] = await conn.db.select().from(person).where(eq(person.id, personId));
    expect(row).toMatchObject({ email: "per@eksempel.no", emailVerifiedAt: null, language: "nb" });
    const again = completeOidcRegistration(conn.db, w.anonymous, { ...input, email: "per2@eksempel.no" });
    await expect(again).rejects.toThrow(ConflictError);
  });
});
