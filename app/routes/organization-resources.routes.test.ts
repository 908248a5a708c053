import { describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { outboxMessage } from "../../platform/notifications/schema";
import { routeArgs as args, thrown, withRouteTestWorld } from "../../platform/testing/routes";
import { insertOrganization } from "../../domain/organizations/organizations";
import { insertPerson } from "../../domain/accounts/people";
import * as resources from "./organization.resources";
import * as members from "./organization.members";
import * as invitation from "./organization.invitation";
import * as claim from "./organization.claim";
import * as claims from "./coordination.claims";
import * as vocabulary from "./coordination.vocabulary";
import { createStaticHandler } from "react-router";
import { pageStatus } from "../entry.server";

const { conn, w, get, post, postJson } = withRouteTestWorld();

describe("the resources page", () => {
  const path = () => `/organisasjoner/${w.organization.id}/ressurser`;
  const params = () => ({ id: w.organization.id });

  it("sends the anonymous to sign in and answers 403 to a plain member", async () => {
    const anonymous = await thrown(resources.loader(args(await get(path()), params())));
    expect(anonymous.headers.get("location")).toBe(`/logg-inn?returnTo=${encodeURIComponent(path())}`);
    expect((await thrown(resources.loader(args(await get(path(), w.orgMember.personId), params())))).status).toBe(403);
  });

  it("adds a minibus from the form and lists it", async () => {
    const fields = { intent: "save", kind: "vehicle", vehicleType: "Minibuss", seats: "9", wheelchairAccessible: "on", availability: "Helger" };
    const response = (await resources.action(args(await post(path(), fields, w.orgAdmin.personId), params()))) as Response;
    expect(response.headers.get("location")).toBe(`${path()}?utfort=lagt-til`);
    const page = await resources.loader(args(await get(`${path()}?ny=kompetanse`, w.orgAdmin.personId), params()));
    expect(page.resources).toEqual([expect.objectContaining({ name: "Minibuss", seats: 9, wheelchairAccessible: true })]);
    expect(page.adding).toBe("competence");
  });

  it("shows the form again with the message at the field and what was typed", async () => {
    const fields = { intent: "save", kind: "premises", name: "", capacity: "femti", address: "Storgata 1" };
    const result = await resources.action(args(await post(path(), fields, w.orgAdmin.personId), params()));
    expect(result).toMatchObject({
      init: { status: 400 },
      data: { errors: { name: [{ key: "validation.required" }], capacity: [{ key: "validation.wholeNumber" }] }, values: { address: "Storgata 1" } },
    });
  });

  it("refuses another organisation's admin through the form", async () => {
    const fields = { intent: "save", kind: "equipment", name: "Telt" };
    const other = `/organisasjoner/${w.otherOrganization.id}/ressurser`;
    const response = await thrown(resources.action(args(await post(other, fields, w.orgAdmin.personId), { id: w.otherOrganization.id })));
    expect(response.status).toBe(403);
  });
});

describe("the members page and the invitation link", () => {
  it("invites by e-mail; the invitee opens the link, signs in and joins", async () => {
    const path = `/organisasjoner/${w.organization.id}/medlemmer`;
    const sent = (await members.action(
      args(await post(path, { intent: "invite", email: "nyleder@1505.test", role: "org_admin" }, w.orgAdmin.personId), { id: w.organization.id }),
    )) as Response;
    expect(sent.headers.get("location")).toBe(`${path}?utfort=invitert`);
    const [mail] = await conn.db.select().from(outboxMessage).where(eq(outboxMessage.recipient, "nyleder@1505.test")).orderBy(desc(outboxMessage.createdAt));
    const link = new URL(/http\S+/.exec(mail!.body)![0]);
    expect(link.pathname).toBe("/organisasjoner/invitasjon");

    const opened = await invitation.loader(args(await get(link.pathname + link.search)));
    expect(opened).toMatchObject({ invitation: { status: "valid", organizationName: "Testlaget", role: "org_admin", holder: "anonymous" } });
    expect(opened.title).toBe("Invitasjon til Testlaget – Dugnad");
    expect((await invitation.loader(args(await get(`${link.pathname}?token=feil`)))).title).toBe("Lenken virker ikke – Dugnad");

    const token = link.searchParams.get("token")!;
    const stranger = await invitation.loader(args(await get(link.pathname + link.search, w.volunteer.personId)));
    expect(stranger).toMatchObject({ invitation: { holder: "otherAccount", email: "nyleder@1505.test" }, you: w.volunteer.email });
    const refused = await invitation.action(args(await post(link.pathname, { token }, w.volunteer.personId)));
    expect(refused).toMatchObject({ init: { status: 400 } });

    const invitee = await insertPerson(conn.db, { municipalityId: w.municipality.id, email: "nyleder@1505.test", name: "Ny leder" });
    const accepted = (await invitation.action(args(await post(link.pathname, { token }, invitee.id)))) as Response;
    expect(accepted.status).toBe(302);
    const after = await invitation.loader(args(await get(accepted.headers.get("location")!, invitee.id)));
    expect(after.invitation).toMatchObject({ status: "joined", role: "org_admin" });
    expect(after.title).toBe("Du er med i Testlaget – Dugnad");

    const page = await members.loader(args(await get(path, invitee.id), { id: w.organization.id }));
    expect(page.members.map((m) => m.name)).toContain("Ny leder");
  });

  it("answers 403 to a member who opens the members page", async () => {
    const path = `/organisasjoner/${w.organization.id}/medlemmer`;
    expect((await thrown(members.loader(args(await get(path, w.orgMember.personId), { id: w.organization.id })))).status).toBe(403);
  });
});

describe("removing what someone else removed meanwhile, in another tab say", () => {
  const gone = (key: string) => ({ init: { status: 404 }, data: { errors: { _form: [{ key }] } } });

  it("says at the resources page's error summary that the resource is gone, and reads the page again", async () => {
    const path = `/organisasjoner/${w.organization.id}/ressurser`;
    const params = { id: w.organization.id };
    await resources.action(args(await post(path, { intent: "save", kind: "equipment", name: "Stort telt" }, w.orgAdmin.personId), params));
    const page = await resources.loader(args(await get(path, w.orgAdmin.personId), params));
    const tent = page.resources.find((r) => r.name === "Stort telt")!;
    const remove = async () => resources.action(args(await post(path, { intent: "remove", resourceId: tent.id }, w.orgAdmin.personId), params));
    expect(((await remove()) as Response).headers.get("location")).toBe(`${path}?utfort=fjernet`);
    expect(await remove()).toMatchObject(gone("orgResources.resources.gone"));
    expect(resources.shouldRevalidate({ actionStatus: 404, defaultShouldRevalidate: false } as never)).toBe(true);
  });

  it("says at the members page's error summary that the member is gone, or the invitation withdrawn", async () => {
    const path = `/organisasjoner/${w.organization.id}/medlemmer`;
    const params = { id: w.organization.id };
    const send = async (fields: Record<string, string>) => members.action(args(await post(path, fields, w.orgAdmin.personId), params));
    await send({ intent: "invite", email: "trekkes@1505.test", role: "org_member" });
    const page = await members.loader(args(await get(path, w.orgAdmin.personId), params));
    const invitationId = page.invitations.find((i) => i.email === "trekkes@1505.test")!.id;
    await send({ intent: "revoke", invitationId });
    expect(await send({ intent: "revoke", invitationId })).toMatchObject(gone("orgResources.members.invitationGone"));
    expect(await send({ intent: "remove", grantId: crypto.randomUUID() })).toMatchObject(gone("orgResources.members.gone"));
  });
});

describe("someone without rights who sends a page's form", () => {
  /** The status the visitor gets: the action and then the page's loader, as React Router runs them for a form sent without JavaScript. */
  async function statusOfPage(page: "ressurser" | "medlemmer", request: Request): Promise<number> {
    const module = page === "ressurser" ? resources : members;
    const route = { id: page, path: `/organisasjoner/:id/${page}`, loader: module.loader as never, action: module.action as never };
    const context = await createStaticHandler([route]).query(request);
    if (context instanceof Response) return context.status;
    return pageStatus(context, context.statusCode);
  }

  it("gets 403, also when the form itself is wrong", async () => {
    const base = `/organisasjoner/${w.otherOrganization.id}`;
    expect(await statusOfPage("ressurser", await post(`${base}/ressurser`, { intent: "lagre" }, w.orgAdmin.personId))).toBe(403);
    expect(await statusOfPage("ressurser", await post(`${base}/ressurser`, { intent: "save", kind: "equipment", name: "Telt" }, w.orgAdmin.personId))).toBe(403);
    expect(await statusOfPage("medlemmer", await post(`${base}/medlemmer`, { intent: "invite", email: "ikke-en-adresse" }, w.orgAdmin.personId))).toBe(403);
  });
});

describe("a form sent as something else than a form", () => {
  it("answers 415, not a server error", async () => {
    const json = await postJson(`/organisasjoner/${w.organization.id}/medlemmer`, { intent: "invite", email: "a@b.no" }, w.orgAdmin.personId);
    expect((await thrown(members.action(args(json, { id: w.organization.id })))).status).toBe(415);
  });
});

describe("taking over an imported organisation", () => {
  it("goes from the request to the coordinator's approval", async () => {
    const imported = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Gamle Kristiansund Sangkor", source: "imported" });
    const path = `/organisasjoner/${imported.id}/overta`;
    const asked = (await claim.action(args(await post(path, { message: "Jeg er leder i koret." }, w.resident.personId), { id: imported.id }))) as Response;
    expect(asked.headers.get("location")).toBe(path);
    const page = await claim.loader(args(await get(path, w.resident.personId), { id: imported.id }));
    expect(page.pendingSince).not.toBeNull();

    expect((await thrown(claims.loader(args(await get("/koordinering/overtakelser", w.orgAdmin.personId))))).status).toBe(403);
    const pending = await claims.loader(args(await get("/koordinering/overtakelser", w.coordinator.personId)));
    const decided = (await claims.action(
      args(await post("/koordinering/overtakelser", { intent: "approve", claimId: pending.claims[0]!.id, decision: "approve" }, w.coordinator.personId)),
    )) as Response;
    expect(decided.headers.get("location")).toBe("/koordinering/overtakelser?utfort=approved");
  });
});

describe("the vocabulary page", () => {
  it("adds a district, names the field when the name is taken, and renames it", async () => {
    const first = (await vocabulary.action(args(await post("/koordinering/vokabular", { intent: "add", list: "district", nb: "Nordlandet" }, w.coordinator.personId)))) as Response;
    expect(first.headers.get("location")).toBe("/koordinering/vokabular?utfort=lagt-til");
    const again = await vocabulary.action(args(await post("/koordinering/vokabular", { intent: "add", list: "district", nb: "nordlandet" }, w.coordinator.personId)));
    expect(again).toMatchObject({ init: { status: 409 }, data: { errors: { nb: [{ key: "orgResources.vocabulary.exists", params: { name: "Nordlandet" } }] } } });
    const page = await vocabulary.loader(args(await get("/koordinering/vokabular", w.coordinator.personId)));
    expect(page.terms.district.map((d) => d.name.nb)).toEqual(["Nordlandet"]);

    const id = page.terms.district[0]!.id;
    const editing = await vocabulary.loader(args(await get(`/koordinering/vokabular?endre=${id}`, w.coordinator.personId)));
    expect(editing.editing).toMatchObject({ list: "district", term: { name: { nb: "Nordlandet" } } });
    const renamed = (await vocabulary.action(
      args(await post(`/koordinering/vokabular?endre=${id}`, { intent: "rename", list: "district", id, nb: "Nordlandet sentrum" }, w.coordinator.personId)),
    )) as Response;
    expect(renamed.headers.get("location")).toBe("/koordinering/vokabular?utfort=endret");
  });
});
