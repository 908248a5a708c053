import { describe, expect, it } from "vitest";
import type { Actor } from "../../platform/auth/actor";
import { ForbiddenError, UnauthenticatedError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { createApiToken, getAdminOverview, getOutboxMessage, getPersonWithRoles, grantRole, listApiTokens, listOutbox, revokeApiToken, revokeRole, searchAuditLog, searchPeople } from ".";

const { conn, w } = withTestWorld();

const someId = "00000000-0000-4000-8000-000000000001";

const useCases: [string, (actor: Actor) => Promise<unknown>][] = [
  ["getAdminOverview", (a) => getAdminOverview(conn.db, a)],
  ["searchPeople", (a) => searchPeople(conn.db, a, {})],
  ["getPersonWithRoles", (a) => getPersonWithRoles(conn.db, a, { personId: w.resident.personId, organizationQuery: "Testlaget" })],
  ["grantRole", (a) => grantRole(conn.db, a, { personId: w.resident.personId, role: "admin" })],
  ["revokeRole", (a) => revokeRole(conn.db, a, { grantId: someId })],
  ["searchAuditLog", (a) => searchAuditLog(conn.db, a, {})],
  ["listOutbox", (a) => listOutbox(conn.db, a)],
  ["getOutboxMessage", (a) => getOutboxMessage(conn.db, a, { id: someId })],
  ["listApiTokens", (a) => listApiTokens(conn.db, a, { organizationQuery: "Testlaget" })],
  ["createApiToken", (a) => createApiToken(conn.db, a, { name: "Nøkkel" })],
  ["revokeApiToken", (a) => revokeApiToken(conn.db, a, { tokenId: someId })],
];

const signedInRoles = ["coordinator", "staff", "orgAdmin", "orgMember", "volunteer", "resident"] as const;

describe("administration is for admins only", () => {
  describe.each(useCases)("%s", (_name, run) => {
    it.each(signedInRoles)("refuses %s", async (role) => {
      await expect(run(w[role])).rejects.toThrow(ForbiddenError);
    });

    it("sends the anonymous to sign in", async () => {
      await expect(run(w.anonymous)).rejects.toThrow(UnauthenticatedError);
    });

    it("refuses an API token, even one for the whole municipality", async () => {
      await expect(run({ kind: "token", tokenId: someId, municipalityId: w.municipality.id, organizationId: null })).rejects.toThrow(ForbiddenError);
    });
  });

  it("changed nothing while refusing", async () => {
    const people = await getPersonWithRoles(conn.db, w.admin, { personId: w.resident.personId });
    expect(people.roles).toEqual([]);
    expect((await listApiTokens(conn.db, w.admin)).tokens).toEqual([]);
  });
});
