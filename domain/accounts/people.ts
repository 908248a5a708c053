import type { Db } from "../../platform/db/client";
import { person } from "../../platform/auth/schema";
import { hashPassword } from "../../platform/auth/password";

export type NewPerson = { municipalityId: string; email: string; name: string; password?: string; verified?: boolean };

/** Creates a person directly: demo data and test fixtures use it, sign-up goes through signUp. */
export async function insertPerson(db: Db, input: NewPerson) {
  const [row] = await db
    .insert(person)
    .values({
      municipalityId: input.municipalityId,
      email: input.email.trim().toLowerCase(),
      name: input.name,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      emailVerifiedAt: input.verified === false ? null : new Date(),
    })
    .returning();
  return row!;
}
