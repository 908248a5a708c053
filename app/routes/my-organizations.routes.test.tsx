import { describe, expect, it } from "vitest";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { routeArgs as args, withRouteTestWorld } from "../../platform/testing/routes";
import { statusTexts } from "../../platform/testing/html";
import { insertGrant } from "../../platform/permissions/grants";
import { insertPerson } from "../../domain/accounts/people";
import { insertOrganization } from "../../domain/organizations/organizations";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import * as mine from "./my-organizations";

const { conn, w, get, post } = withRouteTestWorld();

type PageProps = { loaderData: unknown; actionData?: unknown };

/** The page at `url` as the server renders it in bokmål, with the loader's and the action's data. */
function render(props: PageProps, url = "/mine-organisasjoner"): string {
  const Page = mine.default as ComponentType<PageProps>;
  const Stub = createRoutesStub([{ path: "/mine-organisasjoner", Component: () => <Page {...props} /> }]);
  return renderToString(
    <I18nProvider lang="nb" messages={catalogs.nb}>
      <Stub initialEntries={[url]} />
    </I18nProvider>,
  );
}

/** A new organisation with the given people in it, so that each test knows who its admins are. */
async function organizationWith(name: string, roles: ("org_admin" | "org_member")[]): Promise<{ organizationId: string; people: string[] }> {
  const { id: organizationId } = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name });
  const people: string[] = [];
  for (const [i, role] of roles.entries()) {
    const p = await insertPerson(conn.db, { municipalityId: w.municipality.id, email: `${name.toLowerCase()}-${i}@1505.test`, name: `${name} ${i}`, verified: true });
    await insertGrant(conn.db, { personId: p.id, municipalityId: w.municipality.id, role, organizationId });
    people.push(p.id);
  }
  return { organizationId, people };
}

async function page(personId: string, query = "") {
  return mine.loader(args(await get(`/mine-organisasjoner${query}`, personId)));
}

describe("My organisations", () => {
  it("names the roles as the members page and the invitations do", async () => {
    const { people } = await organizationWith("Rollelaget", ["org_admin", "org_member"]);
    const admin = render({ loaderData: await page(people[0]!) });
    expect(admin).toContain(">Leder<");
    expect(admin).not.toContain("Administrator");
    expect(admin).toContain("Som leder kan du holde profilen oppdatert");
    expect(render({ loaderData: await page(people[1]!) })).toContain(">Medlem<");
  });

  it("offers members and admins alike to leave, and asks before they do", async () => {
    const { organizationId, people } = await organizationWith("Spørrelaget", ["org_admin", "org_member"]);
    for (const personId of people) {
      const html = render({ loaderData: await page(personId) });
      expect(html).toContain(`href="/mine-organisasjoner?forlat=${organizationId}"`);
      expect(html).toContain('aria-label="Forlat laget: Spørrelaget"');
      expect(html).not.toContain("Vil du forlate");
    }
    const asking = render({ loaderData: await page(people[1]!, `?forlat=${organizationId}`) });
    expect(asking).toContain("Vil du forlate Spørrelaget?");
    expect(asking).toMatch(/<form[^>]*method="post"/);
    expect(asking).toContain('name="_csrf"');
    expect(asking).toContain(`name="organizationId" value="${organizationId}"`);
    expect(asking).toContain("Ja, forlat laget");
  });

  it("asks nothing about an organisation the person is not in", async () => {
    const { people } = await organizationWith("Fremmedlaget", ["org_member"]);
    expect((await page(people[0]!, `?forlat=${w.organization.id}`)).leaving).toBeNull();
  });

  it("lets a member leave, and then no longer lists the organisation", async () => {
    const { organizationId, people } = await organizationWith("Forlatlaget", ["org_admin", "org_member"]);
    const response = (await mine.action(args(await post("/mine-organisasjoner", { organizationId }, people[1])))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/mine-organisasjoner?utfort=forlatt");
    expect((await page(people[1]!)).organizations).toEqual([]);
    const left = render({ loaderData: await page(people[1]!, "?utfort=forlatt") }, "/mine-organisasjoner?utfort=forlatt");
    expect(statusTexts(left)).toEqual([catalogs.nb["organization.mine.left"]]);
  });

  it("tells the last admin to make someone else admin first", async () => {
    const { organizationId, people } = await organizationWith("Enelaget", ["org_admin", "org_member"]);
    const refused = await mine.action(args(await post(`/mine-organisasjoner?forlat=${organizationId}`, { organizationId }, people[0])));
    expect(refused).toMatchObject({ init: { status: 409 }, data: { errors: { _form: [{ key: "orgResources.members.lastAdminLeaving" }] } } });
    const html = render({ loaderData: await page(people[0]!, `?forlat=${organizationId}`), actionData: (refused as { data: unknown }).data });
    expect(html).toContain("Du er den eneste lederen i Enelaget. Gjør en annen til leder på medlemssiden før du forlater laget.");
    expect((await page(people[0]!)).organizations).toMatchObject([{ id: organizationId, role: "org_admin" }]);
  });
});
