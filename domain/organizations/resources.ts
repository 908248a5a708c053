import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { norwegianOrder } from "../../platform/db/norwegian-order";
import { NotFoundError, ValidationError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { missingOrInvalid, parseInput, visibleText } from "../../platform/validation";
import { isUuid } from "../administration/paging";
import { findOrganization, type OrganizationRef } from "./find-organization";
import { competence, organizationResource, type LocalizedName, type ResourceKind } from "./schema";
import { checkboxField, countField, textField } from "./validation";
import { listCompetences, type Competence } from "./vocabulary";

const shared = { availability: textField(500), note: textField(1000) };

/**
 * One resource as the form or the API sends it; the kind decides which facts it has. A competence is
 * picked from the vocabulary and may be described more closely ("tolking arabisk–norsk"); a vehicle is
 * named by its type unless it has a name of its own.
 */
export const resourceInput = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("competence"), competenceId: z.uuid({ error: missingOrInvalid }), name: textField(200), ...shared }),
    z.object({
      kind: z.literal("equipment"),
      name: visibleText(200),
      quantity: countField,
      conditions: textField(1000),
      ...shared,
    }),
    z.object({
      kind: z.literal("premises"),
      name: visibleText(200),
      capacity: countField,
      accessibility: textField(1000),
      address: textField(300),
      ...shared,
    }),
    z.object({
      kind: z.literal("vehicle"),
      vehicleType: visibleText(100),
      name: textField(200),
      seats: countField,
      wheelchairAccessible: checkboxField,
      ...shared,
    }),
  ],
  // The union's issue holds the whole resource; its message is about the kind.
  { error: (issue) => missingOrInvalid({ input: (issue.input as { kind?: unknown } | null | undefined)?.kind }) },
);

export type ResourceInput = z.input<typeof resourceInput>;

export type Resource = {
  id: string;
  kind: ResourceKind;
  competenceId: string | null;
  competenceName: LocalizedName | null;
  name: string;
  quantity: number | null;
  capacity: number | null;
  seats: number | null;
  wheelchairAccessible: boolean | null;
  accessibility: string | null;
  address: string | null;
  vehicleType: string | null;
  conditions: string | null;
  availability: string | null;
  note: string | null;
};

const KIND_ORDER: Record<ResourceKind, number> = { competence: 0, equipment: 1, premises: 2, vehicle: 3 };

/** What an organisation offers, by kind and then name: public facts, shown to anyone in its municipality. */
export async function listResources(db: Db, actor: Actor, input: { organizationId: string }): Promise<Resource[]> {
  const found = await findOrganization(db, actor.municipalityId, input.organizationId);
  return resourcesOf(db, found.id);
}

/** One of the things an organisation offers, in the list's shape: public too, as the list is. */
export async function showResource(db: Db, actor: Actor, input: { organizationId: string; resourceId: string }): Promise<Resource> {
  const found = await findOrganization(db, actor.municipalityId, input.organizationId);
  if (!isUuid(input.resourceId)) throw new NotFoundError("resource");
  const [resource] = await resourcesOf(db, found.id, input.resourceId);
  if (!resource) throw new NotFoundError("resource");
  return resource;
}

/** The organisation's resources, or only the one with `resourceId`: the same shape wherever the API or a page shows them. */
export async function resourcesOf(db: Db, organizationId: string, resourceId?: string): Promise<Resource[]> {
  const rows = await db
    .select({
      id: organizationResource.id,
      kind: organizationResource.kind,
      competenceId: organizationResource.competenceId,
      competenceName: competence.name,
      name: organizationResource.name,
      quantity: organizationResource.quantity,
      capacity: organizationResource.capacity,
      seats: organizationResource.seats,
      wheelchairAccessible: organizationResource.wheelchairAccessible,
      accessibility: organizationResource.accessibility,
      address: organizationResource.address,
      vehicleType: organizationResource.vehicleType,
      conditions: organizationResource.conditions,
      availability: organizationResource.availability,
      note: organizationResource.note,
    })
    .from(organizationResource)
    .leftJoin(competence, eq(competence.id, organizationResource.competenceId))
    .where(and(eq(organizationResource.organizationId, organizationId), resourceId ? eq(organizationResource.id, resourceId) : undefined))
    .orderBy(asc(norwegianOrder(organizationResource.name)), asc(organizationResource.id));
  return rows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export type ResourcePage = { organization: OrganizationRef; resources: Resource[]; competences: Competence[] };

/** The resources page of an organisation, for the people who may change them. */
export async function getResourcePage(db: Db, actor: Actor, input: { organizationId: string }): Promise<ResourcePage> {
  assertCan(actor, "organization.update", { organizationId: input.organizationId });
  const found = await findOrganization(db, actor.municipalityId, input.organizationId);
  const [resources, competences] = await Promise.all([resourcesOf(db, found.id), listCompetences(db, actor.municipalityId)]);
  return { organization: found, resources, competences };
}

type Columns = Omit<typeof organizationResource.$inferInsert, "id" | "organizationId" | "createdAt" | "searchVector">;

/** Every column, so a changed kind leaves no facts of the old kind behind. */
async function columnsOf(db: Db, municipalityId: string, data: z.infer<typeof resourceInput>): Promise<Columns> {
  const empty = {
    competenceId: null,
    quantity: null,
    capacity: null,
    seats: null,
    wheelchairAccessible: null,
    accessibility: null,
    address: null,
    vehicleType: null,
    conditions: null,
    availability: data.availability ?? null,
    note: data.note ?? null,
  };
  switch (data.kind) {
    case "competence": {
      const chosen = (await listCompetences(db, municipalityId)).find((c) => c.id === data.competenceId);
      if (!chosen) throw new ValidationError({ competenceId: [{ key: "validation.invalid" }] });
      return { ...empty, kind: data.kind, competenceId: chosen.id, name: data.name ?? chosen.name.nb };
    }
    case "equipment":
      return { ...empty, kind: data.kind, name: data.name, quantity: data.quantity ?? null, conditions: data.conditions ?? null };
    case "premises":
      return {
        ...empty,
        kind: data.kind,
        name: data.name,
        capacity: data.capacity ?? null,
        accessibility: data.accessibility ?? null,
        address: data.address ?? null,
      };
    case "vehicle":
      return {
        ...empty,
        kind: data.kind,
        name: data.name ?? data.vehicleType,
        vehicleType: data.vehicleType,
        seats: data.seats ?? null,
        wheelchairAccessible: data.wheelchairAccessible,
      };
  }
}

/** Adds something the organisation can offer. */
export async function addResource(db: Db, actor: Actor, input: { organizationId: string; resource: unknown }): Promise<{ id: string }> {
  assertCan(actor, "organization.update", { organizationId: input.organizationId });
  const data = parseInput(resourceInput, input.resource);
  return db.transaction(async (tx) => {
    const found = await findOrganization(tx, actor.municipalityId, input.organizationId);
    const columns = await columnsOf(tx, actor.municipalityId, data);
    const [row] = await tx
      .insert(organizationResource)
      .values({ ...columns, organizationId: found.id })
      .returning({ id: organizationResource.id });
    await recordAudit(tx, actor, {
      action: "organization.resourceAdded",
      subjectType: "organization",
      subjectId: found.id,
      details: { resourceId: row!.id, kind: columns.kind, name: columns.name },
    });
    return { id: row!.id };
  });
}

async function findResource(db: Db, organizationId: string, resourceId: unknown) {
  if (!isUuid(resourceId)) throw new NotFoundError("resource");
  const [row] = await db
    .select()
    .from(organizationResource)
    .where(and(eq(organizationResource.id, resourceId), eq(organizationResource.organizationId, organizationId)));
  if (!row) throw new NotFoundError("resource");
  return row;
}

function changesBetween(before: Record<string, unknown>, after: Columns): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after)) {
    if ((before[field] ?? null) !== (value ?? null)) changes[field] = [before[field] ?? null, value ?? null];
  }
  return changes;
}

/** Changes a resource; the history shows each field's old and new value. */
export async function updateResource(
  db: Db,
  actor: Actor,
  input: { organizationId: string; resourceId: string; resource: unknown },
): Promise<void> {
  assertCan(actor, "organization.update", { organizationId: input.organizationId });
  const data = parseInput(resourceInput, input.resource);
  await db.transaction(async (tx) => {
    const found = await findOrganization(tx, actor.municipalityId, input.organizationId);
    const before = await findResource(tx, found.id, input.resourceId);
    const columns = await columnsOf(tx, actor.municipalityId, data);
    await tx.update(organizationResource).set(columns).where(eq(organizationResource.id, before.id));
    await recordAudit(tx, actor, {
      action: "organization.resourceChanged",
      subjectType: "organization",
      subjectId: found.id,
      details: { resourceId: before.id, name: columns.name, changes: changesBetween(before, columns) },
    });
  });
}

/** The resource as its edit form starts out. */
export async function getResource(db: Db, actor: Actor, input: { organizationId: string; resourceId: string }): Promise<Resource> {
  assertCan(actor, "organization.update", { organizationId: input.organizationId });
  return showResource(db, actor, input);
}

export async function removeResource(db: Db, actor: Actor, input: { organizationId: string; resourceId: string }): Promise<void> {
  assertCan(actor, "organization.update", { organizationId: input.organizationId });
  await db.transaction(async (tx) => {
    const found = await findOrganization(tx, actor.municipalityId, input.organizationId);
    const before = await findResource(tx, found.id, input.resourceId);
    await tx.delete(organizationResource).where(eq(organizationResource.id, before.id));
    await recordAudit(tx, actor, {
      action: "organization.resourceRemoved",
      subjectType: "organization",
      subjectId: found.id,
      details: { resourceId: before.id, kind: before.kind, name: before.name },
    });
  });
}
