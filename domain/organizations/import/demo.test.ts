import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvent } from "../../../platform/audit/schema";
import { withTestWorld } from "../../../platform/testing/hooks";
import { organization } from "../schema";
import { seedDemoImport } from "./demo";
import { listImportJobs } from "./jobs";

const { conn, w } = withTestWorld();

describe("seedDemoImport", () => {
  it("imports the sample as a finished job the coordinator can look at, in the tool's name", async () => {
    await seedDemoImport(conn.db, w.municipality.id);
    expect(await conn.db.$count(organization, eq(organization.source, "imported"))).toBe(30);
    const { jobs } = await listImportJobs(conn.db, w.coordinator);
    expect(jobs).toMatchObject([{ status: "done", result: { counts: { new: 30, skipped: 9, invalid: 2 } } }]);
    const [entry] = await conn.db.select().from(auditEvent).where(eq(auditEvent.action, "organizations.imported"));
    expect(entry).toMatchObject({ actorLabel: "import (kommandolinje)", actorId: null });
  });
});
