import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvent } from "../../platform/audit/schema";
import { apiToken } from "../../platform/auth/schema";
import { actorForApiToken } from "../../platform/auth/session";
import { hashToken } from "../../platform/auth/tokens";
import { NotFoundError, ValidationError } from "../../platform/errors";
import { withTestWorld, withWorld } from "../../platform/testing/hooks";
import { insertOrganization } from "../organizations/organizations";
import { createApiToken, listApiTokens, revokeApiToken } from ".";

const { conn, w } = withTestWorld();
const elsewhere = withWorld(conn, "0301");

describe("createApiToken", () => {
  it("returns a working key once and stores only its hash", async () => {
    const created = await createApiToken(conn.db, w.admin, { name: " Kommunens nettside ", organizationId: "" });
    expect(created.name).toBe("Kommunens nettside");
    const [row] = await conn.db.select().from(apiToken).where(eq(apiToken.id, created.id));
    expect(row!.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(await actorForApiToken(conn.db, created.token)).toEqual({ kind: "token", tokenId: created.id, municipalityId: w.municipality.id, organizationId: null });
  });

  it("limits a key to one organisation and audits name and scope, never the key", async () => {
    const created = await createApiToken(conn.db, w.admin, { name: "Lagets app", organizationId: w.organization.id });
    expect((await actorForApiToken(conn.db, created.token))!.organizationId).toBe(w.organization.id);
    const [entry] = await conn.db.select().from(auditEvent).where(eq(auditEvent.subjectId, created.id));
    expect(entry).toMatchObject({ action: "apiToken.created", details: { name: "Lagets app", organizationId: w.organization.id, organizationName: "Testlaget" } });
    expect(JSON.stringify(entry)).not.toContain(created.token);
    expect(JSON.stringify(entry)).not.toContain(hashToken(created.token));
  });

  it("needs a name and an organisation of this municipality", async () => {
    const noName = await createApiToken(conn.db, w.admin, { name: "  " }).catch((e: unknown) => e);
    expect((noName as ValidationError).fieldErrors).toEqual({ name: [{ key: "validation.required" }] });
    const foreign = await createApiToken(conn.db, w.admin, { name: "X", organizationId: elsewhere.organization.id }).catch((e: unknown) => e);
    expect(foreign).toBeInstanceOf(ValidationError);
    expect((foreign as ValidationError).fieldErrors).toEqual({ organizationId: [{ key: "validation.invalid" }] });
  });
});

describe("listApiTokens", () => {
  it("lists the municipality's keys newest first with scope and creator, and no organisations before a search", async () => {
    await createApiToken(conn.db, elsewhere.admin, { name: "Deres nøkkel" });
    const { tokens, organizationSearch } = await listApiTokens(conn.db, w.admin);
    expect(tokens.map((t) => [t.name, t.organizationName, t.createdByName])).toEqual([
      ["Lagets app", "Testlaget", "admin"],
      ["Kommunens nettside", null, "admin"],
    ]);
    expect(tokens[1]!.lastUsedAt).toBeInstanceOf(Date);
    expect(tokens[0]).not.toHaveProperty("tokenHash");
    expect(organizationSearch).toEqual({ q: "", matches: [], more: false });
  });

  it("finds the organisations a new key can be limited to by name and by organisasjonsnummer, within the municipality", async () => {
    const search = async (organizationQuery: string) => (await listApiTokens(conn.db, w.admin, { organizationQuery })).organizationSearch;
    expect((await search(" laget ")).matches.map((o) => o.name)).toEqual(["Andre laget", "Testlaget"]);
    const club = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Kvam Idrettslag", organizationNumber: "974760673" });
    await insertOrganization(conn.db, { municipalityId: elsewhere.municipality.id, name: "Kvam Idrettslag i Oslo", organizationNumber: "971526920" });
    expect(await search("974 760 673")).toEqual({ q: "974 760 673", matches: [{ id: club.id, name: "Kvam Idrettslag", organizationNumber: "974760673" }], more: false });
    expect((await search("971526920")).matches).toEqual([]);
    expect((await search("idrettslag")).matches.map((o) => o.id)).toEqual([club.id]);
  });

  it("creates a key for an organisation chosen from a search, and names it in the list", async () => {
    const [found] = (await listApiTokens(conn.db, w.admin, { organizationQuery: "andre" })).organizationSearch.matches;
    const created = await createApiToken(conn.db, w.admin, { name: "Andre lagets app", organizationId: found!.id });
    expect((await actorForApiToken(conn.db, created.token))!.organizationId).toBe(w.otherOrganization.id);
    const listed = (await listApiTokens(conn.db, w.admin)).tokens.find((t) => t.id === created.id);
    expect(listed).toMatchObject({ organizationId: w.otherOrganization.id, organizationName: "Andre laget" });
  });
});

describe("revokeApiToken", () => {
  it("stops the key at once, keeps it listed as revoked, and audits it", async () => {
    const created = await createApiToken(conn.db, w.admin, { name: "Gammel integrasjon" });
    await revokeApiToken(conn.db, w.admin, { tokenId: created.id });
    expect(await actorForApiToken(conn.db, created.token)).toBeNull();
    const listed = (await listApiTokens(conn.db, w.admin)).tokens.find((t) => t.id === created.id);
    expect(listed!.revokedAt).toBeInstanceOf(Date);
    const entries = await conn.db.select().from(auditEvent).where(eq(auditEvent.subjectId, created.id));
    expect(entries.map((e) => e.action)).toEqual(["apiToken.created", "apiToken.revoked"]);
  });

  it("does nothing more when revoked twice", async () => {
    const created = await createApiToken(conn.db, w.admin, { name: "To ganger" });
    await revokeApiToken(conn.db, w.admin, { tokenId: created.id });
    await revokeApiToken(conn.db, w.admin, { tokenId: created.id });
    const entries = await conn.db.select().from(auditEvent).where(eq(auditEvent.subjectId, created.id));
    expect(entries.filter((e) => e.action === "apiToken.revoked")).toHaveLength(1);
  });

  it("cannot reach another municipality's key", async () => {
    const theirs = await createApiToken(conn.db, elsewhere.admin, { name: "Deres" });
    await expect(revokeApiToken(conn.db, w.admin, { tokenId: theirs.id })).rejects.toThrow(NotFoundError);
    expect(await actorForApiToken(conn.db, theirs.token)).not.toBeNull();
  });
});
