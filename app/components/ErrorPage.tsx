import { isRouteErrorResponse, Link as RouterLink, useRouteError } from "react-router";
import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";
import type { MessageKey } from "../i18n/nb";

const TEXTS: Record<number, [MessageKey, MessageKey]> = {
  400: ["error.formUnreadable.title", "error.formUnreadable.body"],
  401: ["error.unauthenticated.title", "error.unauthenticated.body"],
  403: ["error.forbidden.title", "error.forbidden.body"],
  404: ["error.notFound.title", "error.notFound.body"],
  405: ["error.methodNotAllowed.title", "error.methodNotAllowed.body"],
  411: ["error.bodyRefused.title", "error.bodyRefused.body"],
  413: ["error.bodyRefused.title", "error.bodyRefused.body"],
  415: ["error.formUnreadable.title", "error.formUnreadable.body"],
  419: ["error.csrf.title", "error.csrf.body"],
};

/** Refusals whose status alone does not say what happened: the refusal's data names its reason. */
const REASONS = {
  crossSite: ["error.crossSite.title", "error.crossSite.body"],
} satisfies Record<string, [MessageKey, MessageKey]>;

export type Refusal = { reason: keyof typeof REASONS };

function reasonOf(data: unknown): Refusal["reason"] | undefined {
  const reason = (data as Partial<Refusal> | null)?.reason;
  return reason !== undefined && Object.hasOwn(REASONS, reason) ? reason : undefined;
}

export function ErrorPage({ status, reason }: { status: number; reason?: Refusal["reason"] }) {
  const t = useT();
  const [title, body] = (reason && REASONS[reason]) ?? TEXTS[status] ?? ["error.server.title", "error.server.body"];
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
  if (!isRouteErrorResponse(error)) {
    console.error(error);
    return <ErrorPage status={500} />;
  }
  return <ErrorPage status={error.status} reason={reasonOf(error.data)} />;
}
