import { describe, expect, it } from "vitest";
import { withTestWorld } from "../../platform/testing/hooks";
import { seedDemoOutreach } from "./demo-outreach";
import { listOutreachCandidates, listOutreachInvitations } from "./outreach";

const { conn, w } = withTestWorld();

describe("seedDemoOutreach", () => {
  it("leaves imported organisations to invite, two invitations (one opened) and their e-mails", async () => {
    await seedDemoOutreach(conn.db, { municipalityId: w.municipality.id, coordinatorPersonId: w.coordinator.personId });
    const { summary, items } = await listOutreachInvitations(conn.db, w.coordinator, {});
    expect(summary).toEqual({ total: 2, opened: 1, completed: 0, remindable: 2 });
    expect(items.map((i) => i.organizationName).sort()).toEqual(["Innlandet Songlag (demo)", "Kristiansund Sjakklubb (demo)"]);
    const unclaimed = await listOutreachCandidates(conn.db, w.coordinator, { filter: "unclaimed" });
    expect(unclaimed).toMatchObject({ total: 4, invitable: 3 });
  });
});
