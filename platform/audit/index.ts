import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { auditEvent } from "./schema";

export type AuditEntry = {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
};

const API_TOKEN_LABEL = "api-token:";

export function actorLabel(actor: Actor): string {
  if (actor.kind === "person") return actor.email;
  if (actor.kind === "token") return `${API_TOKEN_LABEL}${actor.tokenId}`;
  if (actor.kind === "system") return actor.label;
  return "anonymous";
}

/** The id of the API key an entry's actor label names, so that a reader can be shown the key's name instead. */
export function apiTokenIdOf(label: string): string | null {
  return label.startsWith(API_TOKEN_LABEL) ? label.slice(API_TOKEN_LABEL.length) : null;
}

/** Call inside the use case's transaction so the change and its audit entry land together. */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvent).values({
    municipalityId: actor.municipalityId,
    actorId: actor.kind === "person" ? actor.personId : null,
    actorLabel: actorLabel(actor),
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    details: entry.details ?? {},
  });
}
