import { Outlet } from "react-router";
import { RouteErrorPage } from "../components/ErrorPage";

/**
 * Every page sits below this route, so a page's error is shown here, inside the root's page shell. Were the
 * root the boundary, React Router would skip the root's loader after an action refused a form (403, 419), and
 * the refusal would be shown under a header that has forgotten who is signed in.
 */
export default function Page() {
  return <Outlet />;
}

export const ErrorBoundary = RouteErrorPage;
