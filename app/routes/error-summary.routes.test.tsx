import { describe, expect, it } from "vitest";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { routeArgs as args, withRouteTestWorld } from "../../platform/testing/routes";
import { insertOrganization } from "../../domain/organizations/organizations";
import { addResource } from "../../domain/organizations/resources";
import { inviteMember } from "../../domain/organizations/members";
import { addVocabularyTerm } from "../../domain/organizations/vocabulary-admin";
import { claimOrganization } from "../../domain/organizations/claims";
import { sendOutreachInvitations } from "../../domain/organizations/outreach";
import { createApiToken } from "../../domain/administration/apiTokens";
import type { FormFailure } from "../lib/forms.server";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import * as resources from "./organization.resources";
import * as members from "./organization.members";
import * as vocabulary from "./coordination.vocabulary";
import * as claims from "./coordination.claims";
import * as invitations from "./coordination.invitations";
import * as invite from "./coordination.invitations.new";
import * as person from "./admin.person";
import * as apiTokens from "./admin.api-tokens";
import * as signIn from "./sign-in";
import * as signUp from "./sign-up";
import * as forgotPassword from "./forgot-password";
import * as resendVerification from "./verify-email-resend";
import * as deleteAccount from "./delete-account";
import * as newOrganization from "./organization.new";
import * as claim from "./organization.claim";

const { conn, w, get } = withRouteTestWorld();

type Page = { default: unknown; loader: (args: never) => Promise<unknown> };

const failure: FormFailure = { ok: false, errors: { _form: [{ key: "validation.invalid" }] }, values: {}, lists: {} };

/** The page at `url` as the server renders it in bokmål after one of its forms failed. */
async function failedPage(page: Page, url: string, personId: string, params: Record<string, string> = {}): Promise<string> {
  const loaderData = await page.loader(args(await get(url, personId), params));
  // The root route's data that the sign-in page reads: no ID-porten here.
  const root = { oidcName: null };
  const Stub = createRoutesStub([{ id: "root", path: "/", children: [{ id: "page", path: "*", Component: page.default as ComponentType }] }]);
  return renderToString(
    <I18nProvider lang="nb" messages={catalogs.nb}>
      <Stub initialEntries={[url]} hydrationData={{ loaderData: { root, page: loaderData }, actionData: { page: failure } }} />
    </I18nProvider>,
  );
}

const postedTo = (html: string) => [...html.matchAll(/<form[^>]*method="post"[^>]*>/g)].map(([form]) => /action="([^"]*)"/.exec(form)?.[1]);
const summaryIds = (html: string) => [...html.matchAll(/<ds-error-summary[^>]*>/g)].map(([summary]) => /id="([^"]*)"/.exec(summary)?.[1]);

describe("a page whose forms all report in one error summary at the top", () => {
  it("has every form post to that summary, keeping the forms the address opened, so the answer opens there without JavaScript", async () => {
    const organizationId = w.organization.id;
    const { id: resourceId } = await addResource(conn.db, w.orgAdmin, { organizationId, resource: { kind: "equipment", name: "Telt", quantity: "2" } });
    await inviteMember(conn.db, w.orgAdmin, { organizationId, email: "ny@1505.test", role: "org_member" });
    await addVocabularyTerm(conn.db, w.coordinator, { list: "competence", nb: "Båtfører" });
    await createApiToken(conn.db, w.admin, { name: "Fagsystemet" });
    const imported = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Frei Husflidslag", source: "imported", email: "post@frei.test" });
    await claimOrganization(conn.db, w.resident, { organizationId: imported.id, message: "Jeg er leder." });
    await sendOutreachInvitations(conn.db, w.coordinator, { to: "chosen", organizationId: [imported.id] });

    const resourcesPath = `/organisasjoner/${organizationId}/ressurser`;
    const cases: [Page, string, string, Record<string, string>, string][] = [
      [resources, `${resourcesPath}?ny=utstyr&utfort=lagt-til`, w.orgAdmin.personId, { id: organizationId }, `${resourcesPath}?ny=utstyr#errors`],
      [resources, `${resourcesPath}?rediger=${resourceId}`, w.orgAdmin.personId, { id: organizationId }, `${resourcesPath}?rediger=${resourceId}#errors`],
      [members, `/organisasjoner/${organizationId}/medlemmer?utfort=fjernet`, w.orgAdmin.personId, { id: organizationId }, `/organisasjoner/${organizationId}/medlemmer#errors`],
      [vocabulary, "/koordinering/vokabular?utfort=slettet", w.coordinator.personId, {}, "/koordinering/vokabular#errors"],
      [claims, "/koordinering/overtakelser?utfort=rejected", w.coordinator.personId, {}, "/koordinering/overtakelser#errors"],
      [invitations, "/koordinering/invitasjoner?sendt=1", w.coordinator.personId, {}, "/koordinering/invitasjoner#errors"],
      [invite, "/koordinering/invitasjoner/ny?utvalg=unclaimed", w.coordinator.personId, {}, "/koordinering/invitasjoner/ny?utvalg=unclaimed#errors"],
      [person, `/admin/personer/${w.coordinator.personId}?organisasjon=Frei&utfort=gitt`, w.admin.personId, { id: w.coordinator.personId }, `/admin/personer/${w.coordinator.personId}?organisasjon=Frei#errors`],
      [apiTokens, "/admin/api-nokler?organisasjon=Frei&utfort=trukket", w.admin.personId, {}, "/admin/api-nokler?organisasjon=Frei#errors"],
    ];
    for (const [page, url, personId, params, action] of cases) {
      const html = await failedPage(page, url, personId, params);
      expect(summaryIds(html), url).toEqual(["errors"]);
      const forms = postedTo(html);
      expect(forms.length, url).toBeGreaterThan(0);
      expect(new Set(forms), url).toEqual(new Set([action]));
    }
  });
});

describe("a page with one form and its error summary near the top", () => {
  it("has the form post to the summary, keeping where signing in leads, so the answer opens there with focus on it without JavaScript", async () => {
    const imported = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Tustna Sanglag", source: "imported", email: "post@tustna.test" });
    const claimPath = `/organisasjoner/${imported.id}/overta`;
    const cases: [Page, string, string, Record<string, string>, string][] = [
      [signIn, "/logg-inn?returnTo=%2Fadmin", "", {}, "/logg-inn?returnTo=%2Fadmin#errors"],
      [signIn, "/logg-inn", "", {}, "/logg-inn#errors"],
      [signUp, "/registrer", "", {}, "/registrer#errors"],
      [forgotPassword, "/glemt-passord", "", {}, "/glemt-passord#errors"],
      [resendVerification, "/bekreft-epost/ny", "", {}, "/bekreft-epost/ny#errors"],
      [deleteAccount, "/mine-data/slett", w.resident.personId, {}, "/mine-data/slett#errors"],
      [newOrganization, "/organisasjoner/ny", w.resident.personId, {}, "/organisasjoner/ny#errors"],
      [claim, claimPath, w.resident.personId, { id: imported.id }, `${claimPath}#errors`],
    ];
    for (const [page, url, personId, params, action] of cases) {
      const html = await failedPage(page, url, personId, params);
      expect(summaryIds(html), url).toEqual(["errors"]);
      expect(postedTo(html), url).toEqual([action]);
    }
  });
});
