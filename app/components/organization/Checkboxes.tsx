import { Field, Fieldset, FieldsetDescription, FieldsetLegend, Input, Label, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { DescribedField, type FormState } from "../forms";
import { useTranslateKey } from "../../i18n/react";

export type CheckboxOption = { value: string; label: string };

/** One checkbox whose label is tied to it by id, so it works with JavaScript off. */
export function CheckboxField({ name, label, defaultChecked, id = `field-${name}` }: { name: string; label: ReactNode; defaultChecked: boolean; id?: string }) {
  return (
    <Field>
      <Input type="checkbox" id={id} name={name} defaultChecked={defaultChecked} />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
    </Field>
  );
}

/** What each box of a group names as its description, and whether the group has an error, as a text field's input does. */
export type GroupDescription = { describedBy?: string; invalid?: true };

/**
 * The group `groupId`'s description and error message (see FieldMessages), for each of its boxes to name, after
 * those of the group it sits in, if any.
 */
export function describeGroup(groupId: string, name: string, state: FormState | undefined, hasDescription: boolean, outer: GroupDescription = {}): GroupDescription {
  const failed = Boolean(state?.errors?.[name]?.length);
  const ids = [hasDescription && `${groupId}-description`, failed && `${groupId}-error`, outer.describedBy].filter(Boolean).join(" ");
  return { describedBy: ids || undefined, invalid: failed || outer.invalid || undefined };
}

/**
 * One checkbox or radio button of a group, its label tied to it by id. It names the group's description and error
 * message itself, so that screen readers read them also without JavaScript; Designsystemet's `<ds-field>` would
 * add the error's id a second time once its script runs (see DescribedField).
 */
export function GroupOption({ type, id, name, value, label, defaultChecked, description }: {
  type: "checkbox" | "radio";
  id: string;
  name: string;
  value: string;
  label: string;
  defaultChecked: boolean;
  description: GroupDescription;
}) {
  return (
    <DescribedField>
      <Input
        type={type}
        id={id}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-describedby={description.describedBy}
        aria-invalid={description.invalid}
      />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
    </DescribedField>
  );
}

/** The messages at a group of fields, as TextField shows them at one, with the id describeGroup gives its boxes. */
export function FieldMessages({ groupId, name, state }: { groupId: string; name: string; state?: FormState }) {
  const translate = useTranslateKey();
  const messages = state?.errors?.[name] ?? [];
  if (!messages.length) return null;
  return <ValidationMessage id={`${groupId}-error`}>{messages.map((m) => translate(m.key, m.params)).join(" ")}</ValidationMessage>;
}

/** The boxes to show ticked: what was sent when the form comes back with errors, else the saved values. */
export function tickedValues(state: FormState, name: string, saved: string[]): string[] {
  if (!state?.values) return saved;
  const sent = state.values[name];
  return state.lists?.[name] ?? (sent === undefined ? [] : [sent]);
}

/**
 * A fieldset of checkboxes that posts `name` once per ticked box; after an error, the boxes ticked when it was sent.
 * `outer` is the description of a group it sits in, whose error message its boxes name as well.
 */
export function CheckboxGroup({
  id,
  name,
  legend,
  options,
  checked,
  state,
  description,
  legendSize = "sm",
  outer,
}: {
  id?: string;
  name: string;
  legend: string;
  options: CheckboxOption[];
  checked: string[];
  state?: FormState;
  description?: string;
  legendSize?: "sm" | "xs";
  outer?: GroupDescription;
}) {
  const groupId = id ?? `field-${name}`;
  const messages = state?.errors?.[name] ?? [];
  const ticked = new Set(tickedValues(state, name, checked));
  const described = describeGroup(groupId, name, state, Boolean(description), outer);
  return (
    <Fieldset id={groupId} tabIndex={-1} aria-invalid={messages.length ? true : undefined}>
      <FieldsetLegend data-size={legendSize}>{legend}</FieldsetLegend>
      {description && <FieldsetDescription id={`${groupId}-description`}>{description}</FieldsetDescription>}
      <div className="checkbox-grid">
        {options.map((option) => (
          <GroupOption
            key={option.value}
            type="checkbox"
            id={`field-${name}-${option.value}`}
            name={name}
            value={option.value}
            label={option.label}
            defaultChecked={ticked.has(option.value)}
            description={described}
          />
        ))}
      </div>
      <FieldMessages groupId={groupId} name={name} state={state} />
    </Fieldset>
  );
}
