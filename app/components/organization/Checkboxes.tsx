import { Field, Fieldset, FieldsetDescription, FieldsetLegend, Input, Label, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import type { FormState } from "../forms";
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

/** The messages at a group of fields, as TextField shows them at one. */
export function FieldMessages({ name, state }: { name: string; state?: FormState }) {
  const translate = useTranslateKey();
  const messages = state?.errors?.[name] ?? [];
  if (!messages.length) return null;
  return <ValidationMessage>{messages.map((m) => translate(m.key, m.params)).join(" ")}</ValidationMessage>;
}

/** The boxes to show ticked: what was sent when the form comes back with errors, else the saved values. */
export function tickedValues(state: FormState, name: string, saved: string[]): string[] {
  if (!state?.values) return saved;
  const sent = state.values[name];
  return state.lists?.[name] ?? (sent === undefined ? [] : [sent]);
}

/** A fieldset of checkboxes that posts `name` once per ticked box; after an error, the boxes ticked when it was sent. */
export function CheckboxGroup({
  id,
  name,
  legend,
  options,
  checked,
  state,
  description,
  legendSize = "sm",
}: {
  id?: string;
  name: string;
  legend: string;
  options: CheckboxOption[];
  checked: string[];
  state?: FormState;
  description?: string;
  legendSize?: "sm" | "xs";
}) {
  const messages = state?.errors?.[name] ?? [];
  const ticked = new Set(tickedValues(state, name, checked));
  return (
    <Fieldset id={id ?? `field-${name}`} tabIndex={-1} aria-invalid={messages.length ? true : undefined}>
      <FieldsetLegend data-size={legendSize}>{legend}</FieldsetLegend>
      {description && <FieldsetDescription>{description}</FieldsetDescription>}
      <div className="checkbox-grid">
        {options.map((option) => (
          <Field key={option.value}>
            <Input type="checkbox" id={`field-${name}-${option.value}`} name={name} value={option.value} defaultChecked={ticked.has(option.value)} />
            <Label htmlFor={`field-${name}-${option.value}`} weight="regular">
              {option.label}
            </Label>
          </Field>
        ))}
      </div>
      <FieldMessages name={name} state={state} />
    </Fieldset>
  );
}
