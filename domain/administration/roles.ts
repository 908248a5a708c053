import { and, asc, eq, exists, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { person } from "../../platform/auth/schema";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { norwegianOrder } from "../../platform/db/norwegian-order";
import { ConflictError, NotFoundError, ValidationError } from "../../platform/errors";
import { assertCan, assertPerson } from "../../platform/permissions";
import { ROLES, roleGrant, type Role } from "../../platform/permissions/schema";
import { missingOrInvalid, parseInput } from "../../platform/validation";
import { findOrganizationChoice, organizationNames } from "../organizations/choices";
import { organizationQuery, searchOrganizationChoices, type OrganizationSearch } from "./organizationSearch";
import { containsPattern, isUuid, pageField, readPage, searchText, type Paged } from "./paging";

export const ORGANIZATION_ROLES: readonly Role[] = ["org_admin", "org_member"];

export function isOrganizationRole(role: Role): boolean {
  return ORGANIZATION_ROLES.includes(role);
}

export type RoleHeld = {
  grantId: string;
  role: Role;
  organizationId: string | null;
  organizationName: string | null;
  createdAt: Date;
};

export type PersonSummary = { id: string; name: string; email: string; roles: RoleHeld[] };

/** People registered in the municipality, and people from elsewhere who hold a role in it. */
function belongsTo(db: Db, municipalityId: string): SQL {
  const holdsRoleHere = db
    .select({ one: sql`1` })
    .from(roleGrant)
    .where(and(eq(roleGrant.personId, person.id), eq(roleGrant.municipalityId, municipalityId)));
  return or(eq(person.municipalityId, municipalityId), exists(holdsRoleHere))!;
}

async function rolesOf(db: Db, municipalityId: string, personIds: string[]): Promise<Map<string, RoleHeld[]>> {
  const result = new Map<string, RoleHeld[]>(personIds.map((id) => [id, []]));
  if (!personIds.length) return result;
  const grants = await db
    .select()
    .from(roleGrant)
    .where(and(eq(roleGrant.municipalityId, municipalityId), inArray(roleGrant.personId, personIds)))
    .orderBy(asc(roleGrant.createdAt), asc(roleGrant.id));
  const nameOf = await organizationNames(db, municipalityId, grants.map((g) => g.organizationId));
  for (const g of grants) {
    result.get(g.personId)!.push({
      grantId: g.id,
      role: g.role,
      organizationId: g.organizationId,
      organizationName: nameOf(g.organizationId),
      createdAt: g.createdAt,
    });
  }
  return result;
}

const searchPeopleInput = z.object({ q: searchText, page: pageField });

/** Finds people by part of their name or e-mail address, 25 to a page, with the roles each holds. */
export async function searchPeople(db: Db, actor: Actor, input: z.input<typeof searchPeopleInput>): Promise<Paged<PersonSummary> & { q: string }> {
  assertCan(actor, "people.search");
  const { q, page } = parseInput(searchPeopleInput, input);
  const pattern = containsPattern(q);
  const where = and(belongsTo(db, actor.municipalityId), q ? or(ilike(person.name, pattern), ilike(person.email, pattern)) : undefined);
  const found = await readPage(db, person, where, page, (limit, offset) =>
    db
      .select({ id: person.id, name: person.name, email: person.email })
      .from(person)
      .where(where)
      .orderBy(asc(norwegianOrder(person.name)), asc(person.id))
      .limit(limit)
      .offset(offset),
  );
  const roles = await rolesOf(db, actor.municipalityId, found.items.map((r) => r.id));
  return { ...found, items: found.items.map((r) => ({ ...r, roles: roles.get(r.id)! })), q };
}

export type PersonWithRoles = {
  person: { id: string; name: string; email: string; createdAt: Date; lastSignInAt: Date | null };
  roles: RoleHeld[];
  organizationSearch: OrganizationSearch;
  roleChoices: readonly Role[];
  isSelf: boolean;
};

async function findPerson(db: Db, municipalityId: string, personId: string) {
  if (!isUuid(personId)) throw new NotFoundError("person");
  const [row] = await db
    .select({ id: person.id, name: person.name, email: person.email, createdAt: person.createdAt, lastSignInAt: person.lastSignInAt })
    .from(person)
    .where(and(eq(person.id, personId), belongsTo(db, municipalityId)));
  if (!row) throw new NotFoundError("person");
  return row;
}

const personWithRolesInput = z.object({ personId: z.string(), organizationQuery });

/**
 * One person with their roles, and what the grant form offers: the roles, and the organisations matching
 * `organizationQuery` (a name or an organisasjonsnummer), never the whole register.
 */
export async function getPersonWithRoles(db: Db, actor: Actor, input: z.input<typeof personWithRolesInput>): Promise<PersonWithRoles> {
  assertCan(actor, "roles.manage");
  assertPerson(actor);
  const { personId, organizationQuery: q } = parseInput(personWithRolesInput, input);
  const found = await findPerson(db, actor.municipalityId, personId);
  const [roles, organizationSearch] = await Promise.all([rolesOf(db, actor.municipalityId, [found.id]), searchOrganizationChoices(db, actor.municipalityId, q)]);
  return { person: found, roles: roles.get(found.id)!, organizationSearch, roleChoices: ROLES, isSelf: found.id === actor.personId };
}

const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(z.uuid().optional());

const grantRoleFields = z.object({
  role: z.enum(ROLES, { error: missingOrInvalid }),
  organizationId: optionalId,
});

/** Organisation roles are held in one organisation; the municipal roles in none. */
function scopeMatchesRole(value: { role: Role; organizationId?: string }, ctx: z.RefinementCtx): void {
  if (isOrganizationRole(value.role) && !value.organizationId) {
    ctx.addIssue({ code: "custom", path: ["organizationId"], message: "validation.roleNeedsOrganization" });
  }
  if (!isOrganizationRole(value.role) && value.organizationId) {
    ctx.addIssue({ code: "custom", path: ["organizationId"], message: "validation.roleTakesNoOrganization" });
  }
}

/** The grant form as the page posts it; the person comes from the address. */
export const grantRoleForm = grantRoleFields.superRefine(scopeMatchesRole);
const grantRoleInput = grantRoleFields.extend({ personId: z.string() }).superRefine(scopeMatchesRole);

export async function grantRole(db: Db, actor: Actor, input: z.input<typeof grantRoleInput>): Promise<{ grantId: string }> {
  assertCan(actor, "roles.manage");
  assertPerson(actor);
  const data = parseInput(grantRoleInput, input);
  return db.transaction(async (tx) => {
    const target = await findPerson(tx, actor.municipalityId, data.personId);
    const organization = data.organizationId ? await findOrganizationChoice(tx, actor.municipalityId, data.organizationId) : undefined;
    if (data.organizationId && !organization) throw new ValidationError({ organizationId: [{ key: "validation.invalid" }] });
    const [row] = await tx
      .insert(roleGrant)
      .values({
        personId: target.id,
        municipalityId: actor.municipalityId,
        role: data.role,
        organizationId: organization?.id ?? null,
        grantedBy: actor.personId,
      })
      .onConflictDoNothing()
      .returning({ id: roleGrant.id });
    if (!row) throw new ConflictError("role", "validation.roleAlreadyHeld");
    await recordAudit(tx, actor, {
      action: "role.granted",
      subjectType: "person",
      subjectId: target.id,
      details: { role: data.role, organizationId: organization?.id ?? null, organizationName: organization?.name ?? null },
    });
    return { grantId: row.id };
  });
}

export const revokeRoleForm = z.object({ grantId: z.uuid() });

/**
 * Removes one role. The municipality's last admin role cannot go: nobody would be left to give it back.
 * The admin grants are locked first, so two admins removing each other at once cannot both succeed.
 */
export async function revokeRole(db: Db, actor: Actor, input: z.input<typeof revokeRoleForm>): Promise<{ personId: string; role: Role }> {
  assertCan(actor, "roles.manage");
  assertPerson(actor);
  const { grantId } = parseInput(revokeRoleForm, input);
  return db.transaction(async (tx) => {
    const [grant] = await tx
      .select()
      .from(roleGrant)
      .where(and(eq(roleGrant.id, grantId), eq(roleGrant.municipalityId, actor.municipalityId)));
    if (!grant) throw new NotFoundError("role");
    if (grant.role === "admin") await assertNotLastAdmin(tx, actor.municipalityId);
    await tx.delete(roleGrant).where(eq(roleGrant.id, grant.id));
    const organization = grant.organizationId ? await findOrganizationChoice(tx, actor.municipalityId, grant.organizationId) : undefined;
    await recordAudit(tx, actor, {
      action: "role.revoked",
      subjectType: "person",
      subjectId: grant.personId,
      details: { role: grant.role, organizationId: grant.organizationId, organizationName: organization?.name ?? null },
    });
    return { personId: grant.personId, role: grant.role };
  });
}

async function assertNotLastAdmin(db: Db, municipalityId: string): Promise<void> {
  const admins = await db
    .select({ id: roleGrant.id })
    .from(roleGrant)
    .where(and(eq(roleGrant.municipalityId, municipalityId), eq(roleGrant.role, "admin"), isNull(roleGrant.organizationId)))
    .for("update");
  if (admins.length <= 1) throw new ConflictError("_form", "validation.lastAdmin");
}
