import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor, PersonActor } from "../../platform/auth/actor";
import { externalIdentity, person } from "../../platform/auth/schema";
import { enforceRateLimit, LIMITS } from "../../platform/auth/rate-limit";
import { actorForPerson, createSession } from "../../platform/auth/session";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { ConflictError } from "../../platform/errors";
import { LANGUAGES, type Lang } from "../../platform/i18n/languages";
import { assertCan, assertPerson } from "../../platform/permissions";
import { parseInput, visibleText } from "../../platform/validation";
import { mailLink } from "./email-link";
import { rememberLanguage } from "./language";
import { findPersonByEmail } from "./find";
import { emailField } from "./schemas";

/** What the identity provider vouched for: its pseudonymous subject and the level of assurance. Never `pid`. */
const identitySchema = z.object({
  provider: z.string().min(1).max(200),
  subject: z.string().min(1).max(255),
  acr: z.string().max(100),
});
export type OidcIdentityInput = z.input<typeof identitySchema>;

export type OidcSignInResult =
  | { kind: "signedIn"; personId: string; sessionToken: string }
  | { kind: "linked"; personId: string }
  | { kind: "unknown" };

type Identity = z.infer<typeof identitySchema>;

async function findIdentity(db: Db, identity: Identity) {
  const [row] = await db
    .select({ personId: externalIdentity.personId, municipalityId: person.municipalityId })
    .from(externalIdentity)
    .innerJoin(person, eq(person.id, externalIdentity.personId))
    .where(and(eq(externalIdentity.provider, identity.provider), eq(externalIdentity.subject, identity.subject)));
  return row;
}

async function link(db: Db, actor: PersonActor, identity: Identity): Promise<void> {
  await db.insert(externalIdentity).values({ personId: actor.personId, provider: identity.provider, subject: identity.subject });
  await recordAudit(db, actor, {
    action: "account.identityLinked",
    subjectType: "person",
    subjectId: actor.personId,
    details: { provider: identity.provider },
  });
}

/**
 * Signs in the person who owns this identity. A signed-in person who brings a new identity gets it
 * linked to their account; an unknown identity with nobody signed in must register first.
 */
export async function signInWithOidc(db: Db, actor: Actor, input: { identity: OidcIdentityInput; chosenLang?: Lang }): Promise<OidcSignInResult> {
  assertCan(actor, "oidc.signIn");
  const identity = parseInput(identitySchema, input.identity);
  return db.transaction(async (tx) => {
    const found = await findIdentity(tx, identity);
    if (!found) {
      if (actor.kind !== "person") return { kind: "unknown" };
      await link(tx, actor, identity);
      return { kind: "linked", personId: actor.personId };
    }
    const otherAccount = actor.kind === "person" && actor.personId !== found.personId;
    if (otherAccount || found.municipalityId !== actor.municipalityId) throw new ConflictError("_form", "oidc.error.linkedToOther");
    const sessionToken = await createSession(tx, found.personId, "oidc");
    const signedIn = await actorForPerson(tx, found.personId, actor.municipalityId);
    if (signedIn && input.chosenLang) await rememberLanguage(tx, signedIn, input.chosenLang);
    await recordAudit(tx, signedIn ?? actor, {
      action: "account.signedIn",
      subjectType: "person",
      subjectId: found.personId,
      details: { method: "oidc", provider: identity.provider, acr: identity.acr },
    });
    return { kind: "signedIn", personId: found.personId, sessionToken };
  });
}

/** Links an identity to the signed-in person's own account; refused when it already belongs to someone else. */
export async function linkOidcIdentity(db: Db, actor: Actor, input: { identity: OidcIdentityInput }): Promise<void> {
  assertCan(actor, "account.self");
  assertPerson(actor);
  const identity = parseInput(identitySchema, input.identity);
  await db.transaction(async (tx) => {
    const found = await findIdentity(tx, identity);
    if (found?.personId === actor.personId) return;
    if (found) throw new ConflictError("_form", "oidc.error.linkedToOther");
    await link(tx, actor, identity);
  });
}

const registrationSchema = z.object({
  name: visibleText(200),
  email: emailField,
  lang: z.enum(LANGUAGES),
});
export type OidcRegistrationInput = z.input<typeof registrationSchema> & { identity: OidcIdentityInput };

/** The fields the registration form asks for; the language comes from the page. */
export const oidcRegistrationForm = registrationSchema.pick({ name: true, email: true });

/**
 * Creates an account for someone the identity provider vouched for but who has none yet. The provider
 * proves who they are, not that they own the e-mail address: it stays unverified until they open the
 * link we send. An address that already has an account is refused, not linked: typing someone's
 * address must never give their account away; its owner signs in with their password and links.
 */
export async function completeOidcRegistration(
  db: Db,
  actor: Actor,
  input: OidcRegistrationInput,
): Promise<{ personId: string; sessionToken: string }> {
  assertCan(actor, "oidc.register");
  const identity = parseInput(identitySchema, input.identity);
  const details = parseInput(registrationSchema, input);
  // The answer says whether an address has an account, so one identity may not ask it of address after address.
  await enforceRateLimit(db, LIMITS.oidcRegistrationPerIdentity, `${identity.provider} ${identity.subject}`);
  return db.transaction(async (tx) => {
    if (await findIdentity(tx, identity)) throw new ConflictError("_form", "oidc.error.linkedToOther");
    const emailTaken = new ConflictError("email", "oidc.error.emailTaken");
    if (await findPersonByEmail(tx, details.email)) throw emailTaken;
    const [created] = await tx
      .insert(person)
      .values({ municipalityId: actor.municipalityId, email: details.email, name: details.name, language: details.lang })
      .onConflictDoNothing()
      .returning({ id: person.id });
    if (!created) throw emailTaken;
    const personId = created.id;
    await tx.insert(externalIdentity).values({ personId, provider: identity.provider, subject: identity.subject });
    const me = (await actorForPerson(tx, personId, actor.municipalityId))!;
    await mailLink(tx, { id: personId, municipalityId: actor.municipalityId, email: details.email, name: details.name }, "verify", details.lang);
    const sessionToken = await createSession(tx, personId, "oidc");
    await recordAudit(tx, me, {
      action: "account.created",
      subjectType: "person",
      subjectId: personId,
      details: { method: "oidc", provider: identity.provider, acr: identity.acr },
    });
    return { personId, sessionToken };
  });
}
