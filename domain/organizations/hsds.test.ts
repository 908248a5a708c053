import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../../platform/errors";
import { createWorld } from "../../platform/testing/world";
import { exportHsdsOrganizations } from "./hsds";
import { insertOrganization } from "./organizations";
import { organization, organizationContact } from "./schema";
import { withTestWorld } from "../../platform/testing/hooks";

const SCHEMA_DIR = join(import.meta.dirname, "hsds-schema");

/**
 * The HSDS files refer to each other by file name ("$ref": "contact.json"); registered under those
 * names, ajv resolves the references. They carry HSDS's own annotations, so strict mode is off.
 */
function hsdsValidator(): { organization: ValidateFunction; page: ValidateFunction } {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")), file);
  }
  const page = ajv.compile({
    type: "object",
    required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
    properties: {
      total_items: { type: "integer" },
      total_pages: { type: "integer" },
      page_number: { type: "integer" },
      size: { type: "integer" },
      first_page: { type: "boolean" },
      last_page: { type: "boolean" },
      empty: { type: "boolean" },
      contents: { type: "array", items: { $ref: "organization.json" } },
    },
  });
  return { organization: ajv.getSchema("organization.json")!, page };
}

const { conn, w } = withTestWorld();

beforeAll(async () => {
  const full = await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Kristiansund Røde Kors", organizationNumber: "971277882" });
  await conn.db
    .update(organization)
    .set({
      description: "Besøkstjeneste, førstehjelp og beredskap.",
      email: "post@krk.test",
      phone: "+47 71 58 00 00",
      website: "www.rodekors.no/kristiansund",
      organizationForm: "FLI",
      foundedOn: "1921-05-03",
    })
    .where(eq(organization.id, full.id));
  await conn.db.insert(organizationContact).values({ organizationId: full.id, name: "Kari Kontakt", email: "kari@krk.test", phone: "90000000" });
  await insertOrganization(conn.db, { municipalityId: w.municipality.id, name: "Uformell strikkegjeng" });
});

describe("exportHsdsOrganizations", () => {
  it("gives every organisation as a valid HSDS 3.0 organization in the paged list shape", async () => {
    const result = await exportHsdsOrganizations(conn.db, w.anonymous, {});
    const validate = hsdsValidator();
    expect(validate.page(result), JSON.stringify(validate.page.errors)).toBe(true);
    for (const item of result.contents) expect(validate.organization(item), JSON.stringify(validate.organization.errors)).toBe(true);
    expect(result).toMatchObject({ total_items: 4, total_pages: 1, page_number: 1, first_page: true, last_page: true, empty: false });
    const broken = { ...result.contents[0]!, organization_identifiers: [{ id: "x", identifier_type: "organisasjonsnummer" }] };
    expect(validate.organization(broken)).toBe(false);
  });

  it("carries the organisasjonsnummer as an NO-BRC identifier, and public facts but no contact persons", async () => {
    const { contents } = await exportHsdsOrganizations(conn.db, w.anonymous, {});
    const redCross = contents.find((o) => o.name === "Kristiansund Røde Kors")!;
    expect(redCross.organization_identifiers).toEqual([
      expect.objectContaining({ identifier_scheme: "NO-BRC", identifier_type: "organisasjonsnummer", identifier: "971277882", organization_id: redCross.id }),
    ]);
    expect(redCross).toMatchObject({ website: "https://www.rodekors.no/kristiansund", email: "post@krk.test", year_incorporated: 1921 });
    expect(JSON.stringify(contents)).not.toContain("Kari");
    expect(contents.find((o) => o.name === "Uformell strikkegjeng")!.organization_identifiers).toEqual([]);
  });

  it("pages with page and per_page, says which page is the last and how many organisations this page holds", async () => {
    const second = await exportHsdsOrganizations(conn.db, w.anonymous, { page: "2", per_page: "3" });
    expect(second).toMatchObject({ total_items: 4, total_pages: 2, page_number: 2, size: 1, first_page: false, last_page: true });
    expect(second.contents).toHaveLength(1);
    const beyond = await exportHsdsOrganizations(conn.db, w.anonymous, { page: "9", per_page: "3" });
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });
    expect(await exportHsdsOrganizations(conn.db, w.anonymous, { page: "", per_page: "" })).toMatchObject({ page_number: 1, size: 4 });
  });

  it("refuses a page size beyond the limit, numbers that are not plain digits, and shows no other municipality's organisations", async () => {
    await expect(exportHsdsOrganizations(conn.db, w.anonymous, { per_page: "1000" })).rejects.toBeInstanceOf(ValidationError);
    await expect(exportHsdsOrganizations(conn.db, w.anonymous, { page: "0x2" })).rejects.toBeInstanceOf(ValidationError);
    await expect(exportHsdsOrganizations(conn.db, w.anonymous, { per_page: "1e1" })).rejects.toBeInstanceOf(ValidationError);
    const other = await createWorld(conn.db, "1506");
    const { contents } = await exportHsdsOrganizations(conn.db, other.anonymous, {});
    expect(contents.map((o) => o.name).sort()).toEqual(["Andre laget", "Testlaget"]);
  });
});
