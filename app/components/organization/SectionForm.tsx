import type { ReactNode } from "react";
import { Form, useSearchParams } from "react-router";
import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "../CsrfField";
import { FormErrors, type FormState } from "../forms";
import { useT } from "../../i18n/react";

/** The action's answer belongs to the section that was posted; the other sections show their saved values. */
export const SAVED_PARAM = "lagret";

export function stateFor(actionData: FormState, intent: string): FormState {
  return actionData?.values?.intent === intent ? actionData : undefined;
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
}) {
  const t = useT();
  const [search] = useSearchParams();
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={heading === 2 ? "stack profile-section" : "stack"}>
      <Heading level={heading} data-size={heading === 2 ? "sm" : "xs"} id={`${id}-title`}>
        {title}
      </Heading>
      {lead && <Paragraph>{lead}</Paragraph>}
      {search.get(SAVED_PARAM) === id && <Alert data-color="success">{t("organization.edit.saved")}</Alert>}
      <Form method="post" className="stack narrow" encType={encType}>
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
