import { isRouteErrorResponse, Link as RouterLink, useRouteError } from "react-router";
import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";
import type { MessageKey } from "../i18n/nb";

const TEXTS: Record<number, [MessageKey, MessageKey]> = {
  400: ["error.formUnreadable.title", "error.formUnreadable.body"],
  401: ["error.unauthenticated.title", "error.unauthenticated.body"],
  403: ["error.forbidden.title", "error.forbidden.body"],
  404: ["error.notFound.title", "error.notFound.body"],
  411: ["error.bodyRefused.title", "error.bodyRefused.body"],
  413: ["error.bodyRefused.title", "error.bodyRefused.body"],
  415: ["error.formUnreadable.title", "error.formUnreadable.body"],
  419: ["error.csrf.title", "error.csrf.body"],
};

export function ErrorPage({ status }: { status: number }) {
  const t = useT();
  const [title, body] = TEXTS[status] ?? ["error.server.title", "error.server.body"];
  return (
    <div className="stack narrow">
      <title>{`${t(title)} – ${t("app.name")}`}</title>
      <Heading level={1} data-size="lg">
        {t(title)}
      </Heading>
      <Paragraph>{t(body)}</Paragraph>
      {status === 401 && (
        <Link asChild>
          <RouterLink to="/logg-inn">{t("nav.signIn")}</RouterLink>
        </Link>
      )}
      <Link asChild>
        <RouterLink to="/">{t("error.backHome")}</RouterLink>
      </Link>
    </div>
  );
}

/** The error page for the error a route boundary caught; one that is not an answer (a bug) is logged. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error)) console.error(error);
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} />;
}
