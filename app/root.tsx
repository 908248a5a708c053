import { data, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "react-router";
import dsCss from "@digdir/designsystemet-css?url";
import themeCss from "@digdir/designsystemet-theme?url";
import appCss from "./styles/app.css?url";
import type { Route } from "./+types/root";
import { contextFor } from "../platform/http/request";
import { config } from "../platform/config";
import { textDirection } from "../platform/i18n/languages";
import { navigationFor } from "./lib/nav.server";
import { rememberLanguage } from "../domain/accounts/language";
import { refuseOversizedBodies } from "./lib/body-limit.server";
import { refuseCrossSiteForms } from "./lib/cross-site.server";
import { useI18n } from "./i18n/react";
import { PageShell } from "./components/PageShell";
import { RouteErrorPage } from "./components/ErrorPage";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: dsCss },
  { rel: "stylesheet", href: themeCss },
  { rel: "stylesheet", href: appCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const middleware: Route.MiddlewareFunction[] = [refuseCrossSiteForms, refuseOversizedBodies];

export async function loader({ request }: Route.LoaderArgs) {
  const { db, lang, municipality, actor, csrfToken, nonce } = await contextFor(request);
  if (new URL(request.url).searchParams.get("lang") === lang) await rememberLanguage(db, actor, lang);
  return data({
    lang,
    dir: textDirection(lang),
    municipalityName: municipality.name,
    person: actor.kind === "person" ? { name: actor.name } : null,
    nav: navigationFor(actor),
    oidcName: config().oidc?.name ?? null,
    csrfToken,
    nonce,
  });
}

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

export function useRootData(): RootData {
  const root = useRouteLoaderData<typeof loader>("root");
  if (!root) throw new Error("Root data missing");
  return root;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const visitor = useI18n().lang;
  // Without root data (a request refused before the loaders ran) the page is in the visitor's language.
  const lang = root?.lang ?? visitor;
  return (
    <html lang={lang} dir={root?.dir ?? textDirection(lang)} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={root?.nonce} />
        <Scripts nonce={root?.nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <PageShell>
      <Outlet />
    </PageShell>
  );
}

/** Errors of the root itself (its loader, a refused request body); a page's own errors stop at page-boundary.tsx. */
export function ErrorBoundary() {
  return (
    <PageShell>
      <RouteErrorPage />
    </PageShell>
  );
}
