import { Fieldset, FieldsetDescription, FieldsetLegend } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import type { FormState } from "./forms";
import { describeGroup, FieldMessages, GroupOption } from "./organization/Checkboxes";

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
  const groupId = `field-${name}`;
  const messages = state?.errors?.[name] ?? [];
  const described = describeGroup(groupId, name, state, Boolean(description));
  return (
    <Fieldset id={groupId} tabIndex={-1} aria-invalid={messages.length ? true : undefined}>
      <FieldsetLegend data-size="sm">{legend}</FieldsetLegend>
      {description && <FieldsetDescription id={`${groupId}-description`}>{description}</FieldsetDescription>}
      {options.map((option) => (
        <GroupOption
          key={option.value}
          type="radio"
          id={`field-${name}-${option.value || "none"}`}
          name={name}
          value={option.value}
          label={option.label}
          defaultChecked={option.value === checked}
          description={described}
        />
      ))}
      <FieldMessages groupId={groupId} name={name} state={state} />
    </Fieldset>
  );
}
