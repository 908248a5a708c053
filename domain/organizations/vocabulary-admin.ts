import { and, asc, count, countDistinct, eq, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { ConflictError, NotFoundError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { missingOrInvalid, parseInput, visibleText } from "../../platform/validation";
import { isUuid } from "../administration/paging";
import { textField } from "./validation";
import {
  competence,
  district,
  organizationDistrict,
  organizationResource,
  organizationTargetGroup,
  targetGroup,
  type LocalizedName,
} from "./schema";

/** The three lists the coordinator keeps: districts served, target groups reached, competences offered. */
export const VOCABULARY_LISTS = ["district", "targetGroup", "competence"] as const;
export type VocabularyList = (typeof VOCABULARY_LISTS)[number];

export type VocabularyTerm = { id: string; name: LocalizedName; builtIn: boolean; inUse: number };
export type Vocabulary = Record<VocabularyList, VocabularyTerm[]>;

/** Districts are place names, the same in every language. */
function sameInEveryLanguage(name: string): LocalizedName {
  return { nb: name, nn: name, en: name };
}

const byName = (a: VocabularyTerm, b: VocabularyTerm) => a.name.nb.localeCompare(b.name.nb, "nb");

async function districtsOf(db: Db, municipalityId: string): Promise<VocabularyTerm[]> {
  const rows = await db
    .select({ id: district.id, name: district.name, inUse: count(organizationDistrict.organizationId) })
    .from(district)
    .leftJoin(organizationDistrict, eq(organizationDistrict.districtId, district.id))
    .where(eq(district.municipalityId, municipalityId))
    .groupBy(district.id)
    .orderBy(asc(district.position), asc(district.name));
  return rows.map((r) => ({ id: r.id, name: sameInEveryLanguage(r.name), builtIn: false, inUse: r.inUse }));
}

async function targetGroupsOf(db: Db, municipalityId: string): Promise<VocabularyTerm[]> {
  const rows = await db
    .select({
      id: targetGroup.id,
      name: targetGroup.name,
      municipalityId: targetGroup.municipalityId,
      position: targetGroup.position,
      inUse: count(organizationTargetGroup.organizationId),
    })
    .from(targetGroup)
    .leftJoin(organizationTargetGroup, eq(organizationTargetGroup.targetGroupId, targetGroup.id))
    .where(or(isNull(targetGroup.municipalityId), eq(targetGroup.municipalityId, municipalityId)))
    .groupBy(targetGroup.id)
    .orderBy(asc(targetGroup.position));
  return rows.map((r) => ({ id: r.id, name: r.name, builtIn: r.municipalityId === null, inUse: r.inUse }));
}

async function competencesOf(db: Db, municipalityId: string): Promise<VocabularyTerm[]> {
  const rows = await db
    .select({
      id: competence.id,
      name: competence.name,
      municipalityId: competence.municipalityId,
      inUse: countDistinct(organizationResource.organizationId),
    })
    .from(competence)
    .leftJoin(organizationResource, eq(organizationResource.competenceId, competence.id))
    .where(or(isNull(competence.municipalityId), eq(competence.municipalityId, municipalityId)))
    .groupBy(competence.id);
  return rows.map((r) => ({ id: r.id, name: r.name, builtIn: r.municipalityId === null, inUse: r.inUse })).sort(byName);
}

/** Every term of the three lists with how many organisations use it, for the coordinator's vocabulary page. */
export async function getVocabulary(db: Db, actor: Actor): Promise<Vocabulary> {
  assertCan(actor, "sector.coordinate");
  const [districts, targetGroups, competences] = await Promise.all([
    districtsOf(db, actor.municipalityId),
    targetGroupsOf(db, actor.municipalityId),
    competencesOf(db, actor.municipalityId),
  ]);
  return { district: districts, targetGroup: targetGroups, competence: competences };
}

const TERMS_OF: Record<VocabularyList, (db: Db, municipalityId: string) => Promise<VocabularyTerm[]>> = {
  district: districtsOf,
  targetGroup: targetGroupsOf,
  competence: competencesOf,
};

export const addTermForm = z.object({
  list: z.enum(VOCABULARY_LISTS),
  nb: visibleText(100),
  nn: textField(100),
  en: textField(100),
});

/** A stable code for a term of the municipality's own, made from its bokmål name. */
function codeFor(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `local-${ascii || "term"}`;
}

function namesOf(data: z.infer<typeof addTermForm>): LocalizedName {
  return data.list === "district" ? sameInEveryLanguage(data.nb) : { nb: data.nb, nn: data.nn ?? data.nb, en: data.en ?? data.nb };
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("nb") === b.toLocaleLowerCase("nb");
}

/**
 * Adds a district, target group or competence of the municipality's own. A name the list already has, in
 * any letter case, is refused at the field. Nynorsk and English fall back to the bokmål name.
 */
export async function addVocabularyTerm(db: Db, actor: Actor, input: z.input<typeof addTermForm>): Promise<{ id: string }> {
  assertCan(actor, "sector.coordinate");
  const data = parseInput(addTermForm, input);
  const name = namesOf(data);
  return db.transaction(async (tx) => {
    const existing = await TERMS_OF[data.list](tx, actor.municipalityId);
    const clash = existing.find((t) => sameName(t.name.nb, name.nb));
    if (clash) throw new ConflictError("nb", "orgResources.vocabulary.exists", { name: clash.name.nb });
    const id = await insertTerm(tx, actor.municipalityId, data.list, name, existing.length);
    await recordAudit(tx, actor, { action: "vocabulary.termAdded", subjectType: data.list, subjectId: id, details: { name } });
    return { id };
  });
}

async function insertTerm(db: Db, municipalityId: string, list: VocabularyList, name: LocalizedName, position: number): Promise<string> {
  if (list === "district") {
    const [row] = await db.insert(district).values({ municipalityId, name: name.nb, position }).returning({ id: district.id });
    return row!.id;
  }
  const table = list === "targetGroup" ? targetGroup : competence;
  const code = await freeCode(db, table, municipalityId, codeFor(name.nb), position);
  const [row] = await db
    .insert(table)
    .values({ municipalityId, code, name, ...(list === "targetGroup" ? { position: 1000 + position } : {}) })
    .returning({ id: table.id });
  return row!.id;
}

/**
 * The first code from `base-start` on that the municipality's list does not have. The list's length alone
 * repeats after a delete, and names that differ only in punctuation share a base.
 */
async function freeCode(db: Db, table: typeof targetGroup | typeof competence, municipalityId: string, base: string, start: number): Promise<string> {
  const rows = await db.select({ code: table.code }).from(table).where(eq(table.municipalityId, municipalityId));
  const taken = new Set(rows.map((r) => r.code));
  let suffix = start;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}

export const renameTermForm = addTermForm.extend({ id: z.uuid({ error: missingOrInvalid }) });

/** Corrects the names of a term of the municipality's own; organisations that use it keep it under the new name. */
export async function renameVocabularyTerm(db: Db, actor: Actor, input: z.input<typeof renameTermForm>): Promise<void> {
  assertCan(actor, "sector.coordinate");
  if (!isUuid(input.id)) throw new NotFoundError("term");
  const data = parseInput(renameTermForm, input);
  const name = namesOf(data);
  await db.transaction(async (tx) => {
    if (!(await lockTerm(tx, data.list, data.id, actor.municipalityId))) throw new NotFoundError("term");
    const terms = await TERMS_OF[data.list](tx, actor.municipalityId);
    const term = terms.find((t) => t.id === data.id)!;
    if (term.builtIn) throw new ConflictError("_form", "orgResources.vocabulary.builtInRename", { name: term.name.nb });
    const clash = terms.find((t) => t.id !== term.id && sameName(t.name.nb, name.nb));
    if (clash) throw new ConflictError("nb", "orgResources.vocabulary.exists", { name: clash.name.nb });
    if (data.list === "district") await tx.update(district).set({ name: name.nb }).where(eq(district.id, term.id));
    if (data.list === "targetGroup") await tx.update(targetGroup).set({ name }).where(eq(targetGroup.id, term.id));
    if (data.list === "competence") await tx.update(competence).set({ name }).where(eq(competence.id, term.id));
    const changes = Object.fromEntries(
      (["nb", "nn", "en"] as const).filter((lang) => term.name[lang] !== name[lang]).map((lang) => [lang, [term.name[lang], name[lang]]]),
    );
    await recordAudit(tx, actor, { action: "vocabulary.termRenamed", subjectType: data.list, subjectId: term.id, details: { changes } });
  });
}

export const removeTermForm = z.object({ list: z.enum(VOCABULARY_LISTS), id: z.uuid({ error: missingOrInvalid }) });

/**
 * Removes a term of the municipality's own. Built-in terms stay, and a term organisations use stays
 * too: removing it would quietly change their profiles. The term is locked first, so nobody can start
 * using it while it goes.
 */
export async function removeVocabularyTerm(db: Db, actor: Actor, input: z.input<typeof removeTermForm>): Promise<void> {
  assertCan(actor, "sector.coordinate");
  if (!isUuid(input.id)) throw new NotFoundError("term");
  const { list, id } = parseInput(removeTermForm, input);
  await db.transaction(async (tx) => {
    const locked = await lockTerm(tx, list, id, actor.municipalityId);
    if (!locked) throw new NotFoundError("term");
    const term = (await TERMS_OF[list](tx, actor.municipalityId)).find((t) => t.id === id)!;
    if (term.builtIn) throw new ConflictError("_form", "orgResources.vocabulary.builtIn", { name: term.name.nb });
    if (term.inUse > 0) throw new ConflictError("_form", "orgResources.vocabulary.inUse", { name: term.name.nb, count: String(term.inUse) });
    if (list === "district") await tx.delete(district).where(eq(district.id, id));
    if (list === "targetGroup") await tx.delete(targetGroup).where(eq(targetGroup.id, id));
    if (list === "competence") await tx.delete(competence).where(eq(competence.id, id));
    await recordAudit(tx, actor, { action: "vocabulary.termRemoved", subjectType: list, subjectId: id, details: { name: term.name } });
  });
}

async function lockTerm(db: Db, list: VocabularyList, id: string, municipalityId: string): Promise<boolean> {
  if (list === "district") {
    const rows = await db.select({ id: district.id }).from(district).where(and(eq(district.id, id), eq(district.municipalityId, municipalityId))).for("update");
    return rows.length > 0;
  }
  const table = list === "targetGroup" ? targetGroup : competence;
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, id), sql`coalesce(${table.municipalityId}, ${municipalityId}) = ${municipalityId}`))
    .for("update");
  return rows.length > 0;
}
