import type { ReactNode } from "react";
import { Link as RouterLink, NavLink, useLocation, useRouteLoaderData } from "react-router";
import { Link, Paragraph, SkipLink } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";
import type { loader as rootLoader } from "../root";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { CsrfField } from "./CsrfField";

export function PageShell({ children }: { children: ReactNode }) {
  const t = useT();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const location = useLocation();
  const signedIn = !!root?.person;
  return (
    <div className="shell">
      <SkipLink href="#main">{t("shell.skipToContent")}</SkipLink>
      <header className="shell-header">
        <div className="shell-header-inner">
          <RouterLink to="/" className="shell-brand">
            <strong>{t("app.name")}</strong>
            <span>{root?.municipalityName ?? ""}</span>
          </RouterLink>
          <nav className="shell-nav" aria-label={t("shell.mainNav")}>
            <ul>
              {(root?.nav ?? [{ to: "/", label: "nav.home" as const }]).map((item) => (
                <li key={item.to}>
                  <Link asChild>
                    <NavLink to={item.to} end={item.to === "/"}>
                      {t(item.label)}
                    </NavLink>
                  </Link>
                </li>
              ))}
              {!signedIn && (
                <>
                  <li>
                    <Link asChild>
                      <NavLink to={`/logg-inn?returnTo=${encodeURIComponent(location.pathname + location.search)}`}>{t("nav.signIn")}</NavLink>
                    </Link>
                  </li>
                  <li>
                    <Link asChild>
                      <NavLink to="/registrer">{t("nav.signUp")}</NavLink>
                    </Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <div className="shell-tools">
            {root?.person && (
              <form method="post" action="/logg-ut" className="sign-out-form">
                <CsrfField />
                <Paragraph data-size="sm">{t("shell.signedInAs", { name: root.person.name })}</Paragraph>
                <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm">
                  {t("nav.signOut")}
                </button>
              </form>
            )}
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="shell-footer" aria-label={t("shell.footer")}>
        <div className="shell-footer-inner">
          <ul>
            <li>
              <Link asChild>
                <RouterLink to="/tilgjengelighet">{t("shell.accessibility")}</RouterLink>
              </Link>
            </li>
            <li>
              <Link asChild>
                <RouterLink to="/personvern">{t("shell.privacy")}</RouterLink>
              </Link>
            </li>
          </ul>
          <Paragraph data-size="sm">{t("shell.openSource")}</Paragraph>
        </div>
      </footer>
    </div>
  );
}
