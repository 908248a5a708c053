import { and, eq, inArray, isNull, ne, or } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { isUniqueViolation } from "../../platform/db/errors";
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from "../../platform/errors";
import { assertCan, assertPerson, can } from "../../platform/permissions";
import { insertGrant } from "../../platform/permissions/grants";
import { parseInput } from "../../platform/validation";
import { isUuid } from "../administration/paging";
import { isOfferedOrganizationForm } from "./names";
import { profileInput, registerInput, type ProfileInput, type ProfileValues, type RegisterInput } from "./profile-input";
import {
  district,
  icnpoCategory,
  organization,
  organizationCategory,
  organizationDistrict,
  organizationTargetGroup,
  targetGroup,
} from "./schema";

type OrganizationRow = typeof organization.$inferSelect;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type ScalarField = Exclude<keyof ProfileValues, LinkField>;
type LinkField = "categoryCodes" | "targetGroupIds" | "districtIds";
type Changes = Record<string, [unknown, unknown]>;

const LINK_FIELDS: LinkField[] = ["categoryCodes", "targetGroupIds", "districtIds"];

/** Where another organisation already has the number: the form says so and links to it. */
async function assertNumberFree(db: Db | Tx, municipalityId: string, number: string | null | undefined, exceptId?: string) {
  if (!number) return;
  const [existing] = await db
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(
      and(
        eq(organization.municipalityId, municipalityId),
        eq(organization.organizationNumber, number),
        exceptId ? ne(organization.id, exceptId) : undefined,
      ),
    );
  if (existing) {
    throw new ConflictError("organizationNumber", "organization.duplicateNumber", {
      name: existing.name,
      id: existing.id,
      href: `/organisasjoner/${existing.id}`,
    });
  }
}

/**
 * Refuses codes and ids that are not in the municipality's vocabularies, at the field that named them. An
 * organisation form must be one the form offers, or the one it has already (the import brings others).
 */
async function assertVocabulary(db: Db | Tx, municipalityId: string, values: ProfileValues, currentForm: string | null = null) {
  const errors: Record<string, { key: string }[]> = {};
  const form = values.organizationForm;
  if (form && form !== currentForm && !isOfferedOrganizationForm(form)) errors.organizationForm = [{ key: "validation.organizationForm" }];
  const check = async (field: LinkField, wanted: string[] | undefined, found: () => Promise<{ v: string }[]>) => {
    if (!wanted?.length) return;
    const known = new Set((await found()).map((r) => r.v));
    if (wanted.some((v) => !known.has(v))) errors[field] = [{ key: "validation.invalid" }];
  };
  await check("categoryCodes", values.categoryCodes, () =>
    db.select({ v: icnpoCategory.code }).from(icnpoCategory).where(inArray(icnpoCategory.code, values.categoryCodes!)),
  );
  await check("targetGroupIds", values.targetGroupIds, () =>
    db
      .select({ v: targetGroup.id })
      .from(targetGroup)
      .where(
        and(
          inArray(targetGroup.id, values.targetGroupIds!),
          or(isNull(targetGroup.municipalityId), eq(targetGroup.municipalityId, municipalityId)),
        ),
      ),
  );
  await check("districtIds", values.districtIds, () =>
    db
      .select({ v: district.id })
      .from(district)
      .where(and(inArray(district.id, values.districtIds!), eq(district.municipalityId, municipalityId))),
  );
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

export type OrganizationLinks = { categoryCodes: string[]; targetGroupIds: string[]; districtIds: string[] };

/** One query after another: inside a transaction they share one connection, which runs one at a time. */
export async function linksOf(db: Db | Tx, organizationId: string): Promise<OrganizationLinks> {
  const categories = await db.select({ v: organizationCategory.categoryCode }).from(organizationCategory).where(eq(organizationCategory.organizationId, organizationId));
  const groups = await db.select({ v: organizationTargetGroup.targetGroupId }).from(organizationTargetGroup).where(eq(organizationTargetGroup.organizationId, organizationId));
  const districts = await db.select({ v: organizationDistrict.districtId }).from(organizationDistrict).where(eq(organizationDistrict.organizationId, organizationId));
  const sorted = (rows: { v: string }[]) => rows.map((r) => r.v).sort();
  return { categoryCodes: sorted(categories), targetGroupIds: sorted(groups), districtIds: sorted(districts) };
}

async function replaceLinks(tx: Tx, organizationId: string, field: LinkField, values: string[]) {
  if (field === "categoryCodes") {
    await tx.delete(organizationCategory).where(eq(organizationCategory.organizationId, organizationId));
    if (values.length) await tx.insert(organizationCategory).values(values.map((categoryCode) => ({ organizationId, categoryCode })));
  } else if (field === "targetGroupIds") {
    await tx.delete(organizationTargetGroup).where(eq(organizationTargetGroup.organizationId, organizationId));
    if (values.length) await tx.insert(organizationTargetGroup).values(values.map((targetGroupId) => ({ organizationId, targetGroupId })));
  } else {
    await tx.delete(organizationDistrict).where(eq(organizationDistrict.organizationId, organizationId));
    if (values.length) await tx.insert(organizationDistrict).values(values.map((districtId) => ({ organizationId, districtId })));
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return (a ?? null) === (b ?? null);
}

function splitValues(values: ProfileValues) {
  const scalars: Partial<Record<ScalarField, unknown>> = {};
  const links: Partial<Record<LinkField, string[]>> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if ((LINK_FIELDS as string[]).includes(key)) links[key as LinkField] = [...new Set(value as string[])].sort();
    else scalars[key as ScalarField] = key === "languages" ? [...new Set(value as string[])].sort() : value;
  }
  return { scalars, links };
}

/** Details that only mean something while their box is ticked: a plan's review date, an agreement's date and scope. */
const DETAILS_OF_BOX = {
  hasPreparednessPlan: ["preparednessPlanReviewedOn"],
  hasCooperationAgreement: ["cooperationAgreementOn", "cooperationAgreementScope"],
} as const satisfies Partial<Record<ScalarField, readonly ScalarField[]>>;

/**
 * Unticking a box clears its details, also the stored ones the edit form sends back unchanged. A detail
 * given anew while its box stays unticked is refused at its field rather than kept where nobody sees it.
 */
function fitDetailsToBoxes(current: Partial<Record<ScalarField, unknown>>, scalars: Partial<Record<ScalarField, unknown>>): void {
  const errors: FieldErrors = {};
  for (const [box, details] of Object.entries(DETAILS_OF_BOX) as [keyof typeof DETAILS_OF_BOX, readonly ScalarField[]][]) {
    const ticked = box in scalars ? scalars[box] : current[box];
    if (ticked) continue;
    for (const field of details) {
      const given = scalars[field];
      if (field in scalars && given !== null && given !== "" && !sameValue(current[field], given)) {
        errors[field] = [{ key: `organization.error.${box}First` }];
      } else if (field in scalars || box in scalars) {
        scalars[field] = null;
      }
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** Two requests that both found the number free: the unique index refuses the later, which then hears who has it. */
async function withNumberGuard<T>(db: Db, municipalityId: string, number: string | null | undefined, exceptId: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "organization_number_unique")) await assertNumberFree(db, municipalityId, number, exceptId);
    throw error;
  }
}

/** Anyone signed in registers an organisation and becomes its admin; it stays unverified until the coordinator verifies it. */
export async function registerOrganization(db: Db, actor: Actor, input: RegisterInput): Promise<{ id: string }> {
  assertCan(actor, "organization.create");
  assertPerson(actor);
  const values = parseInput(registerInput, input);
  return withNumberGuard(db, actor.municipalityId, values.organizationNumber, undefined, () => db.transaction(async (tx) => {
    await assertNumberFree(tx, actor.municipalityId, values.organizationNumber);
    await assertVocabulary(tx, actor.municipalityId, values);
    const { scalars, links } = splitValues(values);
    fitDetailsToBoxes({}, scalars);
    const changes: Changes = {};
    for (const [field, value] of Object.entries({ ...scalars, ...links })) {
      if (!sameValue(value, Array.isArray(value) ? [] : null)) changes[field] = [null, value];
    }
    const [row] = await tx
      .insert(organization)
      .values({
        ...(scalars as Partial<OrganizationRow>),
        name: values.name,
        municipalityId: actor.municipalityId,
        source: "registered",
        ownFields: Object.keys(changes).sort(),
      })
      .returning({ id: organization.id });
    for (const field of LINK_FIELDS) if (links[field]) await replaceLinks(tx, row!.id, field, links[field]);
    await insertGrant(tx, { personId: actor.personId, municipalityId: actor.municipalityId, role: "org_admin", organizationId: row!.id, grantedBy: actor.personId });
    await recordAudit(tx, actor, { action: "organization.registered", subjectType: "organization", subjectId: row!.id, details: { changes } });
    return { id: row!.id };
  }));
}

/** The organisation if it belongs to the actor's municipality; an unknown or foreign id is not found. */
export async function loadOrganization(db: Db | Tx, municipalityId: string, id: unknown): Promise<OrganizationRow> {
  if (!isUuid(id)) throw new NotFoundError("organization");
  const [row] = await db
    .select()
    .from(organization)
    .where(and(eq(organization.id, id), eq(organization.municipalityId, municipalityId)));
  if (!row) throw new NotFoundError("organization");
  return row;
}

/** The row as it is now, locked until the transaction ends: a change made meanwhile is waited for, not overwritten. */
async function lockOrganization(tx: Tx, id: string): Promise<OrganizationRow> {
  const [row] = await tx.select().from(organization).where(eq(organization.id, id)).for("update");
  if (!row) throw new NotFoundError("organization");
  return row;
}

/**
 * What the coordinator vouched for when verifying: another name, number or form is another organisation as far
 * as the badge goes, so a change by the organisation's own people asks the coordinator to verify it again.
 */
const IDENTITY_FIELDS = ["name", "organizationNumber", "organizationForm"] as const;

/**
 * Changes the fields given and leaves the rest; the fields it changes are marked as the organisation's own
 * (`ownFields`), so an import from the registers never overwrites them. The audit entry lists each change.
 */
export async function updateOrganizationProfile(db: Db, actor: Actor, input: ProfileInput & { id: string }): Promise<{ changed: string[] }> {
  const found = await loadOrganization(db, actor.municipalityId, input.id);
  assertCan(actor, "organization.update", { organizationId: found.id });
  const values = parseInput(profileInput, input);
  return withNumberGuard(db, actor.municipalityId, values.organizationNumber, found.id, () => db.transaction(async (tx) => {
    // Read again under lock: two changes at once (or a change and a verification) each see the other's result,
    // so neither loses the other's own-field marks nor keeps a badge the other withdrew.
    const current = await lockOrganization(tx, found.id);
    if (values.organizationNumber !== current.organizationNumber) {
      await assertNumberFree(tx, actor.municipalityId, values.organizationNumber, current.id);
    }
    await assertVocabulary(tx, actor.municipalityId, values, current.organizationForm);
    const { scalars, links } = splitValues(values);
    fitDetailsToBoxes(current, scalars);
    const changes: Changes = {};
    for (const [field, value] of Object.entries(scalars)) {
      const old = current[field as ScalarField];
      if (!sameValue(old, value)) changes[field] = [old ?? null, value ?? null];
    }
    const oldLinks = await linksOf(tx, current.id);
    for (const field of LINK_FIELDS) {
      const value = links[field];
      if (value && !sameValue(oldLinks[field], value)) {
        changes[field] = [oldLinks[field], value];
        await replaceLinks(tx, current.id, field, value);
      }
    }
    const changed = Object.keys(changes);
    if (changed.length === 0) return { changed };
    const update = Object.fromEntries(Object.entries(scalars).filter(([field]) => field in changes));
    const unverify = current.verifiedAt !== null && IDENTITY_FIELDS.some((field) => field in changes) && !can(actor, "sector.coordinate");
    await tx
      .update(organization)
      .set({
        ...update,
        ...(unverify ? { verifiedAt: null, verifiedBy: null } : {}),
        ownFields: [...new Set([...current.ownFields, ...changed])].sort(),
        updatedAt: new Date(),
      })
      .where(eq(organization.id, current.id));
    const audited: Changes = unverify ? { ...changes, verified: [true, false] } : changes;
    await recordAudit(tx, actor, { action: "organization.updated", subjectType: "organization", subjectId: current.id, details: { changes: audited } });
    return { changed: unverify ? [...changed, "verified"] : changed };
  }));
}

/** The coordinator vouches that the organisation is real (or withdraws that). */
export async function verifyOrganization(db: Db, actor: Actor, input: { id: string; verified: boolean }): Promise<void> {
  assertCan(actor, "sector.coordinate");
  const found = await loadOrganization(db, actor.municipalityId, input.id);
  await db.transaction(async (tx) => {
    const current = await lockOrganization(tx, found.id);
    const wasVerified = current.verifiedAt !== null;
    if (wasVerified === input.verified) return;
    await tx
      .update(organization)
      .set({
        verifiedAt: input.verified ? new Date() : null,
        verifiedBy: input.verified && actor.kind === "person" ? actor.personId : null,
      })
      .where(eq(organization.id, current.id));
    await recordAudit(tx, actor, {
      action: input.verified ? "organization.verified" : "organization.unverified",
      subjectType: "organization",
      subjectId: current.id,
      details: { changes: { verified: [wasVerified, input.verified] } },
    });
  });
}

export type OrganizationForEdit = Omit<OrganizationRow, "searchVector"> & OrganizationLinks & { verified: boolean };

/** Everything the edit page shows, for those who may change the organisation. */
export async function getOrganizationForEdit(db: Db, actor: Actor, id: string): Promise<OrganizationForEdit> {
  const { searchVector: _searchVector, ...row } = await loadOrganization(db, actor.municipalityId, id);
  assertCan(actor, "organization.update", { organizationId: row.id });
  return { ...row, ...(await linksOf(db, row.id)), verified: row.verifiedAt !== null };
}
