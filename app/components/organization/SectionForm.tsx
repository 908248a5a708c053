import { useState, type ReactNode } from "react";
import { Form, useActionData, useLoaderData, useSearchParams } from "react-router";
import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "../CsrfField";
import { StatusRegion } from "../StatusRegion";
import { FormErrors, useActionAt, type FormState } from "../forms";
import { useT } from "../../i18n/react";

/** The action's answer belongs to the section that was posted; the other sections show their saved values. */
export const SAVED_PARAM = "lagret";

/** The action's answer, for the section whose forms post one of `intents`. */
export function stateFor(actionData: FormState, ...intents: string[]): FormState {
  const intent = actionData?.values?.intent;
  return intent !== undefined && intents.includes(intent) ? actionData : undefined;
}

/** How often a section's form has started again from the saved values, and the page data it last saw. */
export type FormRevision = { data: unknown; resets: number };

/**
 * A form starts again from the saved (normalised) values only when the page's data was read again after its
 * own section was saved. Every save reads the data again, so a form that starts again on any new data would
 * throw away what was typed, and not yet saved, in the other sections.
 */
export function nextRevision(current: FormRevision, data: unknown, savedHere: boolean): FormRevision {
  if (data === current.data) return current;
  return { data, resets: savedHere ? current.resets + 1 : current.resets };
}

/** One part of the edit page: its own heading, form, error summary and save button. */
export function SectionForm({
  id,
  title,
  lead,
  intent,
  state,
  children,
  encType,
  heading = 2,
  submitLabel,
  after,
  savedAs = id,
  keep,
}: {
  id: string;
  title: string;
  lead?: string;
  intent: string;
  state: FormState;
  children: ReactNode;
  encType?: "multipart/form-data";
  heading?: 2 | 3;
  submitLabel?: string;
  /** Shown after the form, outside it: a second form such as a remove button. */
  after?: ReactNode;
  /** The section the action names in the address after a save, when it is not this form's id. */
  savedAs?: string;
  /** The address's parameters that chose what this form shows, for the answer to show the same (see useActionAt). */
  keep?: Record<string, string | null | undefined>;
}) {
  const t = useT();
  const action = useActionAt(id, keep);
  const [search] = useSearchParams();
  const answered = useActionData() !== undefined;
  // An action that answered with data (an error anywhere on the page) came after the save the address names.
  const saved = search.get(SAVED_PARAM) === savedAs && !answered;
  const data = useLoaderData();
  const [revision, setRevision] = useState<FormRevision>({ data, resets: 0 });
  const next = nextRevision(revision, data, saved);
  if (next !== revision) setRevision(next);
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={heading === 2 ? "stack profile-section" : "stack"}>
      <Heading level={heading} data-size={heading === 2 ? "sm" : "xs"} id={`${id}-title`}>
        {title}
      </Heading>
      {lead && <Paragraph>{lead}</Paragraph>}
      <StatusRegion>{saved && <Alert data-color="success">{t("organization.edit.saved")}</Alert>}</StatusRegion>
      {/* The answer opens at this section: without JavaScript, an error summary would otherwise sit screens below the top. */}
      <Form key={next.resets} method="post" action={action} className="stack narrow" encType={encType}>
        <FormErrors state={state} />
        <CsrfField />
        <input type="hidden" name="intent" value={intent} />
        {children}
        <div>
          <Button type="submit">{submitLabel ?? t("organization.edit.save", { section: title.toLowerCase() })}</Button>
        </div>
      </Form>
      {after}
    </section>
  );
}
