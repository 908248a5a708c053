import { and, desc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessage } from "../../platform/notifications/schema";
import { roleGrant } from "../../platform/permissions/schema";
import { routeArgs as args, thrown, withRouteTestWorld } from "../../platform/testing/routes";
import { insertOrganization } from "../../domain/organizations/organizations";
import { organization } from "../../domain/organizations/schema";
import * as invitations from "./coordination.invitations";
import * as invite from "./coordination.invitations.new";
import * as invitation from "./invitation";

const { conn, w, get, post } = withRouteTestWorld();
let harbour: { id: string };

beforeAll(async () => {
  harbour = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Havnas venner", source: "imported", email: "post@havna.test" });
});

async function mailedToken(): Promise<string> {
  const [mail] = await conn.db
    .select()
    .from(outboxMessage)
    .where(and(eq(outboxMessage.recipient, "post@havna.test"), like(outboxMessage.kind, "outreach.%")))
    .orderBy(desc(outboxMessage.createdAt));
  return mail!.body.match(/\/invitasjon\/([\w-]+)/)![1]!;
}

describe("the coordinator's invitation pages", () => {
  it("send the anonymous to sign in and refuse an organisation's admin", async () => {
    const anonymous = await thrown(invite.loader(args(await get("/koordinering/invitasjoner/ny"))));
    expect(anonymous.headers.get("location")).toBe("/logg-inn?returnTo=%2Fkoordinering%2Finvitasjoner%2Fny");
    expect((await thrown(invitations.loader(args(await get("/koordinering/invitasjoner", w.orgAdmin.personId))))).status).toBe(403);
    const sending = invite.action(args(await post("/koordinering/invitasjoner/ny", { to: "chosen", organizationId: harbour.id }, w.orgAdmin.personId)));
    expect((await thrown(sending)).status).toBe(403);
  });

  it("list the imported organisations without an admin and name the missing choice", async () => {
    const listed = await invite.loader(args(await get("/koordinering/invitasjoner/ny?utvalg=unclaimed", w.coordinator.personId)));
    expect(listed.items.map((o) => o.name)).toEqual(["Havnas venner"]);
    const empty = await invite.action(args(await post("/koordinering/invitasjoner/ny", { to: "chosen", everyoneIn: "unclaimed" }, w.coordinator.personId)));
    expect(empty).toMatchObject({ init: { status: 400 }, data: { errors: { organizationId: [{ key: "validation.pickOrganizations" }] } } });
  });

  it("send to everyone in the selection and show the invitation as sent, then opened", async () => {
    const sent = (await invite.action(args(await post("/koordinering/invitasjoner/ny", { to: "all", everyoneIn: "unclaimed" }, w.coordinator.personId)))) as Response;
    expect(sent.headers.get("location")).toBe("/koordinering/invitasjoner?sendt=1&uten-epost=0&har-admin=0&nylig-invitert=0");
    const before = await invitations.loader(args(await get("/koordinering/invitasjoner", w.coordinator.personId)));
    expect(before.items.map((i) => [i.organizationName, i.status])).toEqual([["Havnas venner", "sent"]]);
    const token = await mailedToken();
    const opened = await invitation.loader(args(await get(`/invitasjon/${token}`), { token }));
    expect(opened.invitation).toMatchObject({ status: "valid", organizationName: "Havnas venner" });
    expect(opened.signedIn).toBe(false);
    const after = await invitations.loader(args(await get("/koordinering/invitasjoner", w.coordinator.personId)));
    expect(after.summary).toMatchObject({ total: 1, opened: 1, completed: 0, remindable: 1 });
  });

  it("send nothing again on a repeated submit, nor to an organisation with an admin, and say how many were skipped", async () => {
    const quay = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Kaivenner", source: "imported", email: "post@kai.test" });
    const submit = async (organizationId: string) => {
      const sent = await invite.action(args(await post("/koordinering/invitasjoner/ny", { to: "chosen", organizationId }, w.coordinator.personId)));
      return (sent as Response).headers.get("location");
    };
    expect(await submit(quay.id)).toBe("/koordinering/invitasjoner?sendt=1&uten-epost=0&har-admin=0&nylig-invitert=0");
    expect(await submit(quay.id)).toBe("/koordinering/invitasjoner?sendt=0&uten-epost=0&har-admin=0&nylig-invitert=1");
    expect(await submit(w.organization.id)).toBe("/koordinering/invitasjoner?sendt=0&uten-epost=0&har-admin=1&nylig-invitert=0");
    const mails = await conn.db.select().from(outboxMessage).where(eq(outboxMessage.recipient, "post@kai.test"));
    expect(mails).toHaveLength(1);
    const listed = await invitations.loader(args(await get("/koordinering/invitasjoner", w.coordinator.personId)));
    expect(listed.items.filter((i) => i.organizationName === "Kaivenner")).toHaveLength(1);
    await conn.db.delete(organization).where(eq(organization.id, quay.id));
  });

  it("remind nobody invited moments ago, and say how many were skipped", async () => {
    const response = (await invitations.action(args(await post("/koordinering/invitasjoner", {}, w.coordinator.personId)))) as Response;
    expect(response.headers.get("location")).toBe("/koordinering/invitasjoner?paminnet=0&nylig-paminnet=1");
  });
});

describe("the invitation link", () => {
  it("says a wrong link does not work", async () => {
    const page = await invitation.loader(args(await get("/invitasjon/feil"), { token: "feil" }));
    expect(page.invitation).toEqual({ status: "invalid" });
  });

  it("asks the anonymous to sign in, and makes the signed-in person the admin, then leads to the profile", async () => {
    const token = await mailedToken();
    const anonymous = await thrown(invitation.action(args(await post(`/invitasjon/${token}`, {}), { token })));
    expect(anonymous.headers.get("location")).toBe(`/logg-inn?returnTo=${encodeURIComponent(`/invitasjon/${token}`)}`);
    const claimed = (await invitation.action(args(await post(`/invitasjon/${token}`, {}, w.volunteer.personId), { token }))) as Response;
    expect(claimed.headers.get("location")).toBe(`/organisasjoner/${harbour.id}/rediger`);
    const grants = await conn.db.select().from(roleGrant).where(eq(roleGrant.organizationId, harbour.id));
    expect(grants.map((g) => [g.personId, g.role])).toEqual([[w.volunteer.personId, "org_admin"]]);
    const again = await invitation.action(args(await post(`/invitasjon/${token}`, {}, w.resident.personId), { token }));
    expect(again).toMatchObject({ init: { status: 400 }, data: { errors: { _form: [{ key: "outreach.claim.taken" }] } } });
  });
});
