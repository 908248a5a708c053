import { eq, sql } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { assertCan } from "../../platform/permissions";
import { organization, organizationDistrict, organizationTargetGroup, type LocalizedName } from "./schema";
import { listDistricts, listTargetGroups } from "./vocabulary";

export type CoverageRow = {
  targetGroup: { id: string; name: LocalizedName };
  /** Organisations reaching the target group in each district, in the order of `districts`. */
  counts: number[];
  /** Organisations reaching the target group that have not said which districts they serve. */
  withoutDistrict: number;
};

export type Coverage = { districts: { id: string; name: string }[]; rows: CoverageRow[] };

/**
 * Target groups × districts: how many organisations reach each. An organisation that names no district
 * is counted in its own column, not in every district: most imported organisations name none, and
 * counting them everywhere would hide exactly the gaps this view is for.
 */
export async function getCoverage(db: Db, actor: Actor): Promise<Coverage> {
  assertCan(actor, "sector.coordinate");
  const municipalityId = actor.municipalityId;
  const [targetGroups, districts, cells] = await Promise.all([
    listTargetGroups(db, municipalityId),
    listDistricts(db, municipalityId),
    db
      .select({
        targetGroupId: organizationTargetGroup.targetGroupId,
        districtId: organizationDistrict.districtId,
        organizations: sql<number>`count(distinct ${organization.id})::int`,
      })
      .from(organization)
      .innerJoin(organizationTargetGroup, eq(organizationTargetGroup.organizationId, organization.id))
      .leftJoin(organizationDistrict, eq(organizationDistrict.organizationId, organization.id))
      .where(eq(organization.municipalityId, municipalityId))
      .groupBy(organizationTargetGroup.targetGroupId, organizationDistrict.districtId),
  ]);
  const count = new Map(cells.map((c) => [`${c.targetGroupId}:${c.districtId ?? ""}`, c.organizations]));
  return {
    districts,
    rows: targetGroups.map((t) => ({
      targetGroup: { id: t.id, name: t.name },
      counts: districts.map((d) => count.get(`${t.id}:${d.id}`) ?? 0),
      withoutDistrict: count.get(`${t.id}:`) ?? 0,
    })),
  };
}
