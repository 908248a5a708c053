import { Form } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "../CsrfField";
import { FormErrors, useActionAt, type FormState } from "../forms";
import { useT } from "../../i18n/react";
import { stateFor } from "./SectionForm";

const ID = "verify";

/** The coordinator's verify (or withdraw) button. */
export function VerifySection({ verified, actionData }: { verified: boolean; actionData: FormState }) {
  const t = useT();
  const action = useActionAt(ID);
  return (
    <section id={ID} aria-labelledby={`${ID}-title`} className="stack profile-section">
      <Heading level={2} data-size="sm" id={`${ID}-title`}>
        {t("organization.section.verify")}
      </Heading>
      <Paragraph>{t(verified ? "organization.verify.isVerified" : "organization.verify.isUnverified")}</Paragraph>
      <Form method="post" action={action}>
        <FormErrors state={stateFor(actionData, "verify", "unverify")} />
        <CsrfField />
        <input type="hidden" name="intent" value={verified ? "unverify" : "verify"} />
        <Button type="submit" variant={verified ? "secondary" : "primary"}>
          {t(verified ? "organization.verify.unverify" : "organization.verify.verify")}
        </Button>
      </Form>
    </section>
  );
}
