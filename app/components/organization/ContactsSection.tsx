import { Link as RouterLink } from "react-router";
import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Contact } from "../../../domain/organizations/contacts";
import { formatPhone } from "../../../domain/organizations/phone-format";
import { DataTable } from "../DataTable";
import { RowAction } from "../RowAction";
import { TextField, useActionAt, type FormState } from "../forms";
import { useI18n } from "../../i18n/react";
import { SectionForm, stateFor } from "./SectionForm";

export const CONTACT_PARAM = "kontakt";
const FORM_ID = "contact-form";

/** The contact people in a table, and one form that adds a contact or changes the one chosen with "Change". */
export function ContactsSection({ contacts, editing, actionData }: { contacts: Contact[]; editing: Contact | null; actionData: FormState }) {
  const { t } = useI18n();
  // A failed removal reports in the contact form's error summary, the only one in this section.
  const state = stateFor(actionData, "contact-save", "contact-remove");
  const keep = { [CONTACT_PARAM]: editing?.id };
  const removeAt = useActionAt(FORM_ID, keep);
  const value = (field: keyof Contact) => editing?.[field] ?? "";
  return (
    <section id="contacts" aria-labelledby="contacts-title" className="stack profile-section">
      <Heading level={2} data-size="sm" id="contacts-title">
        {t("organization.section.contacts")}
      </Heading>
      <Paragraph>{t("organization.contacts.lead")}</Paragraph>
      <DataTable
        rows={contacts}
        rowKey={(c) => c.id}
        caption={t("organization.contacts.caption")}
        none={t("organization.contacts.none")}
        columns={[
          { header: t("organization.contacts.name"), cell: (c) => c.name },
          { header: t("organization.contacts.role"), cell: (c) => c.role ?? "" },
          { header: t("organization.contacts.email"), cell: (c) => c.email ?? "" },
          { header: t("organization.contacts.phone"), cell: (c) => (c.phone ? formatPhone(c.phone) : "") },
          {
            header: t("organization.contacts.actions"),
            cell: (c) => (
              <div className="button-row">
                <Link asChild>
                  <RouterLink to={`?${CONTACT_PARAM}=${c.id}#${FORM_ID}`} aria-label={t("organization.contacts.editLabel", { name: c.name })}>
                    {t("organization.contacts.edit")}
                  </RouterLink>
                </Link>
                <RowAction
                  className="inline-form"
                  action={removeAt}
                  intent="contact-remove"
                  fields={{ contactId: c.id }}
                  label={t("organization.contacts.remove")}
                  accessibleName={t("organization.contacts.removeLabel", { name: c.name })}
                  confirm={{ question: t("organization.contacts.removeQuestion"), button: t("organization.contacts.removeConfirm", { name: c.name }) }}
                />
              </div>
            ),
          },
        ]}
      />
      <SectionForm
        key={editing?.id ?? "new"}
        id={FORM_ID}
        savedAs="contacts"
        keep={keep}
        title={t(editing ? "organization.contacts.editTitle" : "organization.contacts.addTitle")}
        intent="contact-save"
        state={state}
        heading={3}
        submitLabel={t(editing ? "form.save" : "organization.contacts.add")}
      >
        {editing && <input type="hidden" name="contactId" value={editing.id} />}
        <TextField name="contactName" label={t("organization.field.contact.name")} state={state} defaultValue={value("name")} required />
        <TextField name="contactRole" label={t("organization.field.contact.role")} state={state} defaultValue={value("role")} />
        <TextField name="contactEmail" inputMode="email" label={t("organization.field.contact.email")} state={state} defaultValue={value("email")} />
        <TextField name="contactPhone" type="tel" label={t("organization.field.contact.phone")} state={state} defaultValue={value("phone")} />
      </SectionForm>
      {editing && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="?#contacts">{t("organization.contacts.cancel")}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
