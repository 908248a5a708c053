import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "../../platform/errors";
import { addContact, listContacts, removeContact, updateContact } from "./contacts";
import { listOrganizationHistory } from "./history";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();


describe("contacts", () => {
  it("lets the organisation's admin add, change and remove contacts, in the order added", async () => {
    const org = w.organization.id;
    const { id: kari } = await addContact(conn.db, w.orgAdmin, { organizationId: org, name: "Kari Nordmann", role: "Leder", email: "Kari@Laget.no", phone: "912 34 567" });
    const { id: ola } = await addContact(conn.db, w.orgAdmin, { organizationId: org, name: "Ola", role: "", email: "", phone: "" });
    expect(await listContacts(conn.db, w.orgMember, org)).toEqual([
      { id: kari, name: "Kari Nordmann", role: "Leder", email: "kari@laget.no", phone: "91234567" },
      { id: ola, name: "Ola", role: null, email: null, phone: null },
    ]);
    await updateContact(conn.db, w.orgAdmin, { organizationId: org, contactId: ola, name: "Ola Nordmann", role: "Kasserer", email: null, phone: null });
    await removeContact(conn.db, w.orgAdmin, { organizationId: org, contactId: kari });
    expect((await listContacts(conn.db, w.staff, org)).map((c) => c.name)).toEqual(["Ola Nordmann"]);
    const history = await listOrganizationHistory(conn.db, w.orgAdmin, { id: org });
    expect(history.items.map((e) => e.action)).toEqual(["organization.contactRemoved", "organization.contactUpdated", "organization.contactAdded", "organization.contactAdded"]);
    expect(history.items[1]!.changes).toContainEqual({ field: "contact.name", from: "Ola", to: "Ola Nordmann" });
  });

  it("refuses bad phone numbers and e-mail addresses at the field", async () => {
    const error = await addContact(conn.db, w.orgAdmin, { organizationId: w.organization.id, name: "X", phone: "12", email: "nei" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(["email", "phone"]);
  });

  it("shows contacts only to municipal roles and the organisation's own people", async () => {
    await expect(listContacts(conn.db, w.volunteer, w.organization.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listContacts(conn.db, w.orgAdmin, w.otherOrganization.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses changes by members, and contacts of another organisation", async () => {
    const [contact] = await listContacts(conn.db, w.orgAdmin, w.organization.id);
    await expect(addContact(conn.db, w.orgMember, { organizationId: w.organization.id, name: "X" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeContact(conn.db, w.orgMember, { organizationId: w.organization.id, contactId: contact!.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeContact(conn.db, w.coordinator, { organizationId: w.otherOrganization.id, contactId: contact!.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
