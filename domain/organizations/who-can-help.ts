import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import type { Db } from "../../platform/db/client";
import { norwegianOrder } from "../../platform/db/norwegian-order";
import { assertCan } from "../../platform/permissions";
import { parseInput } from "../../platform/validation";
import { containsPattern } from "../administration/paging";
import { pageField, searchField } from "./directory";
import { kindNamedBy } from "./resource-query";
import { catalogs } from "../../app/i18n/catalogs.server";
import { FULL_LANGUAGES } from "../../platform/i18n/languages";
import { competence, organization, organizationResource, RESOURCE_KINDS, type LocalizedName, type ResourceKind } from "./schema";

export const WHO_CAN_HELP_PAGE_SIZE = 25;

const input = z.object({ q: searchField, page: pageField });

export type HelpOffer = {
  resourceId: string;
  kind: ResourceKind;
  name: string;
  competenceName: LocalizedName | null;
  vehicleType: string | null;
  capacity: number | null;
  seats: number | null;
  quantity: number | null;
  availability: string | null;
  note: string | null;
  organization: { id: string; name: string; phone: string | null; email: string | null; verified: boolean };
};

export type WhoCanHelp = { q: string; items: HelpOffer[]; total: number; page: number; pageCount: number };

const competenceName = (lang: "nb" | "nn" | "en") => sql`coalesce(${competence.name}->>${lang}, '')`;

/** The words of each kind's name in the three full languages, as the resource pages name it ("Lokale", "Vehicle"). */
const kindWords: SQL = (() => {
  const names = (kind: ResourceKind) => FULL_LANGUAGES.map((lang) => catalogs[lang][`orgResources.kind.${kind}`]).join(" ");
  const cases = RESOURCE_KINDS.map((kind) => sql`when ${kind} then to_tsvector('norwegian', ${names(kind)})`);
  return sql`(case ${organizationResource.kind} ${sql.join(cases, sql` `)} end)`;
})();

/**
 * A resource matches by its words (Norwegian full text over name, vehicle type, note and conditions), by
 * the name of its kind ("lokaler") or of its competence in any of the three languages, or by a name that
 * looks like the words. A search that is one word the sector map reads as a kind ("bil", "buss", "sal")
 * finds every resource of that kind too, so "bil" finds a "Varebil" and a minibus, as it does there.
 */
function matches(q: string): SQL {
  const pattern = containsPattern(q);
  const r = organizationResource;
  const kind = kindNamedBy(q);
  return sql`(${r.searchVector} @@ websearch_to_tsquery('norwegian', ${q}) or ${kindWords} @@ websearch_to_tsquery('norwegian', ${q})
    or ${kind ? eq(r.kind, kind) : sql`false`}
    or ${r.name} % ${q} or ${q} <% ${r.name}
    or ${competenceName("nb")} ilike ${pattern} or ${competenceName("nn")} ilike ${pattern} or ${competenceName("en")} ilike ${pattern}
    or ${q} <% ${competenceName("nb")})`;
}

function rank(q: string): SQL<number> {
  const r = organizationResource;
  return sql<number>`(ts_rank(${r.searchVector}, websearch_to_tsquery('norwegian', ${q})) + greatest(word_similarity(${q}, ${r.name}), word_similarity(${q}, ${competenceName("nb")})))`;
}

/** The resources with their organisation and, for a competence, its name. */
function withOrganizationAndCompetence<Q extends PgSelect>(query: Q) {
  const r = organizationResource;
  return query.innerJoin(organization, eq(organization.id, r.organizationId)).leftJoin(competence, eq(competence.id, r.competenceId));
}

async function countMatching(db: Db, where: SQL | undefined): Promise<number> {
  const [row] = await withOrganizationAndCompetence(db.select({ total: count() }).from(organizationResource).$dynamic()).where(where);
  return row?.total ?? 0;
}

/** "Who can help with …": the resources of the municipality's organisations that match the words, best first. */
export async function findWhoCanHelp(db: Db, actor: Actor, raw: z.input<typeof input>): Promise<WhoCanHelp> {
  assertCan(actor, "sector.coordinate");
  const { q, page } = parseInput(input, raw);
  if (!q) return { q, items: [], total: 0, page: 1, pageCount: 1 };
  const r = organizationResource;
  const where = and(eq(organization.municipalityId, actor.municipalityId), matches(q));
  // The total rides along with the page (the embedded database runs one query at a time); only a page past
  // the end has to count on its own.
  const rows = await withOrganizationAndCompetence(
    db
      .select({
        resource: r,
        competenceName: competence.name,
        org: { id: organization.id, name: organization.name, phone: organization.phone, email: organization.email, verifiedAt: organization.verifiedAt },
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(r)
      .$dynamic(),
  )
    .where(where)
    .orderBy(desc(rank(q)), asc(norwegianOrder(organization.name)), asc(norwegianOrder(r.name)), asc(r.id))
    .limit(WHO_CAN_HELP_PAGE_SIZE)
    .offset((page - 1) * WHO_CAN_HELP_PAGE_SIZE);
  const total = rows[0]?.total ?? (page > 1 ? await countMatching(db, where) : 0);
  const items = rows.map(({ resource, competenceName, org }) => ({
    resourceId: resource.id,
    kind: resource.kind,
    name: resource.name,
    competenceName,
    vehicleType: resource.vehicleType,
    capacity: resource.capacity,
    seats: resource.seats,
    quantity: resource.quantity,
    availability: resource.availability,
    note: resource.note,
    organization: { id: org.id, name: org.name, phone: org.phone, email: org.email, verified: org.verifiedAt !== null },
  }));
  return { q, items, total, page, pageCount: Math.max(1, Math.ceil(total / WHO_CAN_HELP_PAGE_SIZE)) };
}
