import { describe, expect, it } from "vitest";
import { sectionsFor } from "./home";
import type { NavItem } from "../lib/nav.server";
import { routePaths } from "../../platform/testing/routes";

const PUBLIC_NAV: NavItem[] = [
  { to: "/", label: "nav.home" },
  { to: "/organisasjoner", label: "nav.organizations" },
];
const linksOf = (nav: NavItem[], signedIn: boolean) => sectionsFor(nav, signedIn).map((section) => section.link?.to);

describe("the front page", () => {
  it("leads a visitor to the directory, to registering an organisation and, for staff, to signing in", () => {
    expect(linksOf(PUBLIC_NAV, false)).toEqual(["/organisasjoner", "/organisasjoner/ny", "/logg-inn?returnTo=%2Fkoordinering"]);
  });

  it("leads an organisation's people to their organisations and a coordinator to the map of the sector", () => {
    const nav: NavItem[] = [...PUBLIC_NAV, { to: "/koordinering", label: "nav.coordinator" }, { to: "/mine-organisasjoner", label: "nav.myOrganizations" }];
    expect(linksOf(nav, true)).toEqual(["/organisasjoner", "/mine-organisasjoner", "/koordinering"]);
  });

  it("offers a signed-in resident no way into the municipality's pages", () => {
    expect(linksOf(PUBLIC_NAV, true)).toEqual(["/organisasjoner", "/organisasjoner/ny", undefined]);
  });

  it("links only to pages that exist", async () => {
    const paths = await routePaths();
    const nav: NavItem[] = [...PUBLIC_NAV, { to: "/koordinering", label: "nav.coordinator" }, { to: "/mine-organisasjoner", label: "nav.myOrganizations" }];
    for (const to of [...linksOf(PUBLIC_NAV, false), ...linksOf(nav, true)]) expect(paths).toContain(new URL(to!, "http://x").pathname);
  });
});
