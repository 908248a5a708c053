import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "../../platform/audit/schema";
import { ValidationError } from "../../platform/errors";
import { withTestWorld, withWorld } from "../../platform/testing/hooks";
import { searchAuditLog } from ".";

const { conn, w } = withTestWorld();
const elsewhere = withWorld(conn, "0301");

async function event(municipalityId: string, actorLabel: string, action: string, createdAt: string, subjectId = "s-1") {
  await conn.db.insert(auditEvent).values({ municipalityId, actorLabel, action, subjectType: action.split(".")[0]!, subjectId, createdAt: new Date(createdAt) });
}

beforeAll(async () => {
  const m = w.municipality.id;
  // 23:30 UTC on 31 January is already 1 February in Oslo (UTC+1); 21:59 UTC on 30 June is 23:59 in Oslo (UTC+2).
  await event(m, "admin@1505.test", "role.granted", "2025-01-31T23:30:00Z", "person-1");
  await event(m, "admin@1505.test", "role.revoked", "2025-01-31T22:00:00Z", "person-2");
  await event(m, "koordinator@1505.test", "organization.updated", "2025-06-30T21:59:00Z", "org-7");
  await event(m, "api-token:abc", "organization.updated", "2025-06-30T22:00:00Z", "org-8");
  await event(elsewhere.municipality.id, "admin@0301.test", "role.granted", "2025-02-01T10:00:00Z");
});

const actions = async (filters: Parameters<typeof searchAuditLog>[2]) => (await searchAuditLog(conn.db, w.admin, filters)).items.map((e) => e.action + " " + e.subjectId);

describe("searchAuditLog", () => {
  it("lists the municipality's entries, newest first", async () => {
    expect(await actions({})).toEqual(["organization.updated org-8", "organization.updated org-7", "role.granted person-1", "role.revoked person-2"]);
  });

  it("searches free text over the action, the record and who did it", async () => {
    expect(await actions({ q: "ORG-7" })).toEqual(["organization.updated org-7"]);
    expect(await actions({ q: "koordinator" })).toEqual(["organization.updated org-7"]);
    expect(await actions({ q: "revoked" })).toEqual(["role.revoked person-2"]);
  });

  it("narrows by who did it and by action, the action matched from its start", async () => {
    expect(await actions({ actor: "admin@" })).toEqual(["role.granted person-1", "role.revoked person-2"]);
    expect(await actions({ action: "role" })).toEqual(["role.granted person-1", "role.revoked person-2"]);
    expect(await actions({ action: "granted" })).toEqual([]);
    expect(await actions({ actor: "api-token", action: "organization." })).toEqual(["organization.updated org-8"]);
  });

  it("reads the date range as whole days in Norwegian time", async () => {
    expect(await actions({ from: "2025-02-01", to: "2025-02-01" })).toEqual(["role.granted person-1"]);
    expect(await actions({ to: "2025-01-31" })).toEqual(["role.revoked person-2"]);
    expect(await actions({ from: "2025-06-30", to: "2025-06-30" })).toEqual(["organization.updated org-7"]);
    expect(await actions({ from: "2025-07-01" })).toEqual(["organization.updated org-8"]);
  });

  it("says which date is wrong", async () => {
    const reversed = await searchAuditLog(conn.db, w.admin, { from: "2025-03-01", to: "2025-02-01" }).catch((e: unknown) => e);
    expect(reversed).toBeInstanceOf(ValidationError);
    expect((reversed as ValidationError).fieldErrors).toEqual({ to: [{ key: "validation.dateRangeOrder" }] });
    const malformed = await searchAuditLog(conn.db, w.admin, { from: "1. mars" }).catch((e: unknown) => e);
    expect((malformed as ValidationError).fieldErrors).toEqual({ from: [{ key: "validation.date" }] });
    // Year 0 passes a pattern but not PostgreSQL.
    const yearZero = await searchAuditLog(conn.db, w.admin, { to: "0000-01-01" }).catch((e: unknown) => e);
    expect((yearZero as ValidationError).fieldErrors).toEqual({ to: [{ key: "validation.date" }] });
  });

  it("pages the results", async () => {
    for (let i = 0; i < 30; i++) await event(w.municipality.id, "bulk@1505.test", "bulk.test", `2024-01-01T00:${String(i).padStart(2, "0")}:00Z`, `b-${i}`);
    const first = await searchAuditLog(conn.db, w.admin, { action: "bulk" });
    const second = await searchAuditLog(conn.db, w.admin, { action: "bulk", page: 2 });
    expect(first).toMatchObject({ total: 30, pageCount: 2 });
    expect(first.items[0]!.subjectId).toBe("b-29");
    expect(second.items.map((e) => e.subjectId)).toEqual(["b-4", "b-3", "b-2", "b-1", "b-0"]);
  });
});
