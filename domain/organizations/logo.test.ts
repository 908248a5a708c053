import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { catalogs } from "../../app/i18n/catalogs.server";
import { ForbiddenError, NotFoundError, ValidationError } from "../../platform/errors";
import { interpolate } from "../../platform/i18n/format";
import { getOrganizationLogo, MAX_LOGO_BYTES, MAX_LOGO_SIDE, readImageDimensions, removeOrganizationLogo, setOrganizationLogo, sniffImageType } from "./logo";
import { withTestWorld } from "../../platform/testing/hooks";
import { ONE_PIXEL_PNG } from "../../platform/testing/images";

const { conn, w } = withTestWorld();

const hex = (text: string) => Uint8Array.from(text.replace(/\s/g, "").match(/../g)!, (pair) => parseInt(pair, 16));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const uint32 = (value: number) => new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
const ascii = (text: string) => new TextEncoder().encode(text);

const PNG = new Uint8Array(ONE_PIXEL_PNG);

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concat(ascii(type), data);
  return concat(uint32(data.length), typeAndData, uint32(crc32(typeAndData)));
}

const PNG_SIGNATURE = PNG.subarray(0, 8);
const PNG_DATA = pngChunk("IDAT", hex("789c6300010000050001"));
const PNG_END = pngChunk("IEND", new Uint8Array());

/** An RGBA header, valid but for what the test puts in it. */
const pngHeader = (width: number, height: number, depthAndColour = "0806") => pngChunk("IHDR", concat(uint32(width), uint32(height), hex(`${depthAndColour}000000`)));

/**
 * A 1×1 grey baseline JPEG written by hand: quantisation table, frame header, one-code Huffman tables for DC and
 * AC, and a scan whose single byte codes "no difference, end of block". djpeg decodes it to one grey pixel.
 */
const JPEG_TABLES = hex(`ffdb0043 00 ${"01".repeat(64)}`);
const jpegFrame = (height: number, width: number) => concat(hex("ffc0000b08"), uint32(height).subarray(2), uint32(width).subarray(2), hex("01011100"));
const JPEG_SCAN = hex(`ffc40014 00 01${"00".repeat(15)} 00  ffc40014 10 01${"00".repeat(15)} 00  ffda0008 0101 00 003f00  3f`);
const JPEG = concat(hex("ffd8"), JPEG_TABLES, jpegFrame(1, 1), JPEG_SCAN, hex("ffd9"));

/** 1×1 WebP images from libwebp, as lossy (VP8), lossless (VP8L) and extended with alpha (VP8X); dwebp decodes each. */
const WEBP_LOSSY = hex("52494646 22000000 57454250 56503820 16000000 3001009d012a 01000100 0ec0fe25a4000370000000 00");
const WEBP_LOSSLESS = hex("52494646 1a000000 57454250 5650384c 0d000000 2f00000010071011118888fe07 00");
const WEBP_EXTENDED = hex(`
  52494646 4a000000 57454250
  56503858 0a000000 10000000 000000 000000
  414c5048 0c000000 11071011fd0f4444ff030000
  56503820 18000000 1401009d012a 01000100 0000fe00000dc000fee6b5000000`);

const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');


async function logoError(bytes: Uint8Array) {
  const error = await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.organization.id, bytes }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.logo?.[0]?.key;
}

describe("logo", () => {
  it("recognises PNG, JPEG and WebP by their bytes", () => {
    expect(sniffImageType(PNG)).toBe("image/png");
    expect(sniffImageType(JPEG)).toBe("image/jpeg");
    expect(sniffImageType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(SVG)).toBeNull();
  });

  it("lets the organisation's admin set and replace the logo, which anyone may then read", async () => {
    await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.organization.id, bytes: PNG });
    await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.organization.id, bytes: JPEG });
    const logo = await getOrganizationLogo(conn.db, w.municipality.id, w.organization.id);
    expect(logo.contentType).toBe("image/jpeg");
    expect([...logo.bytes]).toEqual([...JPEG]);
  });

  it("refuses SVG, other files, empty files and files over 1 MB", async () => {
    expect(await logoError(SVG)).toBe("validation.logoType");
    expect(await logoError(new TextEncoder().encode("%PDF-1.7"))).toBe("validation.logoType");
    expect(await logoError(new Uint8Array())).toBe("validation.required");
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(PNG);
    expect(await logoError(big)).toBe("validation.logoTooLarge");
  });

  it("refuses a PNG signature followed by a header claiming 100000 × 100000 pixels and no image data", async () => {
    await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.organization.id, bytes: PNG });
    expect(await logoError(concat(PNG_SIGNATURE, pngHeader(100_000, 100_000), PNG_END))).toBe("validation.logoDamaged");
    expect([...(await getOrganizationLogo(conn.db, w.municipality.id, w.organization.id)).bytes]).toEqual([...PNG]);
  });

  it("refuses a whole image of more than 8000 pixels a side, saying so in every language of the edit page", async () => {
    const error = await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.organization.id, bytes: concat(PNG_SIGNATURE, pngHeader(8001, 1), PNG_DATA, PNG_END) }).catch((e: unknown) => e);
    const [message] = (error as ValidationError).fieldErrors.logo!;
    expect(message).toEqual({ key: "validation.logoDimensions", params: { max: MAX_LOGO_SIDE } });
    for (const lang of ["nb", "nn", "en"] as const) {
      expect(interpolate(catalogs[lang]["validation.logoDimensions"], message!.params)).toMatch(/8000 × 8000/);
      expect(catalogs[lang]["validation.logoDamaged"]).toBeTruthy();
    }
  });

  it("accepts small real PNG, JPEG and WebP files, and reads their size", async () => {
    for (const bytes of [PNG, JPEG, WEBP_LOSSY, WEBP_LOSSLESS, WEBP_EXTENDED]) {
      await setOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.organization.id, bytes });
      const logo = await getOrganizationLogo(conn.db, w.municipality.id, w.organization.id);
      expect(readImageDimensions(bytes, logo.contentType)).toEqual({ width: 1, height: 1 });
    }
    expect(readImageDimensions(concat(PNG_SIGNATURE, pngHeader(MAX_LOGO_SIDE, MAX_LOGO_SIDE), PNG_DATA, PNG_END), "image/png")).toEqual({ width: 8000, height: 8000 });
    expect(readImageDimensions(concat(JPEG, new Uint8Array(16)), "image/jpeg")).toEqual({ width: 1, height: 1 });
  });

  it.each([
    ["a bad checksum", concat(PNG.subarray(0, 29), hex("00"), PNG.subarray(30))],
    ["a width changed after its checksum", concat(PNG_SIGNATURE, pngHeader(1, 1).with(11, 2), PNG_DATA, PNG_END)],
    ["a cut-off end", PNG.subarray(0, PNG.length - 5)],
    ["no end chunk", concat(PNG_SIGNATURE, pngHeader(1, 1), PNG_DATA)],
    ["data after the end chunk", concat(PNG, ascii("<script>"))],
    ["a chunk longer than the file", concat(PNG_SIGNATURE, pngHeader(1, 1), uint32(0x7fffffff), PNG_DATA.subarray(4), PNG_END)],
    ["no header first", concat(PNG_SIGNATURE, PNG_DATA, pngHeader(1, 1), PNG_END)],
    ["a header of the wrong length", concat(PNG_SIGNATURE, pngChunk("IHDR", concat(uint32(1), uint32(1), hex("0806000000"), hex("00"))), PNG_DATA, PNG_END)],
    ["no width", concat(PNG_SIGNATURE, pngHeader(0, 1), PNG_DATA, PNG_END)],
    ["a bit depth its colour type does not have", concat(PNG_SIGNATURE, pngHeader(1, 1, "0302"), PNG_DATA, PNG_END)],
    ["a palette image without its palette", concat(PNG_SIGNATURE, pngHeader(1, 1, "0803"), PNG_DATA, PNG_END)],
  ])("refuses a PNG with %s as damaged", async (_problem, bytes) => {
    expect(sniffImageType(bytes)).toBe("image/png");
    expect(await logoError(bytes)).toBe("validation.logoDamaged");
  });

  it.each([
    ["no frame header", concat(hex("ffd8"), JPEG_TABLES, JPEG_SCAN, hex("ffd9"))],
    ["a frame of height 0", concat(hex("ffd8"), JPEG_TABLES, jpegFrame(0, 1), JPEG_SCAN, hex("ffd9"))],
    ["a cut-off end", JPEG.subarray(0, JPEG.length - 2)],
    ["a segment longer than the file", concat(hex("ffd8ffe1fff0"), JPEG.subarray(2))],
    ["no image data", concat(hex("ffd8"), JPEG_TABLES, jpegFrame(1, 1), hex("ffd9"))],
    ["a frame header of the wrong length", concat(hex("ffd8"), JPEG_TABLES, jpegFrame(1, 1).with(3, 0x0e), JPEG_SCAN, hex("ffd9"))],
  ])("refuses a JPEG with %s as damaged", async (_problem, bytes) => {
    expect(sniffImageType(bytes)).toBe("image/jpeg");
    expect(await logoError(bytes)).toBe("validation.logoDamaged");
  });

  it.each([
    ["a RIFF size larger than the file", WEBP_LOSSY.with(4, 0x24)],
    ["a RIFF size smaller than the file", concat(WEBP_LOSSY, hex("0000"))],
    ["a cut-off end", WEBP_LOSSLESS.subarray(0, 30).with(4, 30 - 8)],
    ["a lossy frame without its start code", WEBP_LOSSY.with(23, 0)],
    ["a lossless frame without its signature", WEBP_LOSSLESS.with(20, 0)],
    ["an extended header but no image", concat(hex("52494646 16000000"), WEBP_EXTENDED.subarray(8, 30))],
    ["no image chunk", concat(hex("52494646 0c000000 57454250"), ascii("EXIF"), uint32(0))],
  ])("refuses a WebP with %s as damaged", async (_problem, bytes) => {
    expect(sniffImageType(bytes)).toBe("image/webp");
    expect(await logoError(bytes)).toBe("validation.logoDamaged");
  });

  it.each([
    ["a PNG", concat(PNG_SIGNATURE, pngHeader(100_000, 100_000), PNG_DATA, PNG_END), { width: 100_000, height: 100_000 }],
    ["a JPEG", concat(hex("ffd8"), JPEG_TABLES, jpegFrame(0xffff, 1), JPEG_SCAN, hex("ffd9")), { width: 1, height: 65_535 }],
    ["a lossless WebP", WEBP_LOSSLESS.with(21, 0xff).with(22, 0x3f), { width: 16_384, height: 1 }],
    ["an extended WebP", WEBP_EXTENDED.with(24, 0x9f).with(25, 0x86).with(26, 0x01), { width: 100_000, height: 1 }],
  ])("refuses %s too large in pixels", async (_format, bytes, dimensions) => {
    expect(readImageDimensions(bytes, sniffImageType(bytes)!)).toEqual(dimensions);
    expect(await logoError(bytes)).toBe("validation.logoDimensions");
  });

  it("refuses members and other organisations' admins", async () => {
    await expect(setOrganizationLogo(conn.db, w.orgMember, { organizationId: w.organization.id, bytes: PNG })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.otherOrganization.id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("removes the logo", async () => {
    await removeOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.organization.id });
    await expect(getOrganizationLogo(conn.db, w.municipality.id, w.organization.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
