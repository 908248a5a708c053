import { Form } from "react-router";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "../CsrfField";
import { useT } from "../../i18n/react";

/** The coordinator's verify (or withdraw) button. */
export function VerifySection({ verified }: { verified: boolean }) {
  const t = useT();
  return (
    <section id="verify" aria-labelledby="verify-title" className="stack profile-section">
      <Heading level={2} data-size="sm" id="verify-title">
        {t("organization.section.verify")}
      </Heading>
      <Paragraph>{t(verified ? "organization.verify.isVerified" : "organization.verify.isUnverified")}</Paragraph>
      <Form method="post">
        <CsrfField />
        <input type="hidden" name="intent" value={verified ? "unverify" : "verify"} />
        <Button type="submit" variant={verified ? "secondary" : "primary"}>
          {t(verified ? "organization.verify.unverify" : "organization.verify.verify")}
        </Button>
      </Form>
    </section>
  );
}
