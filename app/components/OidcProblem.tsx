import { Link as RouterLink } from "react-router";
import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { OidcRefusalReason } from "../../platform/auth/oidc";
import { useT } from "../i18n/react";

export type OidcProblemReason = OidcRefusalReason | "linkedToOther";

const MESSAGES = {
  expired: "oidc.error.expired",
  cancelled: "oidc.error.cancelled",
  acr: "oidc.error.acr",
  failed: "oidc.error.failed",
  unavailable: "oidc.error.unavailable",
  linkedToOther: "oidc.error.linkedToOther",
} as const satisfies Record<OidcProblemReason, string>;

/** Why signing in with the identity provider did not work, and the ways forward. */
export function OidcProblem({ reason, provider, returnTo }: { reason: OidcProblemReason; provider: string; returnTo: string }) {
  const t = useT();
  const query = `?returnTo=${encodeURIComponent(returnTo)}`;
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("oidc.error.title")}
      </Heading>
      <Paragraph>{t(MESSAGES[reason], { provider })}</Paragraph>
      {reason !== "linkedToOther" && (
        <Paragraph>
          <Link asChild>
            {/* A full page load: the next stop is the provider's site. */}
            <RouterLink to={`/logg-inn/idporten${query}`} reloadDocument>
              {t("oidc.tryAgain", { provider })}
            </RouterLink>
          </Link>
        </Paragraph>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/logg-inn${query}`}>{t("oidc.usePassword")}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
