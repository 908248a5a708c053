import type { ReactNode } from "react";
import { Form } from "react-router";
import { Button, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "./CsrfField";

/** What a destructive action asks before it is done: a sentence on what follows, and the answer's button text. */
export type Confirmation = { question: string; button: string };

type RowActionProps = {
  intent: string;
  fields: Record<string, string>;
  label: string;
  accessibleName: string;
  className: string;
  /** Given for an action that removes or takes away something, which then asks first (WCAG 3.3.4). */
  confirm?: Confirmation;
  children?: ReactNode;
};

/**
 * A small button in a table row that posts `intent` and the row's `fields` to the page's action. The
 * accessible name says which row it acts on, since every row has a button with the same text.
 */
export function RowAction(props: RowActionProps) {
  return props.confirm ? <ConfirmedRowAction {...props} confirm={props.confirm} /> : <ImmediateRowAction {...props} />;
}

function ImmediateRowAction({ intent, fields, label, accessibleName, className, children }: RowActionProps) {
  return (
    <Form method="post" className={className}>
      {children}
      <RowFields intent={intent} fields={fields} />
      <Button type="submit" variant="secondary" data-size="sm" aria-label={accessibleName}>
        {label}
      </Button>
    </Form>
  );
}

/**
 * The button opens a native disclosure with the question and the real submit button, which works without
 * JavaScript and by keyboard; the answer's button names the row as well.
 */
function ConfirmedRowAction({ intent, fields, label, accessibleName, className, children, confirm }: RowActionProps & { confirm: Confirmation }) {
  return (
    <div className={className}>
      {children}
      <details className="row-confirm">
        <summary className="ds-button" data-variant="secondary" data-size="sm" aria-label={accessibleName}>
          {label}
        </summary>
        <Form method="post" className="row-confirm-answer">
          <Paragraph data-size="sm">{confirm.question}</Paragraph>
          <RowFields intent={intent} fields={fields} />
          <Button type="submit" data-color="danger" data-size="sm">
            {confirm.button}
          </Button>
        </Form>
      </details>
    </div>
  );
}

function RowFields({ intent, fields }: { intent: string; fields: Record<string, string> }) {
  return (
    <>
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
