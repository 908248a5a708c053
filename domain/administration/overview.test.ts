import { describe, expect, it } from "vitest";
import { deliverDueMessages } from "../../platform/notifications/deliver";
import { enqueueEmail } from "../../platform/notifications/outbox";
import { withTestWorld, withWorld } from "../../platform/testing/hooks";
import { createApiToken, getAdminOverview, revokeApiToken } from ".";

const { conn, w } = withTestWorld();
withWorld(conn, "0301");

describe("getAdminOverview", () => {
  it("counts the municipality's people, admins, waiting and kept messages, and active keys", async () => {
    const mail = { municipalityId: w.municipality.id, kind: "test", to: "a@1505.test", subject: "S", body: "B" };
    await enqueueEmail(conn.db, mail);
    await deliverDueMessages(conn.db, null);
    await enqueueEmail(conn.db, mail);
    await enqueueEmail(conn.db, mail);
    await createApiToken(conn.db, w.admin, { name: "Aktiv" });
    const revoked = await createApiToken(conn.db, w.admin, { name: "Trukket" });
    await revokeApiToken(conn.db, w.admin, { tokenId: revoked.id });
    expect(await getAdminOverview(conn.db, w.admin)).toEqual({ people: 7, admins: 1, outboxPending: 2, outboxKept: 1, activeApiTokens: 1 });
  });
});
