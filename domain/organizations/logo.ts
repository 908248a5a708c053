import { crc32 } from "node:zlib";
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

/**
 * Pixels per side: far more than a logo shown at a few hundred pixels needs, and few enough that a browser can
 * still decode the largest such image (8000 × 8000 RGBA takes 256 MB).
 */
export const MAX_LOGO_SIDE = 8000;

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

type ImageDimensions = { width: number; height: number };

/**
 * Width and height from the image's own headers, or null when the file is not whole: a correct signature
 * alone lets through files that every browser shows as broken. Only the structure is checked; no pixels
 * are decoded.
 */
export function readImageDimensions(bytes: Uint8Array, type: LogoType): ImageDimensions | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === "image/png") return pngDimensions(bytes, view);
  if (type === "image/jpeg") return jpegDimensions(bytes, view);
  return webpDimensions(bytes, view);
}

type Chunk = { type: string; start: number; length: number };

const fourCharacterCode = (bytes: Uint8Array, offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));

const positive = (dimensions: ImageDimensions) => (dimensions.width > 0 && dimensions.height > 0 ? dimensions : null);

/** The bit depths the PNG specification allows for each colour type; any other pair cannot be decoded. */
const PNG_BIT_DEPTHS: Record<number, number[] | undefined> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

function pngDimensions(bytes: Uint8Array, view: DataView): ImageDimensions | null {
  const chunks: Chunk[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    if (offset + 12 > bytes.length) return null;
    const length = view.getUint32(offset);
    const crcAt = offset + 8 + length;
    if (crcAt + 4 > bytes.length || crc32(bytes.subarray(offset + 4, crcAt)) !== view.getUint32(crcAt)) return null;
    chunks.push({ type: fourCharacterCode(bytes, offset + 4), start: offset + 8, length });
    offset = crcAt + 4;
  }
  const [header] = chunks;
  if (header?.type !== "IHDR" || header.length !== 13) return null;
  const types = chunks.map((chunk) => chunk.type);
  // Data after IEND is never shown, and is how files that are also something else are made.
  if (types.indexOf("IEND") !== types.length - 1) return null;
  const firstData = types.indexOf("IDAT");
  if (firstData < 0) return null;
  const [bitDepth, colourType, compression, filter, interlace] = bytes.subarray(header.start + 8, header.start + 13);
  if (!PNG_BIT_DEPTHS[colourType!]?.includes(bitDepth!) || compression !== 0 || filter !== 0 || interlace! > 1) return null;
  if (colourType === 3 && !types.slice(0, firstData).includes("PLTE")) return null;
  return positive({ width: view.getUint32(header.start), height: view.getUint32(header.start + 4) });
}

/** Start-of-frame markers; C4, C8 and CC share the range but define tables and extensions. */
const JPEG_FRAME_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const JPEG_START_OF_SCAN = 0xda;

/** Walks the header segments up to the first scan; the compressed data after it has no lengths to check. */
function jpegDimensions(bytes: Uint8Array, view: DataView): ImageDimensions | null {
  let frame: ImageDimensions | null = null;
  let offset = 2;
  while (bytes[offset] === 0xff) {
    while (bytes[offset] === 0xff) offset++;
    const marker = bytes[offset++];
    if (marker === undefined) return null;
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0x00 || marker === 0xd8 || marker === 0xd9 || offset + 2 > bytes.length) return null;
    const length = view.getUint16(offset);
    if (length < 2 || offset + length > bytes.length) return null;
    if (JPEG_FRAME_MARKERS.has(marker)) {
      if (length < 8 || length !== 8 + 3 * bytes[offset + 7]!) return null;
      frame = positive({ width: view.getUint16(offset + 5), height: view.getUint16(offset + 3) });
      if (!frame) return null;
    }
    if (marker === JPEG_START_OF_SCAN) return frame && endsWithEndOfImage(bytes, offset + length) ? frame : null;
    offset += length;
  }
  return null;
}

/** Some encoders pad the file with zero bytes after the end-of-image marker, which decoders ignore. */
function endsWithEndOfImage(bytes: Uint8Array, scanStart: number): boolean {
  let end = bytes.length;
  while (end > scanStart && bytes[end - 1] === 0) end--;
  return end - 2 > scanStart && bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9;
}

function webpDimensions(bytes: Uint8Array, view: DataView): ImageDimensions | null {
  if (bytes.length < 12 || view.getUint32(4, true) + 8 !== bytes.length) return null;
  const chunks: Chunk[] = [];
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset + 4, true);
    if (offset + 8 + length > bytes.length) return null;
    chunks.push({ type: fourCharacterCode(bytes, offset), start: offset + 8, length });
    // Chunks with an odd length are followed by a padding byte.
    offset += 8 + length + (length % 2);
  }
  if (offset !== bytes.length) return null;
  const frames = chunks.filter((chunk) => chunk.type === "VP8 " || chunk.type === "VP8L").map((chunk) => webpFrameDimensions(bytes, view, chunk));
  if (frames.includes(null)) return null;
  const [first] = chunks;
  if (first?.type !== "VP8X") return first?.type === "VP8 " || first?.type === "VP8L" ? frames[0]! : null;
  if (first.length < 10 || (frames.length === 0 && !chunks.some((chunk) => chunk.type === "ANMF"))) return null;
  const uint24 = (at: number) => view.getUint16(at, true) + (bytes[at + 2]! << 16);
  return { width: uint24(first.start + 4) + 1, height: uint24(first.start + 7) + 1 };
}

function webpFrameDimensions(bytes: Uint8Array, view: DataView, { type, start, length }: Chunk): ImageDimensions | null {
  if (type === "VP8L") {
    // A signature byte, then 14 bits each of width - 1 and height - 1, an alpha bit and a 3-bit version that must be 0.
    if (length < 5 || bytes[start] !== 0x2f) return null;
    const bits = view.getUint32(start + 1, true);
    if (bits >>> 29 !== 0) return null;
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  // A lossy image is a single key frame: a 3-byte frame tag whose lowest bit is 0, the start code 9D 01 2A, then 14-bit sizes.
  const keyFrame = length >= 10 && (bytes[start]! & 1) === 0 && bytes[start + 3] === 0x9d && bytes[start + 4] === 0x01 && bytes[start + 5] === 0x2a;
  return keyFrame ? positive({ width: view.getUint16(start + 6, true) & 0x3fff, height: view.getUint16(start + 8, true) & 0x3fff }) : null;
}

/** Replaces the organisation's logo with a whole PNG, JPEG or WebP image of at most 1 MB and {@link MAX_LOGO_SIDE} pixels a side. */
export async function setOrganizationLogo(db: Db, actor: Actor, input: { organizationId: string; bytes: Uint8Array }): Promise<void> {
  const org = await loadOrganization(db, actor.municipalityId, input.organizationId);
  assertCan(actor, "organization.update", { organizationId: org.id });
  if (input.bytes.byteLength === 0) throw new ValidationError({ logo: [{ key: "validation.required" }] });
  if (input.bytes.byteLength > MAX_LOGO_BYTES) throw new ValidationError({ logo: [{ key: "validation.logoTooLarge" }] });
  const contentType = sniffImageType(input.bytes);
  if (!contentType) throw new ValidationError({ logo: [{ key: "validation.logoType" }] });
  const dimensions = readImageDimensions(input.bytes, contentType);
  if (!dimensions) throw new ValidationError({ logo: [{ key: "validation.logoDamaged" }] });
  if (dimensions.width > MAX_LOGO_SIDE || dimensions.height > MAX_LOGO_SIDE) {
    throw new ValidationError({ logo: [{ key: "validation.logoDimensions", params: { max: MAX_LOGO_SIDE } }] });
  }
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
