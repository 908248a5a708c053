import { Field, Input, Label } from "@digdir/designsystemet-react";
import type { Resource } from "../../../domain/organizations/resources";
import type { ResourceKind } from "../../../domain/organizations/schema";
import { useT, type Translate } from "../../i18n/react";
import { TextField, type FormState } from "../forms";
import { SelectField, type SelectChoice } from "../SelectField";

/** A resource as the page shows it, with its competence's name already in the reader's language. */
export type ShownResource = Resource & { competenceLabel: string | null };

const text = (value: number | string | null | undefined) => (value === null || value === undefined ? undefined : String(value));

/** The fields of one kind of resource; the kind itself travels in a hidden field. */
export function ResourceFields({
  kind,
  resource,
  competences,
  state,
}: {
  kind: ResourceKind;
  resource: ShownResource | null;
  competences: SelectChoice[];
  state: FormState;
}) {
  const t = useT();
  const common = (
    <>
      <TextField name="availability" label={t("orgResources.field.availability")} description={t("orgResources.field.availabilityHelp")} state={state} defaultValue={text(resource?.availability)} />
      <TextField name="note" label={t("orgResources.field.note")} state={state} defaultValue={text(resource?.note)} multiline />
    </>
  );
  switch (kind) {
    case "competence":
      return (
        <>
          <SelectField
            name="competenceId"
            label={t("orgResources.field.competenceId")}
            state={state}
            required
            defaultValue={resource?.competenceId ?? ""}
            options={[{ value: "", label: t("orgResources.field.chooseCompetence") }, ...competences]}
          />
          <TextField
            name="name"
            label={t("orgResources.field.competenceName")}
            description={t("orgResources.field.competenceNameHelp")}
            state={state}
            defaultValue={resource && resource.competenceName?.nb !== resource.name ? resource.name : undefined}
          />
          {common}
        </>
      );
    case "equipment":
      return (
        <>
          <TextField name="name" label={t("orgResources.field.equipmentName")} state={state} required defaultValue={text(resource?.name)} />
          <TextField name="quantity" type="number" label={t("orgResources.field.quantity")} state={state} defaultValue={text(resource?.quantity)} />
          <TextField name="conditions" label={t("orgResources.field.conditions")} state={state} defaultValue={text(resource?.conditions)} multiline />
          {common}
        </>
      );
    case "premises":
      return (
        <>
          <TextField name="name" label={t("orgResources.field.premisesName")} state={state} required defaultValue={text(resource?.name)} />
          <TextField name="capacity" type="number" label={t("orgResources.field.capacity")} state={state} defaultValue={text(resource?.capacity)} />
          <TextField
            name="accessibility"
            label={t("orgResources.field.accessibility")}
            description={t("orgResources.field.accessibilityHelp")}
            state={state}
            defaultValue={text(resource?.accessibility)}
            multiline
          />
          <TextField name="address" label={t("orgResources.field.address")} state={state} defaultValue={text(resource?.address)} autoComplete="street-address" />
          {common}
        </>
      );
    case "vehicle":
      return (
        <>
          <TextField
            name="vehicleType"
            label={t("orgResources.field.vehicleType")}
            description={t("orgResources.field.vehicleTypeHelp")}
            state={state}
            required
            defaultValue={text(resource?.vehicleType)}
          />
          <TextField
            name="name"
            label={t("orgResources.field.vehicleName")}
            state={state}
            defaultValue={resource && resource.name !== resource.vehicleType ? resource.name : undefined}
          />
          <TextField name="seats" type="number" label={t("orgResources.field.seats")} state={state} defaultValue={text(resource?.seats)} />
          <Field>
            <Input
              type="checkbox"
              id="field-wheelchairAccessible"
              name="wheelchairAccessible"
              defaultChecked={state?.values ? state.values.wheelchairAccessible === "on" : !!resource?.wheelchairAccessible}
            />
            <Label htmlFor="field-wheelchairAccessible" weight="regular">
              {t("orgResources.field.wheelchairAccessible")}
            </Label>
          </Field>
          {common}
        </>
      );
  }
}

/** The facts of a resource beyond its name, in one line for the table. */
export function resourceDetails(t: Translate, r: ShownResource): string {
  const facts: (string | null | false)[] = [];
  if (r.kind === "competence") facts.push(r.name !== r.competenceName?.nb && r.competenceLabel);
  if (r.kind === "equipment") facts.push(r.quantity !== null && t("orgResources.resources.quantity", { count: r.quantity }), r.conditions);
  if (r.kind === "premises") facts.push(r.capacity !== null && t("orgResources.resources.capacity", { count: r.capacity }), r.accessibility, r.address);
  if (r.kind === "vehicle") {
    facts.push(
      r.name !== r.vehicleType && r.vehicleType,
      r.seats !== null && t("orgResources.resources.seats", { count: r.seats }),
      !!r.wheelchairAccessible && t("orgResources.resources.wheelchair"),
    );
  }
  facts.push(r.note);
  return facts.filter(Boolean).join(" · ");
}
