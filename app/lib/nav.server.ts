import type { Actor } from "../../platform/auth/actor";
import { can } from "../../platform/permissions";
import type { MessageKey } from "../i18n/nb";

export type NavItem = { to: string; label: MessageKey };

/** The main navigation: what this person may use, by role. Capabilities add their pages here as they land. */
export function navigationFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [
    { to: "/", label: "nav.home" },
    { to: "/organisasjoner", label: "nav.organizations" },
  ];
  if (actor.kind !== "person") return items;
  if (can(actor, "sector.coordinate")) items.push({ to: "/koordinering", label: "nav.coordinator" });
  if (can(actor, "roles.manage")) items.push({ to: "/admin", label: "nav.admin" });
  if (actor.grants.some((g) => g.organizationId !== null)) items.push({ to: "/mine-organisasjoner", label: "nav.myOrganizations" });
  items.push({ to: "/mine-data", label: "nav.myData" });
  return items;
}
