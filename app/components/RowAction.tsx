import type { ReactNode } from "react";
import { Form } from "react-router";
import { Button } from "@digdir/designsystemet-react";
import { CsrfField } from "./CsrfField";

/**
 * A small button in a table row that posts `intent` and the row's `fields` to the page's action. The
 * accessible name says which row it acts on, since every row has a button with the same text.
 */
export function RowAction({
  intent,
  fields,
  label,
  accessibleName,
  className,
  children,
}: {
  intent: string;
  fields: Record<string, string>;
  label: string;
  accessibleName: string;
  className: string;
  children?: ReactNode;
}) {
  return (
    <Form method="post" className={className}>
      {children}
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary" data-size="sm" aria-label={accessibleName}>
        {label}
      </Button>
    </Form>
  );
}
