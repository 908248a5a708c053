import { Link as RouterLink } from "react-router";
import { Button } from "@digdir/designsystemet-react";
import { useRootData } from "../root";
import { useT } from "../i18n/react";

/**
 * "Sign in with ID-porten" for the sign-in page; renders nothing when no provider is configured.
 * A plain link, not a form: the answer is a redirect to the provider, which `form-action 'self'` would block.
 */
export function OidcLoginLink({ returnTo }: { returnTo?: string }) {
  const t = useT();
  const { oidcName } = useRootData();
  if (!oidcName) return null;
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : "";
  return (
    <Button asChild variant="secondary">
      <RouterLink to={`/logg-inn/idporten${query}`} reloadDocument>
        {t("oidc.signInWith", { provider: oidcName })}
      </RouterLink>
    </Button>
  );
}
