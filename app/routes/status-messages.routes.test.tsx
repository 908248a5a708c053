import { describe, expect, it } from "vitest";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { routeArgs as args, withRouteTestWorld } from "../../platform/testing/routes";
import { statusTexts } from "../../platform/testing/html";
import { insertOrganization } from "../../domain/organizations/organizations";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import * as resources from "./organization.resources";
import * as members from "./organization.members";
import * as vocabulary from "./coordination.vocabulary";
import * as claims from "./coordination.claims";
import * as invitations from "./coordination.invitations";
import * as claim from "./organization.claim";
import * as person from "./admin.person";
import * as apiTokens from "./admin.api-tokens";

const { conn, w, get, post } = withRouteTestWorld();
const nb = catalogs.nb;

/** The page at `url` as the server renders it in bokmål, with the loader's data. */
function render(page: unknown, url: string, loaderData: unknown): string {
  const Stub = createRoutesStub([{ id: "page", path: "*", Component: page as ComponentType }]);
  return renderToString(
    <I18nProvider lang="nb" messages={catalogs.nb}>
      <Stub initialEntries={[url]} hydrationData={{ loaderData: { page: loaderData } }} />
    </I18nProvider>,
  );
}

type Page = { default: unknown; loader: (args: never) => Promise<unknown> };

/** The live regions of the page at `url` as `personId` sees it. */
async function regions(page: Page, url: string, personId: string, params: Record<string, string> = {}): Promise<string[]> {
  return statusTexts(render(page.default, url, await page.loader(args(await get(url, personId), params))));
}

describe("the message that something went through", () => {
  it("is in a live region the page has from the start, empty until there is something to say", async () => {
    const organizationId = w.organization.id;
    const cases: [Page, string, string, Record<string, string>, string][] = [
      [resources, `/organisasjoner/${organizationId}/ressurser?utfort=fjernet`, w.orgAdmin.personId, { id: organizationId }, nb["orgResources.resources.removed"]],
      [members, `/organisasjoner/${organizationId}/medlemmer?utfort=fjernet`, w.orgAdmin.personId, { id: organizationId }, nb["orgResources.members.removed"]],
      [vocabulary, "/koordinering/vokabular?utfort=slettet", w.coordinator.personId, {}, nb["orgResources.vocabulary.removed"]],
      [claims, "/koordinering/overtakelser?utfort=rejected", w.coordinator.personId, {}, nb["orgResources.claims.rejected"]],
      [invitations, "/koordinering/invitasjoner?paminnet=2", w.coordinator.personId, {}, nb["outreach.reminded.notice"].replace("{count}", "2")],
      [person, `/admin/personer/${w.volunteer.personId}?utfort=fjernet`, w.admin.personId, { id: w.volunteer.personId }, nb["admin.person.revoked"]],
      [apiTokens, "/admin/api-nokler?utfort=trukket", w.admin.personId, {}, nb["admin.apiTokens.revoked"]],
    ];
    for (const [page, url, personId, params, message] of cases) {
      expect(await regions(page, url, personId, params), url).toEqual([message]);
      expect(await regions(page, url.replace(/\?.*/, ""), personId, params), url).toEqual([""]);
    }
  });

  it("that a take-over was asked for is read out where the form was", async () => {
    const imported = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Nordmøre Trekkspillklubb", source: "imported" });
    const path = `/organisasjoner/${imported.id}/overta`;
    expect(await regions(claim, path, w.resident.personId, { id: imported.id })).toEqual([""]);
    await claim.action(args(await post(path, { message: "Jeg leder klubben." }, w.resident.personId), { id: imported.id }));
    const [asked] = await regions(claim, path, w.resident.personId, { id: imported.id });
    expect(asked).toContain(nb["orgResources.claim.pending"].split(" {")[0]);
  });
});
