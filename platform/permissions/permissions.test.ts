import { describe, expect, it } from "vitest";
import { withTestWorld } from "../testing/hooks";
import { assertCan, can } from ".";
import { ForbiddenError, UnauthenticatedError } from "../errors";

const { w } = withTestWorld();

describe("permissions", () => {
  it("gives role management to admins only", () => {
    expect(can(w.admin, "roles.manage")).toBe(true);
    for (const actor of [w.coordinator, w.staff, w.orgAdmin, w.orgMember, w.volunteer, w.resident, w.anonymous]) {
      expect(can(actor, "roles.manage")).toBe(false);
    }
  });

  it("lets an organisation's admin, but not its member or another organisation, update it", () => {
    const scope = { organizationId: w.organization.id };
    expect(can(w.orgAdmin, "organization.update", scope)).toBe(true);
    expect(can(w.coordinator, "organization.update", scope)).toBe(true);
    expect(can(w.orgMember, "organization.update", scope)).toBe(false);
    expect(can(w.orgAdmin, "organization.update", { organizationId: w.otherOrganization.id })).toBe(false);
    expect(can(w.staff, "organization.update", scope)).toBe(false);
  });

  it("tells the anonymous to sign in and refuses the signed-in without the right", () => {
    expect(() => assertCan(w.anonymous, "audit.read")).toThrow(UnauthenticatedError);
    expect(() => assertCan(w.volunteer, "audit.read")).toThrow(ForbiddenError);
    expect(() => assertCan(w.admin, "audit.read")).not.toThrow();
  });
});
