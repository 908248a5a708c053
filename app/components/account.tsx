import { useEffect, useRef, type ReactNode } from "react";
import { Form, Link as RouterLink } from "react-router";
import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { FieldErrors } from "../../platform/errors";
import { useT } from "../i18n/react";
import type { MessageKey } from "../i18n/nb";
import { CsrfField } from "./CsrfField";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt, type FormState } from "./forms";

/**
 * What replaces a form once it has done its work. The heading takes focus, so a screen reader user
 * hears that the page changed even when JavaScript swapped the content without a page load.
 */
export function Confirmation({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg" ref={ref} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </div>
  );
}

export type LinkProblemStatus = "expired" | "used" | "invalid";

/** An e-mailed link that no longer works: says why and where to get a new one. */
export function LinkProblem({
  status,
  texts,
  next,
}: {
  status: LinkProblemStatus;
  texts: Record<LinkProblemStatus, [MessageKey, MessageKey]>;
  next: { to: string; label: MessageKey };
}) {
  const t = useT();
  const [title, body] = texts[status];
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t(title)}
      </Heading>
      <Paragraph>{t(body)}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={next.to}>{t(next.label)}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}

/** A field for choosing a password, with the length rule beside it; password managers offer to make one. */
export function NewPasswordField({ label, state }: { label: MessageKey; state: FormState }) {
  const t = useT();
  return (
    <TextField
      name="password"
      type="password"
      label={t(label)}
      description={t("account.field.passwordHint")}
      autoComplete="new-password"
      required
      state={state}
    />
  );
}

/** A link in running text to another account page. */
export function AccountLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link asChild>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}

/** The page's own texts around the shared e-mail form; `doneBody` gets the address as {email}. */
export type EmailLinkTexts = Record<"title" | "lead" | "submit" | "doneTitle" | "doneBody", MessageKey>;

type EmailLinkState = { ok: true; email: string } | { ok: false; errors?: FieldErrors; values?: Record<string, string> } | undefined;

/** Asks for an e-mail address to send a link to, then says to look in the mailbox. */
export function EmailLinkRequest({ texts, state }: { texts: EmailLinkTexts; state: EmailLinkState }) {
  const t = useT();
  const action = useActionAt(PAGE_ERRORS);
  if (state?.ok) {
    return (
      <Confirmation title={t(texts.doneTitle)}>
        <Paragraph>{t(texts.doneBody, { email: state.email })}</Paragraph>
      </Confirmation>
    );
  }
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t(texts.title)}
      </Heading>
      <Paragraph>{t(texts.lead)}</Paragraph>
      <FormErrors state={state} id={PAGE_ERRORS} />
      <Form method="post" action={action} className="stack">
        <CsrfField />
        <TextField name="email" type="email" label={t("account.field.email")} autoComplete="email" required state={state} />
        <div>
          <Button type="submit">{t(texts.submit)}</Button>
        </div>
      </Form>
    </div>
  );
}
