import type { ReactNode } from "react";
import { FieldDescription, Input, Label, ValidationMessage } from "@digdir/designsystemet-react";
import { useTranslateKey } from "../i18n/react";
import { DescribedField, type FormState } from "./forms";

/** A labelled file input for a multipart form, with its description and messages linked by id like TextField's. */
export function FileField({ name, label, state, description, accept, required }: {
  name: string;
  label: string;
  state: FormState;
  description?: ReactNode;
  accept?: string;
  required?: boolean;
}) {
  const translate = useTranslateKey();
  const id = `field-${name}`;
  const messages = state?.errors?.[name] ?? [];
  const describedBy = [description ? `${id}-description` : "", messages.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <DescribedField>
      <Label htmlFor={id}>{label}</Label>
      {description && <FieldDescription id={`${id}-description`}>{description}</FieldDescription>}
      <Input
        type="file"
        id={id}
        name={name}
        accept={accept}
        required={required}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={describedBy}
      />
      {messages.length > 0 && <ValidationMessage id={`${id}-error`}>{messages.map((m) => translate(m.key, m.params)).join(" ")}</ValidationMessage>}
    </DescribedField>
  );
}
