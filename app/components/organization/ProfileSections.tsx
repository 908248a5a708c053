import { Fieldset, FieldsetLegend, Paragraph } from "@digdir/designsystemet-react";
import type { OrganizationEditor } from "../../../domain/organizations/editor";
import { isOfferedOrganizationForm, localizedName, ORGANIZATION_FORMS, SPOKEN_LANGUAGE_CODES, spokenLanguageName } from "../../../domain/organizations/names";
import { SelectField } from "../SelectField";
import { TextField, type FormState } from "../forms";
import { useI18n } from "../../i18n/react";
import { CheckboxField, CheckboxGroup, describeGroup, FieldMessages, tickedValues } from "./Checkboxes";
import { SectionForm, stateFor } from "./SectionForm";

type Props = { editor: OrganizationEditor; actionData: FormState };

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

export function BasicsSection({ editor, actionData }: Props) {
  const { t } = useI18n();
  const org = editor.organization;
  const state = stateFor(actionData, "section:basics");
  const forms = [
    { value: "", label: t("organization.form.none") },
    ...ORGANIZATION_FORMS.map((code) => ({ value: code, label: t(`organization.form.${code}`) })),
    ...(org.organizationForm && !isOfferedOrganizationForm(org.organizationForm) ? [{ value: org.organizationForm, label: t("organization.form.other", { code: org.organizationForm }) }] : []),
  ];
  return (
    <SectionForm id="basics" title={t("organization.section.basics")} intent="section:basics" state={state}>
      {org.verified && !editor.canVerify && <Paragraph data-size="sm">{t("organization.basics.reverify")}</Paragraph>}
      <TextField name="name" label={t("organization.field.name")} state={state} defaultValue={org.name} required />
      <TextField
        name="organizationNumber"
        label={t("organization.field.organizationNumber")}
        description={t("organization.new.numberHelp")}
        state={state}
        defaultValue={text(org.organizationNumber)}
      />
      <SelectField name="organizationForm" label={t("organization.field.organizationForm")} options={forms} state={state} defaultValue={text(org.organizationForm)} />
      <TextField name="foundedOn" type="date" label={t("organization.field.foundedOn")} state={state} defaultValue={text(org.foundedOn)} />
    </SectionForm>
  );
}

export function DescriptionSection({ editor, actionData }: Props) {
  const { t } = useI18n();
  const org = editor.organization;
  const state = stateFor(actionData, "section:description");
  return (
    <SectionForm id="description" title={t("organization.section.description")} intent="section:description" state={state}>
      <TextField
        name="shortDescription"
        label={t("organization.field.shortDescription")}
        description={t("organization.shortDescriptionHelp")}
        state={state}
        defaultValue={org.shortDescription}
      />
      <TextField name="description" label={t("organization.field.description")} state={state} defaultValue={org.description} multiline />
    </SectionForm>
  );
}

export function ContactSection({ editor, actionData }: Props) {
  const { t } = useI18n();
  const org = editor.organization;
  const state = stateFor(actionData, "section:contact");
  return (
    <SectionForm id="contact" title={t("organization.section.contact")} intent="section:contact" state={state}>
      <TextField name="website" inputMode="url" label={t("organization.field.website")} state={state} defaultValue={text(org.website)} autoComplete="url" />
      <TextField name="email" inputMode="email" label={t("organization.field.email")} state={state} defaultValue={text(org.email)} />
      <TextField name="phone" type="tel" label={t("organization.field.phone")} state={state} defaultValue={text(org.phone)} />
      <TextField name="streetAddress" label={t("organization.field.streetAddress")} state={state} defaultValue={text(org.streetAddress)} />
      <TextField name="postalCode" label={t("organization.field.postalCode")} state={state} defaultValue={text(org.postalCode)} />
      <TextField name="postalTown" label={t("organization.field.postalTown")} state={state} defaultValue={text(org.postalTown)} />
    </SectionForm>
  );
}

export function ReachSection({ editor, actionData }: Props) {
  const { t, lang } = useI18n();
  const org = editor.organization;
  const state = stateFor(actionData, "section:reach");
  const mains = editor.categories.filter((c) => c.parentCode === null);
  const languages = SPOKEN_LANGUAGE_CODES.map((code) => ({ value: code, label: spokenLanguageName(code, lang) })).sort((a, b) =>
    a.label.localeCompare(b.label, lang),
  );
  const categories = describeGroup("field-categoryCodes", "categoryCodes", state, false);
  return (
    <SectionForm id="reach" title={t("organization.section.reach")} intent="section:reach" state={state}>
      <Fieldset id="field-categoryCodes" tabIndex={-1}>
        <FieldsetLegend data-size="sm">{t("organization.field.categoryCodes")}</FieldsetLegend>
        <FieldMessages groupId="field-categoryCodes" name="categoryCodes" state={state} />
        {mains.map((main) => (
          <CheckboxGroup
            key={main.code}
            id={`categories-${main.code}`}
            name="categoryCodes"
            legend={localizedName(main.name, lang)}
            legendSize="xs"
            options={editor.categories
              .filter((c) => c.parentCode === main.code)
              .map((c) => ({ value: c.code, label: localizedName(c.name, lang) }))}
            checked={tickedValues(state, "categoryCodes", org.categoryCodes)}
            outer={categories}
          />
        ))}
      </Fieldset>
      <CheckboxGroup
        name="targetGroupIds"
        legend={t("organization.field.targetGroupIds")}
        options={editor.targetGroups.map((g) => ({ value: g.id, label: localizedName(g.name, lang) }))}
        checked={org.targetGroupIds}
        state={state}
      />
      {editor.districts.length > 0 ? (
        <CheckboxGroup
          name="districtIds"
          legend={t("organization.field.districtIds")}
          options={editor.districts.map((d) => ({ value: d.id, label: d.name }))}
          checked={org.districtIds}
          state={state}
        />
      ) : (
        <Paragraph>{t("organization.reach.districtsNone")}</Paragraph>
      )}
      <CheckboxGroup name="languages" legend={t("organization.field.languages")} options={languages} checked={org.languages} state={state} />
    </SectionForm>
  );
}

export function NumbersSection({ editor, actionData }: Props) {
  const { t } = useI18n();
  const org = editor.organization;
  const state = stateFor(actionData, "section:numbers");
  return (
    <SectionForm id="numbers" title={t("organization.section.numbers")} intent="section:numbers" state={state}>
      <TextField name="memberCount" type="number" label={t("organization.field.memberCount")} state={state} defaultValue={text(org.memberCount)} />
      <TextField
        name="activeVolunteerCount"
        type="number"
        label={t("organization.field.activeVolunteerCount")}
        state={state}
        defaultValue={text(org.activeVolunteerCount)}
      />
    </SectionForm>
  );
}

export function PreparednessSection({ editor, actionData }: Props) {
  const { t } = useI18n();
  const org = editor.organization;
  const state = stateFor(actionData, "section:preparedness");
  const ticked = (name: "hasPreparednessPlan" | "hasCooperationAgreement") => (state?.values ? state.values[name] === "on" : org[name]);
  return (
    <SectionForm id="preparedness" title={t("organization.section.preparedness")} lead={t("organization.preparednessLead")} intent="section:preparedness" state={state}>
      <CheckboxField name="hasPreparednessPlan" label={t("organization.field.hasPreparednessPlan")} defaultChecked={ticked("hasPreparednessPlan")} />
      <TextField
        name="preparednessPlanReviewedOn"
        type="date"
        label={t("organization.field.preparednessPlanReviewedOn")}
        state={state}
        defaultValue={text(org.preparednessPlanReviewedOn)}
      />
      <TextField
        name="crisisCapacity24h"
        type="number"
        label={t("organization.field.crisisCapacity24h")}
        state={state}
        defaultValue={text(org.crisisCapacity24h)}
      />
      <TextField name="emergencyContactName" label={t("organization.field.emergencyContactName")} state={state} defaultValue={text(org.emergencyContactName)} />
      <TextField
        name="emergencyContactPhone"
        type="tel"
        label={t("organization.field.emergencyContactPhone")}
        state={state}
        defaultValue={text(org.emergencyContactPhone)}
      />
      <CheckboxField name="hasCooperationAgreement" label={t("organization.field.hasCooperationAgreement")} defaultChecked={ticked("hasCooperationAgreement")} />
      <TextField
        name="cooperationAgreementOn"
        type="date"
        label={t("organization.field.cooperationAgreementOn")}
        state={state}
        defaultValue={text(org.cooperationAgreementOn)}
      />
      <TextField
        name="cooperationAgreementScope"
        label={t("organization.field.cooperationAgreementScope")}
        state={state}
        defaultValue={text(org.cooperationAgreementScope)}
        multiline
      />
    </SectionForm>
  );
}
