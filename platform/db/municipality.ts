import { asc, eq } from "drizzle-orm";
import type { Db } from "./client";
import { municipality } from "./schema";

export type Municipality = typeof municipality.$inferSelect;

export async function createMunicipality(
  db: Db,
  input: { kommunenummer: string; name: string; maalform?: "nb" | "nn" },
): Promise<Municipality> {
  const [row] = await db.insert(municipality).values(input).returning();
  return row!;
}

/** The municipality this installation serves: MUNICIPALITY (a kommunenummer) or else the first one created. */
export async function findHomeMunicipality(db: Db, kommunenummer?: string): Promise<Municipality | undefined> {
  const query = db.select().from(municipality);
  const rows = kommunenummer
    ? await query.where(eq(municipality.kommunenummer, kommunenummer)).limit(1)
    : await query.orderBy(asc(municipality.createdAt)).limit(1);
  return rows[0];
}
