import type { Role } from "../../platform/permissions/schema";
import type { Translate } from "../i18n/react";

/** A role as people read it, with its organisation for the organisation roles. */
export function roleText(t: Translate, role: Role, organizationName?: string | null, organizationId?: string | null): string {
  const name = t(`admin.role.${role}`);
  if (!organizationId) return name;
  return t("admin.role.inOrganization", { role: name, organization: organizationName ?? t("admin.role.unknownOrganization") });
}
