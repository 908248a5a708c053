import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { emailToken, person } from "../../platform/auth/schema";
import { hashToken, newToken } from "../../platform/auth/tokens";

export type LinkPurpose = "verify" | "reset";

const VALID_HOURS: Record<LinkPurpose, number> = { verify: 48, reset: 1 };

export type LinkStatus =
  | { status: "valid"; personId: string; email: string }
  | { status: "expired" | "used" | "invalid" };

/** Creates the secret for an e-mailed link; only its hash is stored. */
export async function issueLink(db: Db, personId: string, purpose: LinkPurpose, now = new Date()): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + VALID_HOURS[purpose] * 3_600_000);
  await db.insert(emailToken).values({ personId, purpose, tokenHash: hashToken(token), expiresAt, createdAt: now });
  return token;
}

/** What a link is good for, without using it up: the page shows the form, or says why the link no longer works. */
export async function inspectLink(db: Db, token: string, purpose: LinkPurpose, now = new Date()): Promise<LinkStatus> {
  const [row] = await db
    .select({ personId: emailToken.personId, usedAt: emailToken.usedAt, expiresAt: emailToken.expiresAt, email: person.email })
    .from(emailToken)
    .innerJoin(person, eq(person.id, emailToken.personId))
    .where(and(eq(emailToken.tokenHash, hashToken(token)), eq(emailToken.purpose, purpose)));
  if (!row) return { status: "invalid" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= now) return { status: "expired" };
  return { status: "valid", personId: row.personId, email: row.email };
}

/**
 * Uses the link up in one statement, so two clicks at the same moment cannot both succeed; any other
 * open link of the same kind for the person stops working too. Returns the person, or null.
 */
export async function consumeLink(db: Db, token: string, purpose: LinkPurpose, now = new Date()): Promise<string | null> {
  const [row] = await db
    .update(emailToken)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailToken.tokenHash, hashToken(token)),
        eq(emailToken.purpose, purpose),
        isNull(emailToken.usedAt),
        gt(emailToken.expiresAt, now),
      ),
    )
    .returning({ id: emailToken.id, personId: emailToken.personId });
  if (!row) return null;
  await db
    .update(emailToken)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailToken.personId, row.personId),
        eq(emailToken.purpose, purpose),
        isNull(emailToken.usedAt),
        ne(emailToken.id, row.id),
      ),
    );
  return row.personId;
}
