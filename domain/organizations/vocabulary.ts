import { asc, eq, isNull, or } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { SPOKEN_LANGUAGE_CODES } from "./names";
import { competence, district, icnpoCategory, targetGroup, type LocalizedName } from "./schema";

export { isSpokenLanguageCode, localizedName, SPOKEN_LANGUAGE_CODES, spokenLanguageName } from "./names";

export type Category = { code: string; name: LocalizedName; parentCode: string | null };
export type TargetGroup = { id: string; code: string; name: LocalizedName; builtIn: boolean };
export type Competence = { id: string; code: string; name: LocalizedName; builtIn: boolean };
export type District = { id: string; name: string };

function parentOf(code: string): string | null {
  const dot = code.indexOf(".");
  return dot === -1 ? null : code.slice(0, dot);
}

/** The ICNPO categories, main groups before their subgroups, in Frivillighetsregisteret's order. */
export async function listCategories(db: Db): Promise<Category[]> {
  const rows = await db.select().from(icnpoCategory).orderBy(asc(icnpoCategory.position));
  return rows.map((r) => ({ code: r.code, name: r.name, parentCode: parentOf(r.code) }));
}

/** The built-in target groups and the municipality's own, in the coordinator's order. */
export async function listTargetGroups(db: Db, municipalityId: string): Promise<TargetGroup[]> {
  const rows = await db
    .select()
    .from(targetGroup)
    .where(or(isNull(targetGroup.municipalityId), eq(targetGroup.municipalityId, municipalityId)))
    .orderBy(asc(targetGroup.position), asc(targetGroup.code));
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, builtIn: r.municipalityId === null }));
}

/** The built-in competences and the municipality's own. */
export async function listCompetences(db: Db, municipalityId: string): Promise<Competence[]> {
  const rows = await db
    .select()
    .from(competence)
    .where(or(isNull(competence.municipalityId), eq(competence.municipalityId, municipalityId)))
    .orderBy(asc(competence.code));
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, builtIn: r.municipalityId === null }));
}

export async function listDistricts(db: Db, municipalityId: string): Promise<District[]> {
  return db
    .select({ id: district.id, name: district.name })
    .from(district)
    .where(eq(district.municipalityId, municipalityId))
    .orderBy(asc(district.position), asc(district.name));
}

export type Vocabulary = {
  categories: Category[];
  targetGroups: TargetGroup[];
  districts: District[];
  competences: Competence[];
  languages: string[];
};

/**
 * Every term a profile, a resource or the directory's filters refer to, in the actor's municipality. The
 * terms are public, as the directory's menus are, so anyone may read them.
 */
export async function describeVocabulary(db: Db, actor: Actor): Promise<Vocabulary> {
  const [categories, targetGroups, districts, competences] = await Promise.all([
    listCategories(db),
    listTargetGroups(db, actor.municipalityId),
    listDistricts(db, actor.municipalityId),
    listCompetences(db, actor.municipalityId),
  ]);
  return { categories, targetGroups, districts, competences, languages: [...SPOKEN_LANGUAGE_CODES] };
}

/** Creates the districts that do not exist yet; demo data and tests use it. */
export async function insertDistricts(db: Db, municipalityId: string, names: string[]): Promise<District[]> {
  if (names.length > 0) {
    await db
      .insert(district)
      .values(names.map((name, position) => ({ municipalityId, name, position })))
      .onConflictDoNothing();
  }
  return listDistricts(db, municipalityId);
}

/** The target group by code, built-in or the municipality's own. */
export async function findTargetGroupByCode(db: Db, municipalityId: string, code: string): Promise<TargetGroup | undefined> {
  const rows = await listTargetGroups(db, municipalityId);
  return rows.find((r) => r.code === code);
}
