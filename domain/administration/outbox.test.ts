import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvent } from "../../platform/audit/schema";
import { NotFoundError } from "../../platform/errors";
import { deliverDueMessages } from "../../platform/notifications/deliver";
import { enqueueEmail } from "../../platform/notifications/outbox";
import { outboxMessage } from "../../platform/notifications/schema";
import { withTestWorld, withWorld } from "../../platform/testing/hooks";
import { getOutboxMessage, listOutbox } from ".";

let resetId: string;
let theirsId: string;

const { conn, w } = withTestWorld();
const elsewhere = withWorld(conn, "0301");
beforeAll(async () => {
  resetId = await enqueueEmail(conn.db, {
    municipalityId: w.municipality.id,
    kind: "reset",
    to: "innbygger@1505.test",
    subject: "Nytt passord",
    body: "Følg lenken: https://dugnad.example/nytt-passord?token=abc",
  });
  await conn.db.update(outboxMessage).set({ createdAt: new Date("2025-01-01T10:00:00Z") }).where(eq(outboxMessage.id, resetId));
  await deliverDueMessages(conn.db, null);
  await enqueueEmail(conn.db, { municipalityId: w.municipality.id, kind: "verify", to: "frivillig@1505.test", subject: "Bekreft", body: "Hei" });
  theirsId = await enqueueEmail(conn.db, { municipalityId: elsewhere.municipality.id, kind: "verify", to: "x@0301.test", subject: "Deres", body: "Hei" });
});

describe("listOutbox", () => {
  it("lists the municipality's messages newest first with status and attempts", async () => {
    const list = await listOutbox(conn.db, w.admin);
    expect(list.items.map((m) => [m.subject, m.status, m.attempts])).toEqual([
      ["Bekreft", "pending", 0],
      ["Nytt passord", "kept", 0],
    ]);
    expect(list.items[0]).not.toHaveProperty("body");
  });

  it("filters by status and by recipient", async () => {
    expect((await listOutbox(conn.db, w.admin, { status: "kept" })).items.map((m) => m.subject)).toEqual(["Nytt passord"]);
    expect((await listOutbox(conn.db, w.admin, { recipient: "FRIVILLIG" })).items.map((m) => m.subject)).toEqual(["Bekreft"]);
    expect((await listOutbox(conn.db, w.admin, { status: "bogus" })).total).toBe(2);
  });
});

describe("getOutboxMessage", () => {
  it("shows the whole message and records that an admin opened it", async () => {
    const message = await getOutboxMessage(conn.db, w.admin, { id: resetId });
    expect(message).toMatchObject({ recipient: "innbygger@1505.test", status: "kept", body: "Følg lenken: https://dugnad.example/nytt-passord?token=abc" });
    const [entry] = await conn.db.select().from(auditEvent).where(eq(auditEvent.subjectId, resetId));
    expect(entry).toMatchObject({ action: "outbox.opened", actorLabel: "admin@1505.test", details: { kind: "reset" } });
  });

  it("does not show another municipality's message, nor answer a malformed id", async () => {
    await expect(getOutboxMessage(conn.db, w.admin, { id: theirsId })).rejects.toThrow(NotFoundError);
    await expect(getOutboxMessage(conn.db, w.admin, { id: "nope" })).rejects.toThrow(NotFoundError);
  });
});
