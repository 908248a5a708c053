import { useRef, type ReactNode } from "react";
import { Form } from "react-router";
import { Button, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "./CsrfField";
import { useHydrating } from "./hydration";
import { useT } from "../i18n/react";

/** What a destructive action asks before it is done: a sentence on what follows, and the answer's button text. */
export type Confirmation = { question: string; button: string };

type RowActionProps = {
  intent: string;
  fields: Record<string, string>;
  label: string;
  accessibleName: string;
  className: string;
  /** Where the form posts, when not to the page's own address (see useActionAt). */
  action?: string;
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

function ImmediateRowAction({ intent, fields, label, accessibleName, className, action, children }: RowActionProps) {
  return (
    <Form method="post" action={action} className={className}>
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
 * JavaScript and by keyboard; the answer's button names the row as well. With JavaScript the question also has
 * "Avbryt", which closes it and puts focus back on the button that opened it; without JavaScript that button
 * could not close the disclosure, so the summary itself is how one says no, and focus stays on it.
 */
function ConfirmedRowAction({ intent, fields, label, accessibleName, className, action, children, confirm }: RowActionProps & { confirm: Confirmation }) {
  const t = useT();
  const hydrating = useHydrating();
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const cancel = () => {
    details.current!.open = false;
    summary.current!.focus();
  };
  return (
    <div className={className}>
      {children}
      <details className="row-confirm" ref={details}>
        <summary className="ds-button" data-variant="secondary" data-size="sm" aria-label={accessibleName} ref={summary}>
          {label}
        </summary>
        <Form method="post" action={action} className="row-confirm-answer">
          <Paragraph data-size="sm">{confirm.question}</Paragraph>
          <RowFields intent={intent} fields={fields} />
          <div className="row-confirm-buttons">
            <Button type="submit" data-color="danger" data-size="sm">
              {confirm.button}
            </Button>
            {!hydrating && (
              <Button type="button" variant="secondary" data-size="sm" onClick={cancel}>
                {t("form.cancel")}
              </Button>
            )}
          </div>
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
