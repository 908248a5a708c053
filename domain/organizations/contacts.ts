import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit";
import type { Db } from "../../platform/db/client";
import { NotFoundError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { parseInput, visibleText } from "../../platform/validation";
import { loadOrganization } from "./profile";
import { organizationContact } from "./schema";
import { emailField, phoneField, textField } from "./validation";

export type Contact = { id: string; name: string; role: string | null; email: string | null; phone: string | null };

export const contactInput = z.object({
  name: visibleText(200),
  role: textField(100),
  email: emailField,
  phone: phoneField,
});
export type ContactInput = z.input<typeof contactInput>;

const columns = {
  id: organizationContact.id,
  name: organizationContact.name,
  role: organizationContact.role,
  email: organizationContact.email,
  phone: organizationContact.phone,
};

/** The organisation's contact people: for municipal roles and the organisation's own people only. */
export async function listContacts(db: Db, actor: Actor, organizationId: string): Promise<Contact[]> {
  const org = await loadOrganization(db, actor.municipalityId, organizationId);
  assertCan(actor, "organization.viewContacts", { organizationId: org.id });
  return db
    .select(columns)
    .from(organizationContact)
    .where(eq(organizationContact.organizationId, org.id))
    .orderBy(asc(organizationContact.position), asc(organizationContact.name));
}

async function orgForChange(db: Db, actor: Actor, organizationId: string) {
  const org = await loadOrganization(db, actor.municipalityId, organizationId);
  assertCan(actor, "organization.update", { organizationId: org.id });
  return org;
}

async function findContact(db: Db, organizationId: string, contactId: string): Promise<Contact> {
  if (!z.uuid().safeParse(contactId).success) throw new NotFoundError("contact");
  const [row] = await db
    .select(columns)
    .from(organizationContact)
    .where(and(eq(organizationContact.id, contactId), eq(organizationContact.organizationId, organizationId)));
  if (!row) throw new NotFoundError("contact");
  return row;
}

function label(contact: Pick<Contact, "name" | "role">): string {
  return contact.role ? `${contact.name} (${contact.role})` : contact.name;
}

export async function addContact(db: Db, actor: Actor, input: ContactInput & { organizationId: string }): Promise<{ id: string }> {
  const org = await orgForChange(db, actor, input.organizationId);
  const values = parseInput(contactInput, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organizationContact)
      .values({
        ...values,
        organizationId: org.id,
        position: sql`(select coalesce(max(${organizationContact.position}), 0) + 1 from ${organizationContact} where ${organizationContact.organizationId} = ${org.id})`,
      })
      .returning({ id: organizationContact.id });
    await recordAudit(tx, actor, {
      action: "organization.contactAdded",
      subjectType: "organization",
      subjectId: org.id,
      details: { contactId: row!.id, changes: { contact: [null, label({ name: values.name, role: values.role ?? null })] } },
    });
    return { id: row!.id };
  });
}

export async function updateContact(db: Db, actor: Actor, input: ContactInput & { organizationId: string; contactId: string }): Promise<void> {
  const org = await orgForChange(db, actor, input.organizationId);
  const current = await findContact(db, org.id, input.contactId);
  const values = parseInput(contactInput, input);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of ["name", "role", "email", "phone"] as const) {
    if ((current[field] ?? null) !== (values[field] ?? null)) changes[`contact.${field}`] = [current[field] ?? null, values[field] ?? null];
  }
  if (Object.keys(changes).length === 0) return;
  await db.transaction(async (tx) => {
    await tx.update(organizationContact).set(values).where(eq(organizationContact.id, current.id));
    await recordAudit(tx, actor, {
      action: "organization.contactUpdated",
      subjectType: "organization",
      subjectId: org.id,
      details: { contactId: current.id, changes },
    });
  });
}

export async function removeContact(db: Db, actor: Actor, input: { organizationId: string; contactId: string }): Promise<void> {
  const org = await orgForChange(db, actor, input.organizationId);
  const current = await findContact(db, org.id, input.contactId);
  await db.transaction(async (tx) => {
    await tx.delete(organizationContact).where(eq(organizationContact.id, current.id));
    await recordAudit(tx, actor, {
      action: "organization.contactRemoved",
      subjectType: "organization",
      subjectId: org.id,
      details: { contactId: current.id, changes: { contact: [label(current), null] } },
    });
  });
}

/** The contact form on the edit page, whose fields carry a prefix so they differ from the organisation's own. */
export const contactForm = z.object({
  contactId: z.uuid().optional(),
  contactName: visibleText(200),
  contactRole: textField(100),
  contactEmail: emailField,
  contactPhone: phoneField,
});
