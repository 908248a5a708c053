import { Field, Fieldset, FieldsetDescription, FieldsetLegend, Input, Label } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import type { FormState } from "./forms";
import { FieldMessages } from "./organization/Checkboxes";

export type RadioOption = { value: string; label: string };

/**
 * A fieldset of radio buttons, each label tied to its button by id so it works with JavaScript off. The
 * fieldset carries the `field-<name>` id the error summary links to.
 */
export function RadioGroup({
  name,
  legend,
  options,
  checked,
  state,
  description,
}: {
  name: string;
  legend: string;
  options: RadioOption[];
  checked: string;
  state?: FormState;
  description?: ReactNode;
}) {
  const messages = state?.errors?.[name] ?? [];
  return (
    <Fieldset id={`field-${name}`} tabIndex={-1} aria-invalid={messages.length ? true : undefined}>
      <FieldsetLegend data-size="sm">{legend}</FieldsetLegend>
      {description && <FieldsetDescription>{description}</FieldsetDescription>}
      {options.map((option) => {
        const id = `field-${name}-${option.value || "none"}`;
        return (
          <Field key={option.value}>
            <Input type="radio" id={id} name={name} value={option.value} defaultChecked={option.value === checked} />
            <Label htmlFor={id} weight="regular">
              {option.label}
            </Label>
          </Field>
        );
      })}
      <FieldMessages name={name} state={state} />
    </Fieldset>
  );
}
