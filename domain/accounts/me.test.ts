import { describe, expect, it } from "vitest";
import { apiToken } from "../../platform/auth/schema";
import { actorForApiToken } from "../../platform/auth/session";
import { hashToken, newToken } from "../../platform/auth/tokens";
import { UnauthenticatedError } from "../../platform/errors";
import { withTestWorld } from "../../platform/testing/hooks";
import { describeMe, describePerson, meSchema } from "./me";

const { conn, w } = withTestWorld();

async function tokenActor(organizationId: string | null) {
  const token = newToken();
  await conn.db.insert(apiToken).values({ municipalityId: w.municipality.id, organizationId, name: "Kalender", tokenHash: hashToken(token) });
  return (await actorForApiToken(conn.db, token))!;
}

describe("describeMe", () => {
  it("describes a person with their municipal and organisation roles", async () => {
    const me = await describeMe(conn.db, w.orgMember);
    expect(me).toEqual({
      kind: "person",
      id: w.orgMember.personId,
      name: "medlem",
      email: "medlem@1505.test",
      language: null,
      roles: [{ role: "org_member", organizationId: w.organization.id, organizationName: "Testlaget" }],
    });
    expect(meSchema.safeParse(me).success).toBe(true);
  });

  it("describes a person with no roles", async () => {
    expect(await describeMe(conn.db, w.resident)).toMatchObject({ kind: "person", roles: [] });
  });

  it("describes an API token for one organisation and one for the whole municipality", async () => {
    const forOrganization = await tokenActor(w.organization.id);
    expect(await describeMe(conn.db, forOrganization)).toEqual({
      kind: "token",
      id: forOrganization.tokenId,
      name: "Kalender",
      scope: { municipalityId: w.municipality.id, organizationId: w.organization.id, organizationName: "Testlaget" },
    });
    const forMunicipality = await describeMe(conn.db, await tokenActor(null));
    expect(forMunicipality).toMatchObject({ kind: "token", scope: { organizationId: null, organizationName: null } });
    expect(meSchema.safeParse(forMunicipality).success).toBe(true);
  });

  it("asks the anonymous to sign in", async () => {
    await expect(describeMe(conn.db, w.anonymous)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("describes only people as people", async () => {
    await expect(describePerson(conn.db, await tokenActor(null))).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
