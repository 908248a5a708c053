import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { containsPattern } from "../administration/paging";
import type { ResourceQuery } from "./resource-query";
import { competence, organization, organizationResource } from "./schema";

/**
 * One of the organisation's resources meets every condition the query asks of resources: its kind, room for
 * enough people or seats, wheelchair access, and each word in its name, vehicle type, note or competence.
 * Undefined when the query asks nothing of resources (a language or an agreement is asked of the organisation).
 */
export function offersResource(asked: ResourceQuery): SQL | undefined {
  const r = organizationResource;
  const conditions: SQL[] = [];
  if (asked.kind) conditions.push(eq(r.kind, asked.kind));
  if (asked.minCapacity !== undefined) conditions.push(sql`${r.capacity} >= ${asked.minCapacity}`);
  if (asked.minSeats !== undefined) conditions.push(sql`${r.seats} >= ${asked.minSeats}`);
  if (asked.wheelchairAccessible) conditions.push(eq(r.wheelchairAccessible, true));
  for (const word of asked.words) {
    const pattern = containsPattern(word);
    conditions.push(
      or(
        sql`${r.searchVector} @@ plainto_tsquery('norwegian', ${word})`,
        ilike(r.name, pattern),
        ilike(sql`coalesce(${r.vehicleType}, '')`, pattern),
        sql`exists (select 1 from ${competence} where ${competence.id} = ${r.competenceId} and (${competence.name}->>'nb' ilike ${pattern} or ${competence.name}->>'nn' ilike ${pattern} or ${competence.name}->>'en' ilike ${pattern}))`,
      )!,
    );
  }
  if (!conditions.length) return undefined;
  return sql`exists (select 1 from ${r} where ${r.organizationId} = ${organization.id} and ${and(...conditions)})`;
}
