import { Paragraph } from "@digdir/designsystemet-react";
import type { OrganizationForEdit } from "../../../domain/organizations/profile";
import { FileField } from "../FileField";
import { RowAction } from "../RowAction";
import { useActionAt, type FormState } from "../forms";
import { useI18n } from "../../i18n/react";
import { SectionForm, stateFor } from "./SectionForm";

/** The logo's address changes with the file, so a browser never shows an old one from its cache. */
export function logoUrl(organizationId: string, fileId: string): string {
  return `/organisasjoner/${organizationId}/logo?v=${fileId}`;
}

export function LogoSection({ organization, actionData }: { organization: OrganizationForEdit; actionData: FormState }) {
  const { t } = useI18n();
  const state = stateFor(actionData, "logo", "logo-remove");
  const removeAt = useActionAt("logo");
  return (
    <SectionForm
      id="logo"
      title={t("organization.section.logo")}
      intent="logo"
      state={state}
      encType="multipart/form-data"
      submitLabel={t("organization.logo.upload")}
      after={
        organization.logoFileId && (
          <RowAction
            className="inline-form"
            action={removeAt}
            intent="logo-remove"
            fields={{}}
            label={t("organization.logo.remove")}
            accessibleName={t("organization.logo.remove")}
            confirm={{ question: t("organization.logo.removeQuestion"), button: t("organization.logo.removeConfirm") }}
          />
        )
      }
    >
      {organization.logoFileId ? (
        <img
          className="organization-logo"
          src={logoUrl(organization.id, organization.logoFileId)}
          alt={t("organization.logo.current", { name: organization.name })}
        />
      ) : (
        <Paragraph>{t("organization.logo.none")}</Paragraph>
      )}
      <FileField
        name="logo"
        label={t("organization.field.logo")}
        description={t("organization.logo.help")}
        accept="image/png,image/jpeg,image/webp"
        state={state}
        required
      />
    </SectionForm>
  );
}
