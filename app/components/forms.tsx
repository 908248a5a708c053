import { useEffect, useRef, type ComponentRef, type ReactNode } from "react";
import {
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
  Field,
  Label,
  Input,
  Textarea,
  ValidationMessage,
  FieldDescription,
} from "@digdir/designsystemet-react";
import { useLocation } from "react-router";
import type { FieldErrors, FieldMessage } from "../../platform/errors";
import { useT, useTranslateKey } from "../i18n/react";

export type FormState = { errors?: FieldErrors; values?: Record<string, string>; lists?: Record<string, string[]> } | undefined;

/** The id of the error summary of a page whose forms all report there, for `useActionAt`. */
export const PAGE_ERRORS = "errors";

/**
 * Where a form posts so that the page that answers opens at the element `id`, such as its error summary or its
 * section: without JavaScript the answer would otherwise open at the top, with the errors perhaps screens below.
 * The browser also moves focus there when the element takes focus, as the error summary does. `keep` holds the
 * query parameters the page needs from its address to show the same forms again (empty ones are left out); the
 * others, such as a message about the last change, do not belong to the answer.
 */
export function useActionAt(id: string, keep: Record<string, string | null | undefined> = {}): string {
  const { pathname } = useLocation();
  const search = new URLSearchParams(Object.entries(keep).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return `${pathname}${search && `?${search}`}#${id}`;
}

/**
 * The error summary at the top of a form: takes focus after a failed submit and links to each field. Give it
 * an `id` for forms that post with `useActionAt`, so that it also takes focus without JavaScript.
 */
export function FormErrors({ state, id }: { state: FormState; id?: string }) {
  const t = useT();
  const translate = useTranslateKey();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const errors = Object.entries(state?.errors ?? {});
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [state, errors.length]);
  if (!errors.length) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1} id={id}>
      <ErrorSummaryHeading>{t("form.errorSummary")}</ErrorSummaryHeading>
      <ErrorSummaryList>
        {errors.map(([field, messages]) => (
          <ErrorSummaryItem key={field}>
            <ErrorSummaryLink href={field === "_form" ? "#main" : `#field-${field}`}>
              {messages.map((m: FieldMessage) => translate(m.key, m.params)).join(" ")}
            </ErrorSummaryLink>
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
  );
}

/**
 * The box around a label, its input, description and error message, for an input that names its description and
 * error message in `aria-describedby` itself, as the server renders it for browsers without JavaScript.
 * Designsystemet's `<ds-field>` would add those ids to the attribute again once its script runs, so screen readers
 * read them twice; a plain element with the same class looks the same and leaves the attribute to us.
 */
export function DescribedField({ children }: { children: ReactNode }) {
  return (
    <Field asChild>
      <div>{children}</div>
    </Field>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  state: FormState;
  type?: "text" | "email" | "password" | "tel" | "url" | "number" | "date";
  description?: ReactNode;
  defaultValue?: string;
  autoComplete?: string;
  /** The keyboard to offer: with type "text" the browser blocks nothing, and the server's rule and message apply. */
  inputMode?: "email" | "url";
  required?: boolean;
  multiline?: boolean;
};

/** A labelled input with explicit id/htmlFor, so it is linked also when JavaScript is off. */
export function TextField({ name, label, state, type = "text", description, defaultValue, autoComplete, inputMode, required, multiline }: TextFieldProps) {
  const translate = useTranslateKey();
  const passwordRef = useRef<HTMLInputElement>(null);
  // With JavaScript the page is not reloaded after a failed submit, so a typed password would stay in the field.
  useEffect(() => {
    if (passwordRef.current) passwordRef.current.value = "";
  }, [state]);
  const id = `field-${name}`;
  const messages = state?.errors?.[name] ?? [];
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [description ? descriptionId : "", messages.length ? errorId : ""].filter(Boolean).join(" ") || undefined;
  const value = type === "password" ? undefined : (state?.values?.[name] ?? defaultValue);
  const common = {
    id,
    name,
    defaultValue: value,
    "aria-invalid": messages.length ? true : undefined,
    "aria-describedby": describedBy,
    required,
    autoComplete,
    inputMode,
  };
  return (
    <DescribedField>
      <Label htmlFor={id}>{label}</Label>
      {description && <FieldDescription id={descriptionId}>{description}</FieldDescription>}
      {multiline ? <Textarea {...common} /> : <Input type={type} ref={type === "password" ? passwordRef : undefined} {...common} />}
      {messages.length > 0 && (
        <ValidationMessage id={errorId}>{messages.map((m) => translate(m.key, m.params)).join(" ")}</ValidationMessage>
      )}
    </DescribedField>
  );
}
