import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "../../platform/errors";
import { getOrganizationLogo, MAX_LOGO_BYTES, removeOrganizationLogo, setOrganizationLogo, sniffImageType } from "./logo";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
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

  it("refuses members and other organisations' admins", async () => {
    await expect(setOrganizationLogo(conn.db, w.orgMember, { organizationId: w.organization.id, bytes: PNG })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.otherOrganization.id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("removes the logo", async () => {
    await removeOrganizationLogo(conn.db, w.orgAdmin, { organizationId: w.organization.id });
    await expect(getOrganizationLogo(conn.db, w.municipality.id, w.organization.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
