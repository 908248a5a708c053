import { describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import type { Actor, PersonActor } from "../../platform/auth/actor";
import { actorForApiToken, actorForPerson } from "../../platform/auth/session";
import { interpolate, type Params } from "../../platform/i18n/format";
import { outboxMessage } from "../../platform/notifications/schema";
import { catalogs } from "../../app/i18n/catalogs.server";
import { deleteMyAccount } from "../accounts/delete-account";
import { insertPerson } from "../accounts/people";
import { createApiToken } from "../administration/apiTokens";
import { claimOrganization, decideClaim, listPendingClaims } from "./claims";
import { listOrganizationHistory } from "./history";
import { historyAboutText, historyValueText } from "./history-values";
import { acceptInvitation, getMembersPage, inviteMember, leaveOrganization, removeMember, revokeInvitation } from "./members";
import { updateOrganizationProfile } from "./profile";
import { addResource, removeResource, updateResource } from "./resources";
import { organization } from "./schema";
import { insertDistricts } from "./vocabulary";
import { withTestWorld } from "../../platform/testing/hooks";
import { recordAudit } from "../../platform/audit";
import { commandLineImporter } from "./import/import";
import { TEST_PASSWORD } from "../../platform/testing/world";

const { conn, w } = withTestWorld();

const messages = catalogs.nb as Record<string, string>;
const nb = (key: string, params?: Params) => interpolate(messages[key] ?? key, params);

async function historyOf(organizationId = w.organization.id, reader: Actor = w.orgAdmin) {
  return listOrganizationHistory(conn.db, reader, { id: organizationId });
}

/** Each change of the newest history entry as the page reads it in bokmål. */
async function newestChanges(): Promise<Record<string, [string, string]>> {
  const history = await historyOf();
  const text = (field: string, value: unknown) => historyValueText(field, value, history.labels, "nb", nb);
  return Object.fromEntries(history.items[0]!.changes.map((c) => [c.field, [text(c.field, c.from), text(c.field, c.to)]]));
}

/** What the newest `count` entries say happened, newest first, as the page writes it in bokmål. */
async function newestEvents(count: number, organizationId = w.organization.id, reader: Actor = w.orgAdmin): Promise<(string | null)[]> {
  const history = await historyOf(organizationId, reader);
  return history.items.slice(0, count).map((e) => e.about && historyAboutText(e.action, e.about, nb));
}

async function newcomer(slug: string, name: string): Promise<PersonActor> {
  const p = await insertPerson(conn.db, { municipalityId: w.municipality.id, email: `${slug}@1505.test`, name, password: TEST_PASSWORD });
  return (await actorForPerson(conn.db, p.id, w.municipality.id))!;
}

/** The person joins the organisation with the link the invitation e-mailed them. */
async function joinByInvitation(who: PersonActor, role: "org_admin" | "org_member"): Promise<void> {
  await inviteMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, email: who.email, role });
  const [mail] = await conn.db.select().from(outboxMessage).where(eq(outboxMessage.recipient, who.email)).orderBy(desc(outboxMessage.createdAt));
  await acceptInvitation(conn.db, who, { token: /token=([\w-]+)/.exec(mail!.body)![1]! });
}

async function grantOf(personId: string): Promise<string> {
  const page = await getMembersPage(conn.db, w.orgAdmin, { organizationId: w.organization.id });
  return page.members.find((m) => m.personId === personId)!.grantId;
}

describe("the change history as a reader sees it", () => {
  it("shows counts as numbers, though categories have codes like 1, 2 and 10", async () => {
    const id = w.organization.id;
    await updateOrganizationProfile(conn.db, w.orgAdmin, { id, memberCount: 1, activeVolunteerCount: 12 });
    await updateOrganizationProfile(conn.db, w.orgAdmin, { id, memberCount: 10, activeVolunteerCount: 7 });
    expect(await newestChanges()).toEqual({ memberCount: ["1", "10"], activeVolunteerCount: ["12", "7"] });
  });

  it("names categories, districts and languages, and reads dates and yes or no", async () => {
    const [nordlandet] = await insertDistricts(conn.db, w.municipality.id, ["Nordlandet"]);
    await updateOrganizationProfile(conn.db, w.orgAdmin, {
      id: w.organization.id,
      categoryCodes: ["1", "2.1"],
      districtIds: [nordlandet!.id],
      languages: ["so", "ar"],
      foundedOn: "1905-06-07",
      hasPreparednessPlan: true,
      postalTown: "10",
    });
    expect(await newestChanges()).toMatchObject({
      categoryCodes: ["(tomt)", "Kultur og fritid, Grunnskole og videregående opplæring"],
      districtIds: ["(tomt)", "Nordlandet"],
      languages: ["(tomt)", "arabisk, somali"],
      foundedOn: ["(tomt)", "7. juni 1905"],
      hasPreparednessPlan: ["nei", "ja"],
      postalTown: ["(tomt)", "10"],
    });
  });

  it("names the organisation form as the profile form does, and an imported form the form does not offer by its code", async () => {
    await updateOrganizationProfile(conn.db, w.orgAdmin, { id: w.organization.id, organizationForm: "FLI" });
    expect(await newestChanges()).toMatchObject({ organizationForm: ["(tomt)", "Forening, lag eller innretning"] });
    expect(historyValueText("organizationForm", "ORGL", {}, "nb", nb)).toBe("Annen: ORGL");
  });

  it("names a change made with an API key by the key's name", async () => {
    const key = await createApiToken(conn.db, w.admin, { name: "Fagsystemet", organizationId: w.organization.id });
    const actor = (await actorForApiToken(conn.db, key.token))!;
    await updateOrganizationProfile(conn.db, actor, { id: w.organization.id, website: "https://testlaget.no" });
    const [newest, before] = (await historyOf()).items;
    expect(newest).toMatchObject({ actorLabel: `api-token:${key.id}`, apiKeyName: "Fagsystemet" });
    expect(before).toMatchObject({ actorLabel: w.orgAdmin.email, apiKeyName: null });
  });

  it("marks a change by the command-line import, whose stored label is bokmål, so the page can name it in the reader's language", async () => {
    await updateOrganizationProfile(conn.db, w.orgAdmin, { id: w.organization.id, website: "https://testlaget.no" });
    await recordAudit(conn.db, commandLineImporter(w.municipality.id), { action: "organization.importUpdated", subjectType: "organization", subjectId: w.organization.id });
    const { items } = await historyOf();
    expect(items.find((e) => e.action === "organization.importUpdated")).toMatchObject({ byCommandLine: true });
    expect(items.find((e) => e.actorLabel === w.orgAdmin.email)).toMatchObject({ byCommandLine: false });
  });
});

describe("what a membership or resource event did", () => {
  it("says who was invited, with which role, and whose invitation was withdrawn", async () => {
    await inviteMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, email: "kari@eksempel.no", role: "org_admin" });
    const { invitations } = await getMembersPage(conn.db, w.orgAdmin, { organizationId: w.organization.id });
    await revokeInvitation(conn.db, w.orgAdmin, { organizationId: w.organization.id, invitationId: invitations.find((i) => i.email === "kari@eksempel.no")!.id });
    expect(await newestEvents(2)).toEqual(["Invitasjonen til kari@eksempel.no som leder trukket tilbake", "kari@eksempel.no invitert som leder"]);
  });

  it("names who joined and who was removed, with the role they had", async () => {
    const ola = await newcomer("ola", "Ola Nordmann");
    const siri = await newcomer("siri", "Siri Leder");
    await joinByInvitation(ola, "org_member");
    await joinByInvitation(siri, "org_admin");
    await removeMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, grantId: await grantOf(ola.personId) });
    expect(await newestEvents(5)).toEqual([
      "Ola Nordmann fjernet (medlem)",
      "Siri Leder lagt til som leder",
      "siri@1505.test invitert som leder",
      "Ola Nordmann lagt til som medlem",
      "ola@1505.test invitert som medlem",
    ]);
  });

  it("names who left of their own accord, with the role they had", async () => {
    const kari = await newcomer("kari-forlater", "Kari Forlater");
    await joinByInvitation(kari, "org_member");
    await leaveOrganization(conn.db, (await actorForPerson(conn.db, kari.personId, w.municipality.id))!, { organizationId: w.organization.id });
    expect((await historyOf()).items[0]).toMatchObject({ action: "organization.memberLeft", actorLabel: "kari-forlater@1505.test" });
    expect(await newestEvents(1)).toEqual(["Kari Forlater forlot laget (medlem)"]);
  });

  it("keeps the name of someone who has deleted their account out of the history", async () => {
    const gone = await newcomer("borte", "Borte Borti");
    await joinByInvitation(gone, "org_member");
    await removeMember(conn.db, w.orgAdmin, { organizationId: w.organization.id, grantId: await grantOf(gone.personId) });
    await deleteMyAccount(conn.db, gone, { personId: gone.personId, confirmEmail: gone.email });
    expect(await newestEvents(2)).toEqual(["(slettet bruker) fjernet (medlem)", "(slettet bruker) lagt til som medlem"]);
  });

  it("says who asked to take an organisation over and who got it", async () => {
    const [imported] = await conn.db.insert(organization).values({ municipalityId: w.municipality.id, name: "Nordlandet Sjakklubb", source: "imported" }).returning();
    const asker = await newcomer("spor", "Per Spør");
    await claimOrganization(conn.db, asker, { organizationId: imported!.id, message: "Jeg er styreleder." });
    const [claim] = (await listPendingClaims(conn.db, w.coordinator)).filter((c) => c.organizationId === imported!.id);
    await decideClaim(conn.db, w.coordinator, { claimId: claim!.id, decision: "approve" });
    expect(await newestEvents(2, imported!.id, w.coordinator)).toEqual(["Per Spør ble leder", "Per Spør ba om å bli leder"]);
  });

  it("names the resource added, changed or removed, and its kind", async () => {
    const organizationId = w.organization.id;
    const { id } = await addResource(conn.db, w.orgAdmin, { organizationId, resource: { kind: "vehicle", vehicleType: "Minibuss", seats: "8" } });
    await updateResource(conn.db, w.orgAdmin, { organizationId, resourceId: id, resource: { kind: "vehicle", vehicleType: "Minibuss", seats: "9" } });
    await removeResource(conn.db, w.orgAdmin, { organizationId, resourceId: id });
    expect(await newestEvents(3)).toEqual(["Ressurs fjernet: Minibuss (kjøretøy)", "Ressurs endret: Minibuss", "Ressurs lagt til: Minibuss (kjøretøy)"]);
  });

  it("says nothing more for an event whose changes already tell it", async () => {
    await updateOrganizationProfile(conn.db, w.orgAdmin, { id: w.organization.id, website: "https://testlaget.example" });
    expect((await historyOf()).items[0]).toMatchObject({ action: "organization.updated", about: null });
  });
});
