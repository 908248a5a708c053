import { describe, expect, it } from "vitest";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { routeArgs as args, withRouteTestWorld } from "../../platform/testing/routes";
import { confirmButtonBehind, hasImmediateButton } from "../../platform/testing/html";
import { insertOrganization } from "../../domain/organizations/organizations";
import { organizationDistrict } from "../../domain/organizations/schema";
import { addResource } from "../../domain/organizations/resources";
import { inviteMember } from "../../domain/organizations/members";
import { addVocabularyTerm } from "../../domain/organizations/vocabulary-admin";
import { claimOrganization } from "../../domain/organizations/claims";
import { createApiToken } from "../../domain/administration/apiTokens";
import { addContact } from "../../domain/organizations/contacts";
import { setOrganizationLogo } from "../../domain/organizations/logo";
import { ONE_PIXEL_PNG } from "../../platform/testing/images";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import * as resources from "./organization.resources";
import * as members from "./organization.members";
import * as vocabulary from "./coordination.vocabulary";
import * as claims from "./coordination.claims";
import * as person from "./admin.person";
import * as apiTokens from "./admin.api-tokens";
import * as edit from "./organization.edit";

const { conn, w, get } = withRouteTestWorld();

const nb = (key: keyof typeof catalogs.nb, params: Record<string, string> = {}) =>
  Object.entries(params).reduce((text, [name, value]) => text.replace(`{${name}}`, value), catalogs.nb[key]);

type Page = { default: unknown; loader: (args: never) => Promise<unknown> };

/** The page at `url` as `personId` sees it, rendered by the server in bokmål. */
async function html(page: Page, url: string, personId: string, params: Record<string, string> = {}): Promise<string> {
  const loaderData = await page.loader(args(await get(url, personId), params));
  const Stub = createRoutesStub([{ id: "page", path: "*", Component: page.default as ComponentType }]);
  return renderToString(
    <I18nProvider lang="nb" messages={catalogs.nb}>
      <Stub initialEntries={[url]} hydrationData={{ loaderData: { page: loaderData } }} />
    </I18nProvider>,
  );
}

describe("an action in a table row that removes or takes away something", () => {
  it("asks first, and the answer's button names the row too", async () => {
    const organizationId = w.organization.id;
    await addResource(conn.db, w.orgAdmin, { organizationId, resource: { kind: "equipment", name: "Telt", quantity: "2" } });
    await inviteMember(conn.db, w.orgAdmin, { organizationId, email: "ny@1505.test", role: "org_member" });
    await addVocabularyTerm(conn.db, w.coordinator, { list: "competence", nb: "Båtfører" });
    await createApiToken(conn.db, w.admin, { name: "Fagsystemet" });
    await addContact(conn.db, w.orgAdmin, { organizationId, name: "Kari Kontakt" });
    await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId, bytes: ONE_PIXEL_PNG });
    const coordinatorRole = nb("admin.role.coordinator");

    const cases: [string, [string, string][]][] = [
      [
        await html(resources, `/organisasjoner/${organizationId}/ressurser`, w.orgAdmin.personId, { id: organizationId }),
        [[nb("orgResources.resources.removeLabel", { name: "Telt" }), nb("orgResources.resources.removeConfirm", { name: "Telt" })]],
      ],
      [
        await html(members, `/organisasjoner/${organizationId}/medlemmer`, w.orgAdmin.personId, { id: organizationId }),
        [
          [nb("orgResources.members.removeLabel", { name: "medlem" }), nb("orgResources.members.removeConfirm", { name: "medlem" })],
          [nb("orgResources.members.revokeLabel", { email: "ny@1505.test" }), nb("orgResources.members.revokeConfirm", { email: "ny@1505.test" })],
        ],
      ],
      [
        await html(edit, `/organisasjoner/${organizationId}/rediger`, w.orgAdmin.personId, { id: organizationId }),
        [
          [nb("organization.contacts.removeLabel", { name: "Kari Kontakt" }), nb("organization.contacts.removeConfirm", { name: "Kari Kontakt" })],
          [nb("organization.logo.remove"), nb("organization.logo.removeConfirm")],
        ],
      ],
      [
        await html(vocabulary, "/koordinering/vokabular", w.coordinator.personId),
        [[nb("orgResources.vocabulary.removeLabel", { name: "Båtfører" }), nb("orgResources.vocabulary.removeConfirm", { name: "Båtfører" })]],
      ],
      [
        await html(person, `/admin/personer/${w.coordinator.personId}`, w.admin.personId, { id: w.coordinator.personId }),
        [[nb("admin.person.revokeLabel", { role: coordinatorRole }), nb("admin.person.revokeConfirm", { role: coordinatorRole })]],
      ],
      [
        await html(apiTokens, "/admin/api-nokler", w.admin.personId),
        [[nb("admin.apiTokens.revokeLabel", { name: "Fagsystemet" }), nb("admin.apiTokens.revokeConfirm", { name: "Fagsystemet" })]],
      ],
    ];
    for (const [page, actions] of cases) {
      for (const [name, confirm] of actions) {
        expect(confirmButtonBehind(page, name), name).toBe(confirm);
        expect(hasImmediateButton(page, name), name).toBe(false);
      }
    }
  });

  it("is not offered for a word organisations use, which says why instead", async () => {
    await addVocabularyTerm(conn.db, w.coordinator, { list: "district", nb: "Frei" });
    const { id } = await addVocabularyTerm(conn.db, w.coordinator, { list: "district", nb: "Innlandet" });
    await conn.db.insert(organizationDistrict).values({ organizationId: w.organization.id, districtId: id });
    const page = await html(vocabulary, "/koordinering/vokabular", w.coordinator.personId);
    expect(confirmButtonBehind(page, nb("orgResources.vocabulary.removeLabel", { name: "Innlandet" }))).toBeUndefined();
    expect(page).toContain(nb("orgResources.vocabulary.inUseTerm", { count: "1" }));
    expect(confirmButtonBehind(page, nb("orgResources.vocabulary.removeLabel", { name: "Frei" }))).toBe(nb("orgResources.vocabulary.removeConfirm", { name: "Frei" }));
  });

  it("is a rejection of a take-over, while approving it takes one press", async () => {
    const imported = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Frei Husflidslag", source: "imported" });
    await claimOrganization(conn.db, w.resident, { organizationId: imported.id, message: "Jeg er leder." });
    const page = await html(claims, "/koordinering/overtakelser", w.coordinator.personId);
    const names = { person: "innbygger", organization: "Frei Husflidslag" };
    expect(confirmButtonBehind(page, nb("orgResources.claims.rejectLabel", names))).toBe(nb("orgResources.claims.rejectConfirm", names));
    expect(hasImmediateButton(page, nb("orgResources.claims.approveLabel", names))).toBe(true);
  });
});
