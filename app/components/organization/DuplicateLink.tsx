import { Link as RouterLink } from "react-router";
import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { FormState } from "../forms";
import { useT } from "../../i18n/react";

/** When the organisation number is taken, a link to the organisation that has it. */
export function DuplicateLink({ state }: { state: FormState }) {
  const t = useT();
  const params = state?.errors?.organizationNumber?.[0]?.params;
  if (typeof params?.href !== "string" || typeof params.name !== "string") return null;
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={params.href}>{t("organization.duplicateLink", { name: params.name })}</RouterLink>
      </Link>
    </Paragraph>
  );
}
