import { eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { person } from "../../platform/auth/schema";

export type PersonRow = typeof person.$inferSelect;

/** Looks a person up by e-mail the way the unique index compares addresses. */
export async function findPersonByEmail(db: Db, email: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(person).where(sql`lower(${person.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function findPerson(db: Db, personId: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(person).where(eq(person.id, personId));
  return row;
}

/**
 * Whether the person has shown they read their address. Until then it may be someone else's (an ID-porten
 * account types its own), and the e-mails sent to it, with the links in them, are that someone's.
 */
export async function addressConfirmed(db: Db, personId: string): Promise<boolean> {
  return !!(await findPerson(db, personId))?.emailVerifiedAt;
}
