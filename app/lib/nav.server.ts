import type { Actor } from "../../platform/auth/actor";
import { can, hasOrgRole } from "../../platform/permissions";
import type { MessageKey } from "../i18n/nb";

export type NavItem = { to: string; label: MessageKey };

/** The main navigation: what this person may use, by role. */
export function navigationFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [{ to: "/", label: "nav.home" }];
  if (actor.kind !== "person") return items;
  if (can(actor, "sector.coordinate")) items.push({ to: "/koordinering", label: "nav.coordinator" });
  if (can(actor, "cases.handle")) items.push({ to: "/saksbehandling", label: "nav.cases" });
  if (actor.grants.some((g) => g.organizationId && hasOrgRole(actor, ["org_admin", "org_member"], g.organizationId))) {
    items.push({ to: "/mine-organisasjoner", label: "nav.myOrganizations" });
  }
  if (can(actor, "roles.manage")) items.push({ to: "/admin", label: "nav.admin" });
  items.push({ to: "/mine-data", label: "nav.myData" });
  return items;
}
