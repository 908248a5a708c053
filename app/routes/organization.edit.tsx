import { data, Link as RouterLink, redirect, useSearchParams } from "react-router";
import { Alert, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { z } from "zod";
import type { Route } from "./+types/organization.edit";
import { addContact, contactForm, removeContact, updateContact } from "../../domain/organizations/contacts";
import { getOrganizationEditor } from "../../domain/organizations/editor";
import { MAX_LOGO_BYTES, removeOrganizationLogo, setOrganizationLogo } from "../../domain/organizations/logo";
import { isProfileSection, profileSections } from "../../domain/organizations/profile-input";
import { updateOrganizationProfile, verifyOrganization } from "../../domain/organizations/profile";
import { ValidationError } from "../../platform/errors";
import { contextFor } from "../../platform/http/request";
import { goneOrFailure, handleUseCaseError, intentOf, readEmptyForm, readForm, throwForAccess } from "../lib/forms.server";
import { organizationLinks } from "../lib/organization-styles";
import { pageTitle } from "../lib/title.server";
import { ContactsSection, CONTACT_PARAM } from "../components/organization/ContactsSection";
import { DuplicateLink } from "../components/organization/DuplicateLink";
import { LogoSection } from "../components/organization/LogoSection";
import {
  BasicsSection,
  ContactSection,
  DescriptionSection,
  NumbersSection,
  PreparednessSection,
  ReachSection,
} from "../components/organization/ProfileSections";
import { SAVED_PARAM, stateFor } from "../components/organization/SectionForm";
import { VerifySection } from "../components/organization/VerifySection";
import { StatusRegion } from "../components/StatusRegion";
import { useT } from "../i18n/react";
import { readAgainAfterGone } from "../lib/revalidate";

export const links = organizationLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  try {
    const editor = await getOrganizationEditor(db, actor, params.id);
    return { title: pageTitle(lang, "organization.edit.title", { name: editor.organization.name }), editor };
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title }];
}

const saved = (id: string, section: string) => redirect(`/organisasjoner/${id}/rediger?${SAVED_PARAM}=${section}#${section}`);

/** The contact form's fields are prefixed; the use case's errors name the unprefixed field. */
function prefixContactErrors(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  const prefixed = Object.entries(error.fieldErrors).map(([field, messages]) => [`contact${field[0]!.toUpperCase()}${field.slice(1)}`, messages]);
  return new ValidationError(Object.fromEntries(prefixed));
}

/** A contact changed or removed after someone else removed it is said in the contacts section. */
function contactFailure(error: unknown, form: FormData, request: Request) {
  return goneOrFailure(error, { contact: "organization.contacts.gone" }, form, request);
}

export const shouldRevalidate = readAgainAfterGone;

async function saveContact(request: Request, id: string) {
  const { form, data, failure } = await readForm(request, contactForm);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  const input = { organizationId: id, name: data.contactName, role: data.contactRole, email: data.contactEmail, phone: data.contactPhone };
  try {
    if (data.contactId) await updateContact(db, actor, { ...input, contactId: data.contactId });
    else await addContact(db, actor, input);
    return saved(id, "contacts");
  } catch (error) {
    return contactFailure(prefixContactErrors(error), form, request);
  }
}

async function uploadLogo(request: Request, id: string) {
  // Refuse an oversized upload before reading it into memory.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_LOGO_BYTES + 64 * 1024) {
    return data({ ok: false as const, errors: { logo: [{ key: "validation.logoTooLarge" }] }, values: { intent: "logo" } }, { status: 413 });
  }
  const form = await readEmptyForm(request);
  const file = form.get("logo");
  const { db, actor } = await contextFor(request);
  try {
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    await setOrganizationLogo(db, actor, { organizationId: id, bytes });
    return saved(id, "logo");
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

async function simpleIntent(request: Request, id: string, intent: string) {
  const schema = intent === "contact-remove" ? z.object({ contactId: z.string() }) : z.object({});
  const { form, data: input, failure } = await readForm(request, schema);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  try {
    if (intent === "contact-remove" && "contactId" in input) {
      await removeContact(db, actor, { organizationId: id, contactId: input.contactId });
      return saved(id, "contacts");
    }
    if (intent === "logo-remove") {
      await removeOrganizationLogo(db, actor, { organizationId: id });
      return saved(id, "logo");
    }
    await verifyOrganization(db, actor, { id, verified: intent === "verify" });
    return saved(id, "verify");
  } catch (error) {
    return contactFailure(error, form, request);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) return uploadLogo(request, params.id);
  const intent = await intentOf(request);
  if (intent === "contact-save") return saveContact(request, params.id);
  if (["contact-remove", "logo-remove", "verify", "unverify"].includes(intent)) return simpleIntent(request, params.id, intent);
  const section = intent.replace(/^section:/, "");
  // No form on the page sends another intent, so there is no section to show an error at.
  if (!isProfileSection(section)) throw data(null, { status: 400 });
  const { form, data: input, failure } = await readForm(request, profileSections[section]);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  try {
    await updateOrganizationProfile(db, actor, { ...input, id: params.id });
    return saved(params.id, section);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function EditOrganization({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [search] = useSearchParams();
  const { editor } = loaderData;
  const org = editor.organization;
  const editing = editor.contacts.find((c) => c.id === search.get(CONTACT_PARAM)) ?? null;
  const props = { editor, actionData };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("organization.edit.title", { name: org.name })}
      </Heading>
      <div className="button-row">
        <Tag data-color={org.verified ? "success" : "warning"}>{t(org.verified ? "organization.verified" : "organization.unverified")}</Tag>
        {org.source === "imported" && <Tag data-color="info">{t("organization.imported")}</Tag>}
      </div>
      <StatusRegion>{search.get("utfort") === "registrert" && <Alert data-color="success">{t("organization.edit.registered")}</Alert>}</StatusRegion>
      <Paragraph>{t("organization.edit.lead")}</Paragraph>
      <ul>
        <li>
          <Link asChild>
            <RouterLink to={`/organisasjoner/${org.id}`}>{t("organization.edit.publicPage")}</RouterLink>
          </Link>
        </li>
        {editor.canViewHistory && (
          <li>
            <Link asChild>
              <RouterLink to={`/organisasjoner/${org.id}/historikk`}>{t("organization.edit.history")}</RouterLink>
            </Link>
          </li>
        )}
      </ul>
      {editor.canVerify && <VerifySection verified={org.verified} actionData={actionData} />}
      <div className="stack">
        <BasicsSection {...props} />
        <DuplicateLink state={stateFor(actionData, "section:basics")} />
        <DescriptionSection {...props} />
        <ContactSection {...props} />
        <ReachSection {...props} />
        <NumbersSection {...props} />
        <PreparednessSection {...props} />
        <ContactsSection contacts={editor.contacts} editing={editing} actionData={actionData} />
        <LogoSection organization={org} actionData={actionData} />
      </div>
    </div>
  );
}
