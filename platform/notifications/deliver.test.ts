import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { withTestDatabase } from "../testing/hooks";
import { CLAIM_MS, deliverDueMessages, retryDelayMs, type OutboxRow, type Transport } from "./deliver";
import { enqueueEmail } from "./outbox";
import { outboxMessage } from "./schema";

const conn = withTestDatabase();
beforeEach(async () => {
  await conn.db.delete(outboxMessage);
});

const message = { municipalityId: null, kind: "test", to: "a@example.test", subject: "Hei", body: "Tekst" };

async function row(id: string) {
  const [found] = await conn.db.select().from(outboxMessage).where(eq(outboxMessage.id, id));
  return found!;
}

function recording(fail = 0): Transport & { sent: OutboxRow[] } {
  let failures = fail;
  const sent: OutboxRow[] = [];
  return {
    sent,
    async send(m) {
      if (failures-- > 0) throw new Error("SMTP 421 try later");
      sent.push(m);
    },
  };
}

describe("deliverDueMessages", () => {
  it("keeps messages for the admin page when no mail server is set up", async () => {
    const id = await enqueueEmail(conn.db, message);
    expect(await deliverDueMessages(conn.db, null)).toBe(1);
    expect(await row(id)).toMatchObject({ status: "kept", attempts: 0, sentAt: null, body: "Tekst" });
    expect(await deliverDueMessages(conn.db, null)).toBe(0);
  });

  it("sends each message once when several servers deliver at the same time", async () => {
    for (let i = 0; i < 5; i++) await enqueueEmail(conn.db, { ...message, to: `m${i}@example.test` });
    const sent: string[] = [];
    const slow: Transport = {
      async send(m) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push(m.recipient);
      },
    };
    const counts = await Promise.all([deliverDueMessages(conn.db, slow, new Date(), 3), deliverDueMessages(conn.db, slow, new Date(), 3)]);
    await deliverDueMessages(conn.db, slow, new Date(), 3);
    expect(counts.reduce((a, b) => a + b)).toBeLessThanOrEqual(5);
    expect(sent.sort()).toEqual(["m0", "m1", "m2", "m3", "m4"].map((m) => `${m}@example.test`));
  });

  it("tries a message again once a server that took it has not sent it in time", async () => {
    const id = await enqueueEmail(conn.db, message);
    const lost: Transport = { send: () => new Promise(() => {}) };
    void deliverDueMessages(conn.db, lost);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const transport = recording();
    expect(await deliverDueMessages(conn.db, transport)).toBe(0);
    await deliverDueMessages(conn.db, transport, new Date(Date.now() + CLAIM_MS + 1000));
    expect((await row(id)).status).toBe("sent");
  });

  it("sends through the transport and marks the message sent", async () => {
    const id = await enqueueEmail(conn.db, message);
    const transport = recording();
    await deliverDueMessages(conn.db, transport);
    expect(transport.sent.map((m) => m.recipient)).toEqual(["a@example.test"]);
    const sent = await row(id);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
  });

  it("retries a failed send later, with growing waits, and never loses the message", async () => {
    const id = await enqueueEmail(conn.db, message);
    const transport = recording(2);
    const t0 = new Date(Date.now() + 1000);

    await deliverDueMessages(conn.db, transport, t0);
    const first = await row(id);
    expect(first).toMatchObject({ status: "pending", attempts: 1, lastError: "SMTP 421 try later" });
    expect(first.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);

    expect(await deliverDueMessages(conn.db, transport, new Date(t0.getTime() + 29_000))).toBe(0);

    const t1 = new Date(t0.getTime() + 30_000);
    await deliverDueMessages(conn.db, transport, t1);
    const second = await row(id);
    expect(second).toMatchObject({ status: "pending", attempts: 2 });
    expect(second.nextAttemptAt.getTime()).toBe(t1.getTime() + 60_000);

    await deliverDueMessages(conn.db, transport, new Date(t1.getTime() + 60_000));
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(transport.sent).toHaveLength(1);
  });

  it("waits at most an hour between tries", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(50)).toBe(3_600_000);
  });
});
