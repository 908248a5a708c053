import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actorForPerson } from "../../platform/auth/session";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../platform/errors";
import { createWorld } from "../../platform/testing/world";
import { listOrganizationHistory } from "./history";
import { listMyOrganizations } from "./mine";
import { getOrganizationForEdit, registerOrganization, updateOrganizationProfile, verifyOrganization } from "./profile";
import { organization } from "./schema";
import { insertDistricts, listTargetGroups } from "./vocabulary";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();


async function fieldError(promise: Promise<unknown>): Promise<Record<string, string | undefined>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return Object.fromEntries(Object.entries((error as ValidationError).fieldErrors).map(([k, v]) => [k, v[0]?.key]));
}

describe("registerOrganization", () => {
  it("lets a resident register an unverified organisation and makes them its admin", async () => {
    const { id } = await registerOrganization(conn.db, w.resident, {
      name: "  Rensvik Husflidslag ",
      organizationNumber: "974 760 673",
      phone: "+47 712 34 567",
      categoryCodes: ["1.1"],
    });
    const edit = await getOrganizationForEdit(conn.db, (await actorForPerson(conn.db, w.resident.personId, w.municipality.id))!, id);
    expect(edit).toMatchObject({ name: "Rensvik Husflidslag", organizationNumber: "974760673", phone: "71234567", verified: false, source: "registered", categoryCodes: ["1.1"] });
    expect(edit.ownFields).toEqual(["categoryCodes", "name", "organizationNumber", "phone"]);
    expect(await listMyOrganizations(conn.db, w.resident)).toEqual([
      { id, name: "Rensvik Husflidslag", role: "org_admin", verified: false, source: "registered" },
    ]);
  });

  it("asks the anonymous to sign in", async () => {
    await expect(registerOrganization(conn.db, w.anonymous, { name: "Laget" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("refuses bad input at the field and saves nothing", async () => {
    const errors = await fieldError(
      registerOrganization(conn.db, w.volunteer, { name: "", organizationNumber: "974760674", phone: "123", email: "x@", postalCode: "65" }),
    );
    expect(errors).toEqual({
      name: "validation.required",
      organizationNumber: "validation.organizationNumber",
      phone: "validation.phone",
      email: "validation.email",
      postalCode: "validation.postalCode",
    });
    expect(await listMyOrganizations(conn.db, w.volunteer)).toEqual([]);
  });

  it("points a duplicate organisasjonsnummer to the organisation that has it", async () => {
    const error = await registerOrganization(conn.db, w.volunteer, { name: "Kopien", organizationNumber: "974760673" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ field: "organizationNumber", messageKey: "organization.duplicateNumber", details: { name: "Rensvik Husflidslag" } });
    expect((error as ConflictError).details.href).toMatch(/^\/organisasjoner\/[0-9a-f-]{36}$/);
  });

  it("refuses categories, target groups and districts that do not exist", async () => {
    const errors = await fieldError(
      registerOrganization(conn.db, w.volunteer, {
        name: "Laget",
        categoryCodes: ["99"],
        targetGroupIds: ["00000000-0000-4000-8000-000000000000"],
        districtIds: ["00000000-0000-4000-8000-000000000000"],
      }),
    );
    expect(errors).toEqual({ categoryCodes: "validation.invalid", targetGroupIds: "validation.invalid", districtIds: "validation.invalid" });
  });
});

describe("updateOrganizationProfile", () => {
  it("lets the organisation's admin change fields, records each change and marks them as its own", async () => {
    const [elderly] = await listTargetGroups(conn.db, w.municipality.id).then((groups) => groups.filter((g) => g.code === "elderly"));
    const [nordlandet] = await insertDistricts(conn.db, w.municipality.id, ["Nordlandet"]);
    const result = await updateOrganizationProfile(conn.db, w.orgAdmin, {
      id: w.organization.id,
      website: "testlaget.no",
      hasCooperationAgreement: true,
      cooperationAgreementOn: "2025-01-15",
      targetGroupIds: [elderly!.id],
      districtIds: [nordlandet!.id],
      languages: ["en", "ar"],
    });
    expect(result.changed.sort()).toEqual(["cooperationAgreementOn", "districtIds", "hasCooperationAgreement", "languages", "targetGroupIds", "website"]);
    const edit = await getOrganizationForEdit(conn.db, w.orgAdmin, w.organization.id);
    expect(edit).toMatchObject({ website: "https://testlaget.no/", languages: ["ar", "en"], hasCooperationAgreement: true, cooperationAgreementOn: "2025-01-15" });
    const history = await listOrganizationHistory(conn.db, w.orgAdmin, { id: w.organization.id });
    expect(history.items[0]).toMatchObject({ action: "organization.updated", actorLabel: w.orgAdmin.email });
    expect(history.items[0]!.changes).toContainEqual({ field: "website", from: null, to: "https://testlaget.no/" });
  });

  it("leaves fields that are not given alone, and writes nothing when nothing changed", async () => {
    expect(await updateOrganizationProfile(conn.db, w.orgAdmin, { id: w.organization.id, website: "https://testlaget.no/" })).toEqual({ changed: [] });
    expect((await getOrganizationForEdit(conn.db, w.orgAdmin, w.organization.id)).hasCooperationAgreement).toBe(true);
  });

  it("lets the coordinator change any organisation", async () => {
    await updateOrganizationProfile(conn.db, w.coordinator, { id: w.otherOrganization.id, shortDescription: "Korps på Frei" });
    const [row] = await conn.db.select().from(organization).where(eq(organization.id, w.otherOrganization.id));
    expect(row).toMatchObject({ shortDescription: "Korps på Frei", ownFields: ["shortDescription"] });
  });

  it("refuses members, other organisations' admins and staff", async () => {
    for (const actor of [w.orgMember, w.staff, w.volunteer]) {
      await expect(updateOrganizationProfile(conn.db, actor, { id: w.organization.id, name: "Kapret" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(updateOrganizationProfile(conn.db, w.orgAdmin, { id: w.otherOrganization.id, name: "Kapret" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOrganizationForEdit(conn.db, w.orgMember, w.organization.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("answers another municipality's organisation and a malformed id as not found", async () => {
    const other = await createWorld(conn.db, "1507");
    await expect(updateOrganizationProfile(conn.db, w.coordinator, { id: other.organization.id, name: "X" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateOrganizationProfile(conn.db, w.coordinator, { id: "nei", name: "X" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a number another organisation has", async () => {
    await expect(
      updateOrganizationProfile(conn.db, w.orgAdmin, { id: w.organization.id, organizationNumber: "974760673" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("keeps every change made at the same moment as the organisation's own, so no import overwrites one of them", async () => {
    const { organization: target, coordinator } = await createWorld(conn.db, "1508");
    const changes = [{ shortDescription: "Kort" }, { description: "Lang" }, { postalTown: "Molde" }, { website: "lag.no" }, { email: "post@lag.no" }, { phone: "71000000" }];
    await Promise.all(changes.map((change) => updateOrganizationProfile(conn.db, coordinator, { id: target.id, ...change })));
    const [row] = await conn.db.select().from(organization).where(eq(organization.id, target.id));
    expect(row!.ownFields).toEqual(expect.arrayContaining(changes.flatMap(Object.keys)));
  });
});

describe("verifyOrganization and the history", () => {
  it("lets the coordinator verify, and shows it in the history", async () => {
    await verifyOrganization(conn.db, w.coordinator, { id: w.organization.id, verified: true });
    expect((await getOrganizationForEdit(conn.db, w.coordinator, w.organization.id)).verified).toBe(true);
    const history = await listOrganizationHistory(conn.db, w.coordinator, { id: w.organization.id });
    expect(history.items[0]).toMatchObject({ action: "organization.verified", changes: [{ field: "verified", from: false, to: true }] });
  });

  it("withdraws the verification when the organisation's own people change its name, number or form, not its other fields", async () => {
    const id = w.organization.id;
    const admin = w.orgAdmin;
    const { name } = await getOrganizationForEdit(conn.db, w.coordinator, id);
    await verifyOrganization(conn.db, w.coordinator, { id, verified: true });
    await updateOrganizationProfile(conn.db, admin, { id, shortDescription: "Vi hjelper til" });
    expect((await getOrganizationForEdit(conn.db, w.coordinator, id)).verified).toBe(true);
    await updateOrganizationProfile(conn.db, w.coordinator, { id, name: "Nytt navn fra kommunen" });
    expect((await getOrganizationForEdit(conn.db, w.coordinator, id)).verified).toBe(true);

    const result = await updateOrganizationProfile(conn.db, admin, { id, name: "Kristiansund kommune Krisestab" });
    expect(result.changed).toEqual(["name", "verified"]);
    expect((await getOrganizationForEdit(conn.db, w.coordinator, id)).verified).toBe(false);
    const history = await listOrganizationHistory(conn.db, w.coordinator, { id });
    expect(history.items[0]!.changes).toContainEqual({ field: "verified", from: true, to: false });
    await updateOrganizationProfile(conn.db, w.coordinator, { id, name });
    await verifyOrganization(conn.db, w.coordinator, { id, verified: true });
  });

  it("refuses to let the organisation verify itself", async () => {
    await expect(verifyOrganization(conn.db, w.orgAdmin, { id: w.organization.id, verified: true })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows the history only to the coordinator and the organisation's admins", async () => {
    await expect(listOrganizationHistory(conn.db, w.orgMember, { id: w.organization.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOrganizationHistory(conn.db, w.orgAdmin, { id: w.otherOrganization.id })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("listMyOrganizations", () => {
  it("lists the organisations with the person's role, and refuses the anonymous", async () => {
    expect(await listMyOrganizations(conn.db, w.orgMember)).toEqual([
      { id: w.organization.id, name: "Testlaget", role: "org_member", verified: true, source: "registered" },
    ]);
    await expect(listMyOrganizations(conn.db, w.anonymous)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("fields with a fixed set of values, and dates and addresses that cannot be right", () => {
  it("clears an agreement's date and scope, and a plan's review date, when their box is unticked", async () => {
    const id = w.organization.id;
    await updateOrganizationProfile(conn.db, w.orgAdmin, { id, hasPreparednessPlan: true, preparednessPlanReviewedOn: "2025-03-01", cooperationAgreementOn: "2024-01-15", cooperationAgreementScope: "Beredskap og transport" });
    // The edit form sends the stored details back with the unticked boxes.
    const result = await updateOrganizationProfile(conn.db, w.orgAdmin, { id, hasPreparednessPlan: false, preparednessPlanReviewedOn: "2025-03-01", hasCooperationAgreement: false, cooperationAgreementOn: "2024-01-15", cooperationAgreementScope: "Beredskap og transport" });
    expect(result.changed).toEqual(expect.arrayContaining(["hasPreparednessPlan", "preparednessPlanReviewedOn", "hasCooperationAgreement", "cooperationAgreementOn", "cooperationAgreementScope"]));
    const [row] = await conn.db.select().from(organization).where(eq(organization.id, id));
    expect(row).toMatchObject({ hasPreparednessPlan: false, preparednessPlanReviewedOn: null, hasCooperationAgreement: false, cooperationAgreementOn: null, cooperationAgreementScope: null });
  });

  it("refuses a new agreement date or plan review while the box is unticked, and saves nothing", async () => {
    const id = w.organization.id;
    await updateOrganizationProfile(conn.db, w.orgAdmin, { id, hasPreparednessPlan: false, hasCooperationAgreement: false });
    const refused = await fieldError(
      updateOrganizationProfile(conn.db, w.orgAdmin, { id, memberCount: 77, preparednessPlanReviewedOn: "2025-03-01", cooperationAgreementScope: "Transport" }),
    );
    expect(refused).toEqual({ preparednessPlanReviewedOn: "organization.error.hasPreparednessPlanFirst", cooperationAgreementScope: "organization.error.hasCooperationAgreementFirst" });
    const [row] = await conn.db.select().from(organization).where(eq(organization.id, id));
    expect(row!.memberCount).not.toBe(77);
    await expect(updateOrganizationProfile(conn.db, w.orgAdmin, { id, hasCooperationAgreement: true, cooperationAgreementScope: "Transport" })).resolves.toBeTruthy();
  });

  it("refuses a cooperation agreement dated after today", async () => {
    const refused = await fieldError(updateOrganizationProfile(conn.db, w.orgAdmin, { id: w.organization.id, cooperationAgreementOn: "9999-12-31" }));
    expect(refused).toEqual({ cooperationAgreementOn: "validation.dateInFuture" });
  });

  it("takes an organisation form from the offered list only, when registering", async () => {
    for (const organizationForm of ["XYZ", "<b>F</b>", "=1+1"]) {
      expect(await fieldError(registerOrganization(conn.db, w.volunteer, { name: "Formlaget", organizationForm }))).toEqual({ organizationForm: "validation.organizationForm" });
    }
    const { id } = await registerOrganization(conn.db, w.volunteer, { name: "Formlaget", organizationForm: "STI" });
    const [row] = await conn.db.select().from(organization).where(eq(organization.id, id));
    expect(row!.organizationForm).toBe("STI");
  });

  it("lets an imported organisation keep a form from the register, but not take another one off the list", async () => {
    await conn.db.update(organization).set({ organizationForm: "KOMM" }).where(eq(organization.id, w.otherOrganization.id));
    const id = w.otherOrganization.id;
    expect(await updateOrganizationProfile(conn.db, w.coordinator, { id, name: "Frei Korps", organizationForm: "KOMM" })).toEqual({ changed: ["name"] });
    expect(await updateOrganizationProfile(conn.db, w.coordinator, { id, memberCount: 40 })).toEqual({ changed: ["memberCount"] });
    expect(await fieldError(updateOrganizationProfile(conn.db, w.coordinator, { id, organizationForm: "ZZZ" }))).toEqual({ organizationForm: "validation.organizationForm" });
    await updateOrganizationProfile(conn.db, w.coordinator, { id, organizationForm: "FLI" });
    expect(await fieldError(updateOrganizationProfile(conn.db, w.coordinator, { id, organizationForm: "KOMM" }))).toEqual({ organizationForm: "validation.organizationForm" });
  });

  it("refuses a language that is not on the list", async () => {
    const errors = await fieldError(updateOrganizationProfile(conn.db, w.orgAdmin, { id: w.organization.id, languages: ["nb", "qq"] }));
    expect(errors).toEqual({ languages: "validation.spokenLanguage" });
    expect((await getOrganizationForEdit(conn.db, w.orgAdmin, w.organization.id)).languages).not.toContain("qq");
  });

  it("refuses a web address with a user name, and a founding date or a plan review in the future", async () => {
    const errors = await fieldError(
      updateOrganizationProfile(conn.db, w.orgAdmin, {
        id: w.organization.id,
        website: "https://kommune.no@evil.example",
        foundedOn: "3000-01-01",
        preparednessPlanReviewedOn: "3000-01-01",
      }),
    );
    expect(errors).toEqual({ website: "validation.websiteCredentials", foundedOn: "validation.dateInFuture", preparednessPlanReviewedOn: "validation.dateInFuture" });
  });
});
