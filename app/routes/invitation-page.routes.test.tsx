import type { ComponentType } from "react";
import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import { OUTREACH_LINK_DAYS, type OpenedInvitation } from "../../domain/organizations/outreach";
import * as invitation from "./invitation";

type PageProps = { loaderData: { invitation: OpenedInvitation; signedIn: boolean; here: string; title: string; linkDays: number } };

function textOf(opened: OpenedInvitation): string {
  const Page = invitation.default as unknown as ComponentType<PageProps>;
  const loaderData = { invitation: opened, signedIn: true, here: "/invitasjon/x", title: "", linkDays: OUTREACH_LINK_DAYS };
  const Stub = createRoutesStub([{ path: "/invitasjon/x", Component: () => <Page loaderData={loaderData} /> }]);
  const html = renderToString(
    <I18nProvider lang="nb" messages={catalogs.nb}>
      <Stub initialEntries={["/invitasjon/x"]} />
    </I18nProvider>,
  );
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

const link = { organizationId: crypto.randomUUID(), organizationName: "Roklubben", isAdmin: false };

describe("the invitation page", () => {
  it("says why a link that was used or is too old no longer hands the organisation over, and offers no button", () => {
    const used = textOf({ status: "used", ...link });
    expect(used).toContain("Noen har allerede tatt over Roklubben med en lenke fra kommunen");
    const expired = textOf({ status: "expired", ...link });
    expect(expired).toContain(`Lenken er eldre enn ${OUTREACH_LINK_DAYS} dager`);
    for (const text of [used, expired]) expect(text).not.toContain("Ta over Roklubben");
    expect(textOf({ status: "valid", ...link })).toContain("Ta over Roklubben");
  });
});
