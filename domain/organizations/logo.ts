import { and, eq } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { NotFoundError, ValidationError } from "../../platform/errors";
import { storedFile } from "../../platform/files/schema";
import { assertCan } from "../../platform/permissions";
import { isUuid } from "../administration/paging";
import { loadOrganization } from "./profile";
import { organization } from "./schema";

export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoType = "image/png" | "image/jpeg" | "image/webp";

/**
 * The image type read from the file's first bytes, never from its name or the browser's claim. SVG is
 * refused on purpose: it can carry scripts.
 */
export function sniffImageType(bytes: Uint8Array): LogoType | null {
  const starts = (offset: number, signature: number[]) => signature.every((b, i) => bytes[offset + i] === b);
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts(0, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) return "image/webp";
  return null;
}

/** Replaces the organisation's logo with a PNG, JPEG or WebP image of at most 1 MB. */
export async function setOrganizationLogo(db: Db, actor: Actor, input: { organizationId: string; bytes: Uint8Array }): Promise<void> {
  const org = await loadOrganization(db, actor.municipalityId, input.organizationId);
  assertCan(actor, "organization.update", { organizationId: org.id });
  if (input.bytes.byteLength === 0) throw new ValidationError({ logo: [{ key: "validation.required" }] });
  if (input.bytes.byteLength > MAX_LOGO_BYTES) throw new ValidationError({ logo: [{ key: "validation.logoTooLarge" }] });
  const contentType = sniffImageType(input.bytes);
  if (!contentType) throw new ValidationError({ logo: [{ key: "validation.logoType" }] });
  await db.transaction(async (tx) => {
    const [file] = await tx
      .insert(storedFile)
      .values({ municipalityId: org.municipalityId, contentType, byteSize: input.bytes.byteLength, data: Buffer.from(input.bytes) })
      .returning({ id: storedFile.id });
    await tx.update(organization).set({ logoFileId: file!.id, updatedAt: new Date() }).where(eq(organization.id, org.id));
    if (org.logoFileId) await tx.delete(storedFile).where(eq(storedFile.id, org.logoFileId));
    await recordAudit(tx, actor, {
      action: "organization.logoChanged",
      subjectType: "organization",
      subjectId: org.id,
      details: { changes: { logo: [org.logoFileId, file!.id] } },
    });
  });
}

export async function removeOrganizationLogo(db: Db, actor: Actor, input: { organizationId: string }): Promise<void> {
  const org = await loadOrganization(db, actor.municipalityId, input.organizationId);
  assertCan(actor, "organization.update", { organizationId: org.id });
  if (!org.logoFileId) return;
  const oldId = org.logoFileId;
  await db.transaction(async (tx) => {
    await tx.update(organization).set({ logoFileId: null, updatedAt: new Date() }).where(eq(organization.id, org.id));
    await tx.delete(storedFile).where(eq(storedFile.id, oldId));
    await recordAudit(tx, actor, {
      action: "organization.logoRemoved",
      subjectType: "organization",
      subjectId: org.id,
      details: { changes: { logo: [oldId, null] } },
    });
  });
}

export type Logo = { contentType: LogoType; bytes: Uint8Array<ArrayBuffer>; fileId: string };

/** An organisation's logo is public, like its name. */
export async function getOrganizationLogo(db: Db, municipalityId: string, organizationId: string): Promise<Logo> {
  if (!isUuid(organizationId)) throw new NotFoundError("logo");
  const [row] = await db
    .select({ fileId: storedFile.id, contentType: storedFile.contentType, data: storedFile.data })
    .from(organization)
    .innerJoin(storedFile, eq(storedFile.id, organization.logoFileId))
    .where(and(eq(organization.id, organizationId), eq(organization.municipalityId, municipalityId)));
  if (!row) throw new NotFoundError("logo");
  return { contentType: row.contentType as LogoType, bytes: new Uint8Array(row.data), fileId: row.fileId };
}
