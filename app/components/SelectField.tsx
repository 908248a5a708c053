import { FieldDescription, Label, Select, SelectOption, ValidationMessage } from "@digdir/designsystemet-react";
import { DescribedField, type FormState } from "./forms";
import { useTranslateKey } from "../i18n/react";

export type SelectChoice = { value: string; label: string };

type SelectFieldProps = {
  name: string;
  label: string;
  options: SelectChoice[];
  state?: FormState;
  defaultValue?: string;
  description?: string;
  required?: boolean;
};

/** A labelled native select with explicit id/htmlFor and its errors, the select twin of TextField. */
export function SelectField({ name, label, options, state, defaultValue, description, required }: SelectFieldProps) {
  const translate = useTranslateKey();
  const id = `field-${name}`;
  const messages = state?.errors?.[name] ?? [];
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [description ? descriptionId : "", messages.length ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <DescribedField>
      <Label htmlFor={id}>{label}</Label>
      {description && <FieldDescription id={descriptionId}>{description}</FieldDescription>}
      <Select
        id={id}
        name={name}
        defaultValue={state?.values?.[name] ?? defaultValue}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={describedBy}
        required={required}
      >
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
      {messages.length > 0 && (
        <ValidationMessage id={errorId}>{messages.map((m) => translate(m.key, m.params)).join(" ")}</ValidationMessage>
      )}
    </DescribedField>
  );
}
