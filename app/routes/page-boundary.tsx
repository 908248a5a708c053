import { Outlet, useMatches } from "react-router";
import { RouteErrorPage } from "../components/ErrorPage";
import { InEnglish, useI18n } from "../i18n/react";
import { readInEnglish } from "../lib/page-language";

/**
 * Every page sits below this route, so a page's error is shown here, inside the root's page shell. Were the
 * root the boundary, React Router would skip the root's loader after an action refused a form (403, 419), and
 * the refusal would be shown under a header that has forgotten who is signed in.
 */
export default function Page() {
  const { lang } = useI18n();
  const page = useMatches().at(-1);
  if (!readInEnglish(page?.handle, lang)) return <Outlet />;
  return (
    <InEnglish>
      <div className="page-language" lang="en" dir="ltr">
        <Outlet />
      </div>
    </InEnglish>
  );
}

export const ErrorBoundary = RouteErrorPage;
