import type { Permission } from "../permissions";
import type { Role } from "../permissions/schema";

export type Grant = { role: Role; organizationId: string | null };

/** A signed-in person acting in one municipality, with the roles they hold there. */
export type PersonActor = {
  kind: "person";
  personId: string;
  municipalityId: string;
  email: string;
  name: string;
  grants: Grant[];
};

/** An API token acting for a municipality or for one organisation in it. */
export type TokenActor = {
  kind: "token";
  tokenId: string;
  municipalityId: string;
  organizationId: string | null;
};

export type Anonymous = { kind: "anonymous"; municipalityId: string };

/**
 * A command-line tool run by the operator (an import, say): it holds only the permissions it was started
 * with, and the audit log names it by `label`.
 */
export type SystemActor = { kind: "system"; municipalityId: string; label: string; permissions: readonly Permission[] };

export type Actor = PersonActor | TokenActor | Anonymous | SystemActor;

export function anonymous(municipalityId: string): Anonymous {
  return { kind: "anonymous", municipalityId };
}
