import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Actor } from "../../../platform/auth/actor";
import { actorLabel } from "../../../platform/audit";
import { auditEvent } from "../../../platform/audit/schema";
import type { Db } from "../../../platform/db/client";
import { icnpoCategory, organization, organizationCategory } from "../schema";
import type { ImportedFields, ImportedUnit } from "./enhet";
import { breathe } from "./source";

export type WriteCounts = { new: number; updated: number; unchanged: number };
/** A category code from Frivillighetsregisteret that `icnpo_category` does not have, and how many organisations had it. */
export type UnknownCategory = { code: string; organizations: number };
type Changes = Record<string, [unknown, unknown]>;
type Existing = Pick<typeof organization.$inferSelect, "id" | "organizationNumber" | "source" | "ownFields"> & ImportedFields;

const FIELDS = ["name", "organizationForm", "website", "email", "phone", "streetAddress", "postalCode", "postalTown", "foundedOn", "description", "inFrivillighetsregisteret"] as const;
const CATEGORIES = "categoryCodes";
const BATCH = 500;
const columns = getTableColumns(organization);

/** The codes the units carry that the category list does not know, which the import leaves out. */
function unknownCategories(units: ImportedUnit[], known: Set<string>): UnknownCategory[] {
  const unknown = new Map<string, number>();
  for (const code of units.flatMap((u) => u.categoryCodes ?? [])) if (!known.has(code)) unknown.set(code, (unknown.get(code) ?? 0) + 1);
  return [...unknown].map(([code, organizations]) => ({ code, organizations })).sort((a, b) => a.code.localeCompare(b.code, "nb", { numeric: true }));
}

/**
 * Creates or updates the units by organisasjonsnummer, a batch per transaction with its audit entries. A field
 * the organisation or the coordinator edited (listed in `ownFields`) is never overwritten; on an organisation
 * that registered itself, the import only fills in what is empty. Nothing is written for an unchanged unit.
 * Category codes the list does not know are left out, and returned so the coordinator hears of them.
 */
export async function writeUnits(
  db: Db,
  actor: Actor,
  units: ImportedUnit[],
  onBatch: (done: number) => Promise<void>,
): Promise<{ counts: WriteCounts; unknownCategories: UnknownCategory[] }> {
  const counts: WriteCounts = { new: 0, updated: 0, unchanged: 0 };
  const known = new Set((await db.select({ code: icnpoCategory.code }).from(icnpoCategory)).map((c) => c.code));
  for (let start = 0; start < units.length; start += BATCH) {
    const batch = units.slice(start, start + BATCH).map((u) => (u.categoryCodes ? { ...u, categoryCodes: u.categoryCodes.filter((c) => known.has(c)) } : u));
    const result = await db.transaction((tx) => writeBatch(tx as unknown as Db, actor, batch));
    counts.new += result.new;
    counts.updated += result.updated;
    counts.unchanged += result.unchanged;
    await onBatch(Math.min(start + BATCH, units.length));
    await breathe();
  }
  return { counts, unknownCategories: unknownCategories(units, known) };
}

async function writeBatch(db: Db, actor: Actor, units: ImportedUnit[]): Promise<WriteCounts> {
  const existing = await loadExisting(db, actor.municipalityId, units);
  const existingCategories = await loadCategories(db, [...existing.values()].map((e) => e.id));
  const rows: (typeof organization.$inferInsert)[] = [];
  const audits: { organizationNumber: string; created: boolean; changes: Changes }[] = [];
  const categoryUpdates = new Map<string, string[]>();
  let unchanged = 0;
  for (const unit of units) {
    const current = existing.get(unit.organizationNumber);
    const changes = current ? fieldChanges(current, unit.fields) : createdChanges(unit.fields);
    const oldCategories = current ? (existingCategories.get(current.id) ?? []) : [];
    if (unit.categoryCodes && mayReplaceCategories(current, oldCategories) && !sameList(oldCategories, unit.categoryCodes)) {
      changes[CATEGORIES] = [current ? oldCategories : null, unit.categoryCodes];
      categoryUpdates.set(unit.organizationNumber, unit.categoryCodes);
    }
    if (Object.keys(changes).length === 0) {
      unchanged++;
      continue;
    }
    const merged = Object.fromEntries(FIELDS.map((f) => [f, f in changes ? unit.fields[f] : (current ?? unit.fields)[f]])) as ImportedFields;
    rows.push({ ...merged, municipalityId: actor.municipalityId, organizationNumber: unit.organizationNumber, source: "imported" });
    audits.push({ organizationNumber: unit.organizationNumber, created: !current, changes });
  }
  if (rows.length === 0) return { new: 0, updated: 0, unchanged };
  const written = await upsert(db, rows);
  await replaceCategories(db, written, categoryUpdates);
  await db.insert(auditEvent).values(
    audits.map((a) => ({
      municipalityId: actor.municipalityId,
      actorId: actor.kind === "person" ? actor.personId : null,
      actorLabel: actorLabel(actor),
      action: a.created ? "organization.imported" : "organization.importUpdated",
      subjectType: "organization",
      subjectId: written.get(a.organizationNumber)!,
      details: { source: "enhetsregisteret", changes: a.changes },
    })),
  );
  const created = audits.filter((a) => a.created).length;
  return { new: created, updated: audits.length - created, unchanged };
}

async function loadExisting(db: Db, municipalityId: string, units: ImportedUnit[]): Promise<Map<string, Existing>> {
  const rows = await db
    .select({
      id: organization.id,
      organizationNumber: organization.organizationNumber,
      source: organization.source,
      ownFields: organization.ownFields,
      ...Object.fromEntries(FIELDS.map((f) => [f, columns[f]])),
    })
    .from(organization)
    .where(and(eq(organization.municipalityId, municipalityId), inArray(organization.organizationNumber, units.map((u) => u.organizationNumber))));
  return new Map((rows as unknown as Existing[]).map((r) => [r.organizationNumber!, r]));
}

async function loadCategories(db: Db, organizationIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (organizationIds.length === 0) return result;
  const rows = await db
    .select()
    .from(organizationCategory)
    .where(inArray(organizationCategory.organizationId, organizationIds))
    .orderBy(organizationCategory.categoryCode);
  for (const row of rows) result.set(row.organizationId, [...(result.get(row.organizationId) ?? []), row.categoryCode]);
  return result;
}

/** Nothing there yet: a text the profile keeps as empty, not null, counts as a gap too. */
const isEmpty = (value: unknown) => value === null || value === "";

/** An organisation that registered itself keeps whatever it filled in; the register may only fill the gaps. */
function mayOverwrite(current: Existing, field: (typeof FIELDS)[number]): boolean {
  if (current.ownFields.includes(field)) return false;
  if (current.source === "registered" && field !== "inFrivillighetsregisteret") return isEmpty(current[field]);
  return true;
}

function mayReplaceCategories(current: Existing | undefined, old: string[]): boolean {
  if (!current) return true;
  if (current.ownFields.includes(CATEGORIES)) return false;
  return current.source === "imported" || old.length === 0;
}

function fieldChanges(current: Existing, fields: ImportedFields): Changes {
  const changes: Changes = {};
  for (const field of FIELDS) {
    if (mayOverwrite(current, field) && current[field] !== fields[field]) changes[field] = [current[field], fields[field]];
  }
  return changes;
}

function createdChanges(fields: ImportedFields): Changes {
  const changes: Changes = {};
  for (const field of FIELDS) if (!isEmpty(fields[field])) changes[field] = [null, fields[field]];
  return changes;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** One statement for the batch: new units are inserted, known ones get the merged values. */
async function upsert(db: Db, rows: (typeof organization.$inferInsert)[]): Promise<Map<string, string>> {
  const set = Object.fromEntries(FIELDS.map((f) => [f, sql.raw(`excluded."${columns[f].name}"`)]));
  const written = await db
    .insert(organization)
    .values(rows)
    .onConflictDoUpdate({ target: [organization.municipalityId, organization.organizationNumber], set: { ...set, updatedAt: sql`now()` } })
    .returning({ id: organization.id, organizationNumber: organization.organizationNumber });
  return new Map(written.map((w) => [w.organizationNumber!, w.id]));
}

async function replaceCategories(db: Db, written: Map<string, string>, updates: Map<string, string[]>): Promise<void> {
  if (updates.size === 0) return;
  const ids = [...updates.keys()].map((n) => written.get(n)!);
  await db.delete(organizationCategory).where(inArray(organizationCategory.organizationId, ids));
  const links = [...updates].flatMap(([number, codes]) => codes.map((categoryCode) => ({ organizationId: written.get(number)!, categoryCode })));
  if (links.length > 0) await db.insert(organizationCategory).values(links);
}
