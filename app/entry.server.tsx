import { Writable } from "node:stream";
import type { EntryContext } from "react-router";
import { ServerRouter } from "react-router";
import { renderToPipeableStream } from "react-dom/server";
import { catalogs } from "./i18n/catalogs.server";
import { I18nProvider } from "./i18n/react";
import { isLang, type Lang } from "../platform/i18n/languages";
import { NONCE_HEADER } from "../platform/http/request";

export const streamTimeout = 5_000;

function languageOf(context: EntryContext): Lang {
  const root = context.staticHandlerContext.loaderData?.root as { lang?: unknown } | undefined;
  return isLang(root?.lang) ? root.lang : "nb";
}

/**
 * Renders the whole page before answering: we stream no deferred data, and this gives correct status codes.
 * The page is collected into one buffer, which costs less than passing React's many small chunks through
 * a web stream.
 */
export default function handleRequest(request: Request, status: number, headers: Headers, routerContext: EntryContext) {
  if (request.method.toUpperCase() === "HEAD") return new Response(null, { status, headers });
  const lang = languageOf(routerContext);
  const nonce = request.headers.get(NONCE_HEADER) ?? undefined;
  return new Promise<Response>((resolve, reject) => {
    let responseStatus = status;
    const { pipe, abort } = renderToPipeableStream(
      <I18nProvider lang={lang} messages={catalogs[lang]}>
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
              resolve(new Response(Buffer.concat(chunks), { headers, status: responseStatus }));
              done();
            },
          });
          pipe(page);
        },
        onShellError: reject,
        onError(error) {
          responseStatus = 500;
          console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000).unref();
  });
}
