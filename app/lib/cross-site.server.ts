import { data, type MiddlewareFunction } from "react-router";
import type { Refusal } from "../components/ErrorPage";

const READING = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a form that another site made a visitor's browser send to a page (its Origin is not ours), before
 * the page's action runs: with the error page in the visitor's language, and one line in the log, since
 * anyone can send such requests. React Router's own check, which this replaces (react-router.config.ts),
 * answers a bare "Bad Request" and logs a stack trace. The API checks where its writes come from itself:
 * a client with an API key may call it from anywhere.
 */
export const refuseCrossSiteForms: MiddlewareFunction<Response> = ({ request }, next) => {
  const origin = request.headers.get("origin");
  const url = new URL(request.url);
  if (READING.has(request.method.toUpperCase()) || origin === null || origin === url.origin || url.pathname.startsWith("/api/")) return next();
  console.warn(`refused a form from another site: ${request.method} ${url.pathname} (Origin ${origin.slice(0, 100)})`);
  throw data({ reason: "crossSite" } satisfies Refusal, { status: 403 });
};
