import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor, TokenActor } from "../../platform/auth/actor";
import { apiToken, person } from "../../platform/auth/schema";
import type { Db } from "../../platform/db/client";
import { NotFoundError } from "../../platform/errors";
import { assertPerson } from "../../platform/permissions";
import { ROLES } from "../../platform/permissions/schema";
import { organizationNames } from "../organizations/choices";

const organizationScope = {
  organizationId: z.uuid().nullable().describe("null for a municipal role or a key for the whole municipality."),
  organizationName: z.string().nullable(),
};

export const roleSchema = z.object({ role: z.enum(ROLES), ...organizationScope }).meta({ id: "RoleGrant" });

export const personMeSchema = z
  .object({
    kind: z.literal("person"),
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    language: z.string().nullable().describe("The language the person chose, or null for the municipality's."),
    roles: z.array(roleSchema),
  })
  .meta({ id: "PersonMe", description: "The signed-in person and the roles they hold in this municipality." });

export const tokenMeSchema = z
  .object({
    kind: z.literal("token"),
    id: z.uuid(),
    name: z.string(),
    scope: z.object({ municipalityId: z.uuid(), ...organizationScope }),
  })
  .meta({ id: "TokenMe", description: "The API key in use and what it may act for." });

export const meSchema = z.discriminatedUnion("kind", [personMeSchema, tokenMeSchema]).meta({ id: "Me" });

export type PersonMe = z.input<typeof personMeSchema>;
export type Me = z.input<typeof meSchema>;

async function describeToken(db: Db, actor: TokenActor): Promise<Me> {
  const [row] = await db.select({ name: apiToken.name }).from(apiToken).where(eq(apiToken.id, actor.tokenId));
  if (!row) throw new NotFoundError("api token");
  const nameOf = await organizationNames(db, actor.municipalityId, [actor.organizationId]);
  return {
    kind: "token",
    id: actor.tokenId,
    name: row.name,
    scope: {
      municipalityId: actor.municipalityId,
      organizationId: actor.organizationId,
      organizationName: nameOf(actor.organizationId),
    },
  };
}

/** Who is calling: the signed-in person with their roles, or the API key with its scope. */
export async function describeMe(db: Db, actor: Actor): Promise<Me> {
  if (actor.kind === "token") return describeToken(db, actor);
  return describePerson(db, actor);
}

export async function describePerson(db: Db, actor: Actor): Promise<PersonMe> {
  assertPerson(actor);
  const [row] = await db
    .select({ id: person.id, name: person.name, email: person.email, language: person.language })
    .from(person)
    .where(eq(person.id, actor.personId));
  if (!row) throw new NotFoundError("person");
  const nameOf = await organizationNames(db, actor.municipalityId, actor.grants.map((grant) => grant.organizationId));
  const roles = actor.grants.map((grant) => ({
    role: grant.role,
    organizationId: grant.organizationId,
    organizationName: nameOf(grant.organizationId),
  }));
  return { kind: "person", ...row, roles };
}
