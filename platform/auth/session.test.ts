import { afterEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { connectPostgres } from "../db/client";
import { NOTIFICATIONS_APPLICATION } from "../db/notifications";
import { withTestWorld } from "../testing/hooks";
import { insertGrant } from "../permissions/grants";
import { roleGrant } from "../permissions/schema";
import { person } from "./schema";
import { actorForSession, createSession, endAllSessions, endSession, SESSION_DAYS } from "./session";

const { conn, w } = withTestWorld();

/** A session that has already been looked up once, so a remembered answer would be given next. */
async function signedIn(personId: string): Promise<string> {
  const token = await createSession(conn.db, personId, "password");
  expect(await actorForSession(conn.db, token, w.municipality.id)).not.toBeNull();
  return token;
}

afterEach(() => vi.useRealTimers());

describe("actorForSession", () => {
  it("knows nobody by an unknown token, nor in another municipality's terms", async () => {
    expect(await actorForSession(conn.db, "ukjent", w.municipality.id)).toBeNull();
    const token = await signedIn(w.coordinator.personId);
    const elsewhere = await actorForSession(conn.db, token, crypto.randomUUID());
    expect(elsewhere?.grants).toEqual([]);
  });

  it("forgets a session at once when it ends, one by one or all of a person's", async () => {
    const first = await signedIn(w.volunteer.personId);
    const second = await signedIn(w.volunteer.personId);
    await endSession(conn.db, first);
    expect(await actorForSession(conn.db, first, w.municipality.id)).toBeNull();
    expect(await actorForSession(conn.db, second, w.municipality.id)).not.toBeNull();
    await endAllSessions(conn.db, w.volunteer.personId);
    expect(await actorForSession(conn.db, second, w.municipality.id)).toBeNull();
  });

  it("sees a new role, a removed role and a new name on the next request", async () => {
    const token = await signedIn(w.resident.personId);
    await insertGrant(conn.db, { personId: w.resident.personId, municipalityId: w.municipality.id, role: "staff" });
    expect((await actorForSession(conn.db, token, w.municipality.id))?.grants).toEqual([{ role: "staff", organizationId: null }]);
    await conn.db.delete(roleGrant).where(eq(roleGrant.personId, w.resident.personId));
    expect((await actorForSession(conn.db, token, w.municipality.id))?.grants).toEqual([]);
    await conn.db.update(person).set({ name: "Nytt Navn" }).where(eq(person.id, w.resident.personId));
    expect((await actorForSession(conn.db, token, w.municipality.id))?.name).toBe("Nytt Navn");
  });

  it("lets a session run out by the clock, and forgets a deleted person", async () => {
    const token = await signedIn(w.staff.personId);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + (SESSION_DAYS + 1) * 86_400_000 });
    expect(await actorForSession(conn.db, token, w.municipality.id)).toBeNull();
    vi.useRealTimers();
    const other = await signedIn(w.orgMember.personId);
    await conn.db.delete(person).where(eq(person.id, w.orgMember.personId));
    expect(await actorForSession(conn.db, other, w.municipality.id)).toBeNull();
  });
});

/** A second server on the same PostgreSQL database: its changes reach this one only as notices. */
describe.runIf(process.env.DATABASE_URL)("actorForSession with several servers on PostgreSQL", () => {
  async function withOtherServer<T>(use: (other: Awaited<ReturnType<typeof connectPostgres>>) => Promise<T>): Promise<T> {
    const other = await connectPostgres(conn.url!);
    try {
      return await use(other);
    } finally {
      await other.close();
    }
  }

  async function listenerPids(): Promise<number[]> {
    const { rows } = (await conn.db.execute(
      sql`select pid from pg_stat_activity where datname = current_database() and application_name = ${NOTIFICATIONS_APPLICATION}`,
    )) as unknown as { rows: { pid: number }[] };
    return rows.map((row) => row.pid);
  }

  it("remembers a session between requests, and sees a role another server removed", async () => {
    const token = await signedIn(w.resident.personId);
    await insertGrant(conn.db, { personId: w.resident.personId, municipalityId: w.municipality.id, role: "staff" });
    expect((await actorForSession(conn.db, token, w.municipality.id))?.grants).toHaveLength(1);
    const reads = vi.spyOn(conn.db, "select");
    expect((await actorForSession(conn.db, token, w.municipality.id))?.grants).toHaveLength(1);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    await withOtherServer((other) => other.db.delete(roleGrant).where(eq(roleGrant.personId, w.resident.personId)));
    await vi.waitFor(async () => expect((await actorForSession(conn.db, token, w.municipality.id))?.grants).toEqual([]), { timeout: 2_000 });
  });

  it("forgets what it kept when its listening connection is cut, as notices may have been lost, and listens again", async () => {
    const token = await signedIn(w.volunteer.personId);
    const [listener] = await listenerPids();
    expect(listener).toBeDefined();
    await withOtherServer(async (other) => {
      await other.db.execute(sql`select pg_terminate_backend(${listener})`);
      await other.db.update(person).set({ name: "Under Brudd" }).where(eq(person.id, w.volunteer.personId));
    });
    await vi.waitFor(
      async () => {
        const listening = await listenerPids();
        expect(listening).toHaveLength(1);
        expect(listening).not.toContain(listener);
      },
      { timeout: 5_000 },
    );
    expect((await actorForSession(conn.db, token, w.municipality.id))?.name).toBe("Under Brudd");
    await withOtherServer((other) => other.db.update(person).set({ name: "Etter Brudd" }).where(eq(person.id, w.volunteer.personId)));
    await vi.waitFor(async () => expect((await actorForSession(conn.db, token, w.municipality.id))?.name).toBe("Etter Brudd"), { timeout: 2_000 });
  });
});
