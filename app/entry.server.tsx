import { Writable } from "node:stream";
import type { EntryContext, HandleErrorFunction, StaticHandlerContext } from "react-router";
import { isRouteErrorResponse, ServerRouter } from "react-router";
import { renderToPipeableStream } from "react-dom/server";
import { catalogs } from "./i18n/catalogs.server";
import { I18nProvider } from "./i18n/react";
import { chooseLanguage, isFullLanguage, isLang, LANG_COOKIE, type Lang } from "../platform/i18n/languages";
import { readCookies } from "../platform/http/cookies";
import { NONCE_HEADER } from "../platform/http/request";

export const streamTimeout = 5_000;

/** The root loader's choice; when a middleware refused the request before it ran, the visitor's own. */
function languageOf(context: EntryContext, request: Request): Lang {
  const root = context.staticHandlerContext.loaderData?.root as { lang?: unknown } | undefined;
  if (isLang(root?.lang)) return root.lang;
  return chooseLanguage(new URL(request.url), readCookies(request.headers.get("cookie"))[LANG_COOKIE], "nb").lang;
}

/**
 * The status of the page shown: its error's when there is one. React Router keeps an action's status over
 * a loader's error, so a form refused with 400 on a page the visitor may not see would show the 403 page as a 400.
 */
export function pageStatus(context: StaticHandlerContext, status: number): number {
  const [error] = Object.values(context.errors ?? {});
  if (error === undefined) return status;
  return isRouteErrorResponse(error) ? error.status : 500;
}

/**
 * What React Router reports. A bug is logged whole. A client's mistake it answers itself, such as a form sent
 * to a page that takes none (405), gets one line: anyone can send those, and would fill the log with traces.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) {
    console.warn(`${request.method} ${new URL(request.url).pathname}: ${error.status} ${error.statusText}`);
    return;
  }
  console.error(error);
};

/**
 * Renders the whole page before answering: we stream no deferred data, and this gives correct status codes.
 * The page is collected into one buffer, which costs less than passing React's many small chunks through
 * a web stream.
 */
export default function handleRequest(request: Request, actionOrLoaderStatus: number, headers: Headers, routerContext: EntryContext) {
  const status = pageStatus(routerContext.staticHandlerContext, actionOrLoaderStatus);
  // React Router answers 405 for a page without an action: it takes only reading requests.
  if (status === 405) headers.set("Allow", "GET, HEAD");
  if (request.method.toUpperCase() === "HEAD") return new Response(null, { status, headers });
  const lang = languageOf(routerContext, request);
  const nonce = request.headers.get(NONCE_HEADER) ?? undefined;
  return new Promise<Response>((resolve, reject) => {
    let responseStatus = status;
    // Cleared as soon as the page is done: a pending timer would keep the whole render in memory for seconds.
    const timeout = setTimeout(() => abort(), streamTimeout + 1000).unref();
    const { pipe, abort } = renderToPipeableStream(
      <I18nProvider lang={lang} messages={catalogs[lang]} english={isFullLanguage(lang) ? undefined : catalogs.en}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </I18nProvider>,
      {
        nonce,
        onAllReady() {
          const chunks: Buffer[] = [];
          const page = new Writable({
            write(chunk: Buffer, _encoding, done) {
              chunks.push(chunk);
              done();
            },
            final(done) {
              headers.set("Content-Type", "text/html; charset=utf-8");
              clearTimeout(timeout);
              resolve(new Response(Buffer.concat(chunks), { headers, status: responseStatus }));
              done();
            },
          });
          pipe(page);
        },
        onShellError(error) {
          clearTimeout(timeout);
          reject(error);
        },
        onError(error) {
          responseStatus = 500;
          console.error(error);
        },
      },
    );
  });
}
