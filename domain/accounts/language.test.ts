import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { person } from "../../platform/auth/schema";
import { withTestWorld } from "../../platform/testing/hooks";
import { rememberLanguage } from "./language";

const { conn, w } = withTestWorld();

const languageOf = async (personId: string) => (await conn.db.select({ language: person.language }).from(person).where(eq(person.id, personId)))[0]?.language;

describe("rememberLanguage", () => {
  it("keeps the language a person picks, for their e-mails, and only theirs", async () => {
    await rememberLanguage(conn.db, w.volunteer, "uk");
    expect(await languageOf(w.volunteer.personId)).toBe("uk");
    expect(await languageOf(w.resident.personId)).not.toBe("uk");
    await rememberLanguage(conn.db, w.volunteer, "nn");
    expect(await languageOf(w.volunteer.personId)).toBe("nn");
  });

  it("writes nothing for a visitor who is not signed in", async () => {
    await expect(rememberLanguage(conn.db, w.anonymous, "ar")).resolves.toBeUndefined();
  });
});
