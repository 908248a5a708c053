import type { Actor, PersonActor } from "../auth/actor";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import type { Role } from "./schema";

export type Scope = { organizationId?: string; personId?: string };

type Rule = (actor: Actor, scope: Scope) => boolean;

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === "person" && actor.grants.some((g) => g.role === role && g.organizationId === null);
}

export function hasOrgRole(actor: Actor, roles: Role[], organizationId: string | undefined): boolean {
  if (!organizationId || actor.kind !== "person") return false;
  return actor.grants.some((g) => roles.includes(g.role) && g.organizationId === organizationId);
}

const signedIn: Rule = (a) => a.kind === "person";
const admin: Rule = (a) => hasRole(a, "admin");
const municipal = (...roles: Role[]): Rule => (a) => hasRole(a, "admin") || roles.some((r) => hasRole(a, r));
const tokenFor: Rule = (a, s) =>
  a.kind === "token" && (a.organizationId === null || a.organizationId === s.organizationId);

/**
 * Every permission a use case may ask for, and who holds it. Admins are the municipality's system owners
 * and hold every municipal permission; organisation permissions also go to the organisation's own people.
 */
const rules = {
  "account.self": (a, s) => a.kind === "person" && (!s.personId || s.personId === a.personId),
  // Signing in with an identity provider is for people at a browser, never for API tokens.
  "oidc.signIn": (a) => a.kind !== "token",
  "oidc.register": (a) => a.kind === "anonymous",
  "roles.manage": admin,
  "people.search": admin,
  "audit.read": admin,
  "outbox.read": admin,
  "apiTokens.manage": admin,
  "organization.create": signedIn,
  // Accepting an invitation or asking to take over an organisation: a person, never an API token.
  "organization.join": signedIn,
  "organization.update": (a, s) =>
    municipal("coordinator")(a, s) || hasOrgRole(a, ["org_admin"], s.organizationId) || tokenFor(a, s),
  "organization.manageMembers": (a, s) =>
    municipal("coordinator")(a, s) || hasOrgRole(a, ["org_admin"], s.organizationId),
  // Only for oneself: nobody leaves on someone else's behalf, and an API token belongs to no one.
  "organization.leave": (a, s) => hasOrgRole(a, ["org_admin", "org_member"], s.organizationId),
  "organization.viewHistory": (a, s) => municipal("coordinator")(a, s) || hasOrgRole(a, ["org_admin"], s.organizationId),
  // Integrations with a key for the municipality or for the organisation itself read its contact persons too.
  "organization.viewContacts": (a, s) =>
    municipal("coordinator", "staff")(a, s) || hasOrgRole(a, ["org_admin", "org_member"], s.organizationId) || tokenFor(a, s),
  "sector.coordinate": municipal("coordinator"),
  "organizations.import": municipal("coordinator"),
  "cases.handle": municipal("coordinator", "staff"),
} satisfies Record<string, Rule>;

export type Permission = keyof typeof rules;

export function can(actor: Actor, permission: Permission, scope: Scope = {}): boolean {
  if (actor.kind === "system") return actor.permissions.includes(permission);
  return rules[permission](actor, scope);
}

/** Throws unless the actor holds the permission; anonymous actors are told to sign in instead. */
export function assertCan(actor: Actor, permission: Permission, scope: Scope = {}): void {
  if (can(actor, permission, scope)) return;
  if (actor.kind === "anonymous") throw new UnauthenticatedError();
  throw new ForbiddenError(permission);
}

export function assertPerson(actor: Actor): asserts actor is PersonActor {
  if (actor.kind !== "person") throw new UnauthenticatedError();
}
