import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { createRoutesStub, UNSAFE_ErrorResponseImpl as ErrorResponse } from "react-router";
import type { Lang } from "../../platform/i18n/languages";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import { RouteErrorPage } from "./ErrorPage";

/** The error page for what a route threw, as the server renders it in `lang`. */
function errorPageFor(thrown: unknown, lang: Lang): string {
  const Stub = createRoutesStub([{ id: "page", path: "/", ErrorBoundary: RouteErrorPage, Component: () => null }]);
  return renderToString(
    <I18nProvider lang={lang} messages={catalogs[lang]}>
      <Stub hydrationData={{ errors: { page: thrown } }} />
    </I18nProvider>,
  );
}

/** A refusal as React Router hands it to the boundary: an error response with what was thrown as its data. */
const refusal = (status: number, body: unknown = null) => new ErrorResponse(status, "", body);

describe("the error page", () => {
  it("says that a page does not receive forms, not that something went wrong on our side (405)", () => {
    for (const lang of ["nb", "ar"] as const) {
      const html = errorPageFor(refusal(405), lang);
      expect(html).toContain(catalogs[lang]["error.methodNotAllowed.title"]);
      expect(html).not.toContain(catalogs[lang]["error.server.title"]);
    }
  });

  it("says that a form from another site was refused, not that the visitor lacks access", () => {
    const html = errorPageFor(refusal(403, { reason: "crossSite" }), "en");
    expect(html).toContain(catalogs.en["error.crossSite.body"]);
    expect(html).not.toContain(catalogs.en["error.forbidden.title"]);
    expect(errorPageFor(refusal(403), "en")).toContain(catalogs.en["error.forbidden.title"]);
  });
});
