import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { appSetting } from "../db/schema";

let secret: string | undefined;

/** SECRET from the environment, or one generated on first start and kept in the database for every process. */
export async function loadSecret(db: Db, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return (secret = fromEnv);
  const generated = randomBytes(32).toString("base64url");
  await db.insert(appSetting).values({ key: "secret", value: generated }).onConflictDoNothing();
  const [row] = await db.select().from(appSetting).where(eq(appSetting.key, "secret"));
  return (secret = row!.value);
}

export function useSecret(value: string): void {
  secret = value;
}

export function sign(value: string): string {
  if (!secret) throw new Error("The signing secret is not loaded");
  return createHmac("sha256", secret).update(value).digest("base64url");
}

export function verifySignature(value: string, signature: string): boolean {
  const expected = Buffer.from(sign(value));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
