import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { apiToken, person } from "../../platform/auth/schema";
import { hashToken, newToken } from "../../platform/auth/tokens";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { NotFoundError, ValidationError } from "../../platform/errors";
import { assertCan, assertPerson } from "../../platform/permissions";
import { parseInput } from "../../platform/validation";
import { findOrganizationChoice, organizationNames } from "../organizations/choices";
import { organizationQuery, searchOrganizationChoices, type OrganizationSearch } from "./organizationSearch";

/** The prefix tells a leaked key apart from other secrets in logs and secret scanners. */
const TOKEN_PREFIX = "dugnad_";

export type ApiTokenView = {
  id: string;
  name: string;
  organizationId: string | null;
  organizationName: string | null;
  createdByName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const listApiTokensInput = z.object({ organizationQuery });

/**
 * Every API key of the municipality, newest first, and the organisations matching `organizationQuery`
 * that a new key can be limited to, never the whole register.
 */
export async function listApiTokens(
  db: Db,
  actor: Actor,
  input: z.input<typeof listApiTokensInput> = {},
): Promise<{ tokens: ApiTokenView[]; organizationSearch: OrganizationSearch }> {
  assertCan(actor, "apiTokens.manage");
  const { organizationQuery: q } = parseInput(listApiTokensInput, input);
  const [tokens, organizationSearch] = await Promise.all([tokensOf(db, actor.municipalityId), searchOrganizationChoices(db, actor.municipalityId, q)]);
  return { tokens, organizationSearch };
}

/** The keys with their organisations' names, read for just the organisations the keys are limited to. */
async function tokensOf(db: Db, municipalityId: string): Promise<ApiTokenView[]> {
  const rows = await db
    .select({
      id: apiToken.id,
      name: apiToken.name,
      organizationId: apiToken.organizationId,
      createdByName: person.name,
      createdAt: apiToken.createdAt,
      lastUsedAt: apiToken.lastUsedAt,
      revokedAt: apiToken.revokedAt,
    })
    .from(apiToken)
    .leftJoin(person, eq(person.id, apiToken.createdBy))
    .where(eq(apiToken.municipalityId, municipalityId))
    .orderBy(desc(apiToken.createdAt), desc(apiToken.id));
  const nameOf = await organizationNames(db, municipalityId, rows.map((r) => r.organizationId));
  return rows.map((r) => ({ ...r, organizationName: nameOf(r.organizationId) }));
}

export const createApiTokenForm = z.object({
  name: z.string().trim().min(1).max(100),
  organizationId: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.uuid().optional()),
});

/**
 * Creates a key for the whole municipality or for one organisation. The key itself is returned this once
 * and never stored: the database keeps only its hash, and the audit log only its name and scope.
 */
export async function createApiToken(db: Db, actor: Actor, input: z.input<typeof createApiTokenForm>): Promise<{ id: string; name: string; token: string }> {
  assertCan(actor, "apiTokens.manage");
  assertPerson(actor);
  const data = parseInput(createApiTokenForm, input);
  return db.transaction(async (tx) => {
    const organization = data.organizationId ? await findOrganizationChoice(tx, actor.municipalityId, data.organizationId) : undefined;
    if (data.organizationId && !organization) throw new ValidationError({ organizationId: [{ key: "validation.invalid" }] });
    const token = `${TOKEN_PREFIX}${newToken()}`;
    const [row] = await tx
      .insert(apiToken)
      .values({
        municipalityId: actor.municipalityId,
        organizationId: organization?.id ?? null,
        name: data.name,
        tokenHash: hashToken(token),
        createdBy: actor.personId,
      })
      .returning({ id: apiToken.id });
    await recordAudit(tx, actor, {
      action: "apiToken.created",
      subjectType: "api_token",
      subjectId: row!.id,
      details: { name: data.name, organizationId: organization?.id ?? null, organizationName: organization?.name ?? null },
    });
    return { id: row!.id, name: data.name, token };
  });
}

export const revokeApiTokenForm = z.object({ tokenId: z.uuid() });

/** Stops a key from working at once; the row stays so the list and the audit log still say who had it. */
export async function revokeApiToken(db: Db, actor: Actor, input: z.input<typeof revokeApiTokenForm>): Promise<void> {
  assertCan(actor, "apiTokens.manage");
  const { tokenId } = parseInput(revokeApiTokenForm, input);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiToken)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiToken.id, tokenId), eq(apiToken.municipalityId, actor.municipalityId), isNull(apiToken.revokedAt)))
      .returning({ id: apiToken.id, name: apiToken.name });
    if (!row) {
      const [existing] = await tx
        .select({ id: apiToken.id })
        .from(apiToken)
        .where(and(eq(apiToken.id, tokenId), eq(apiToken.municipalityId, actor.municipalityId)));
      if (existing) return;
      throw new NotFoundError("api token");
    }
    await recordAudit(tx, actor, { action: "apiToken.revoked", subjectType: "api_token", subjectId: row.id, details: { name: row.name } });
  });
}
