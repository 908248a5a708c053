import { createRequest, sendResponse } from "@remix-run/node-fetch-server";
import type { NextFunction, Request, Response } from "express";
import { SESSION_COOKIE } from "../auth/session";
import { LANG_COOKIE } from "../i18n/languages";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { readCookies } from "./cookies";
import { cacheKey, CACHE_HEADER, clearCache, lookup, store } from "./microcache";
import { gzippedBody, isRenderedWhole, readRenderedPage, type RenderedPage } from "./rendered-page";
import { NONCE_HEADER } from "./request";

type RequestHandler = (request: globalThis.Request) => Promise<globalThis.Response>;

/** A shared cache may keep a public answer with its cookies and hand one visitor's CSRF id to everyone. */
function withoutCookiesIfShared(res: Response, cacheControl: unknown): void {
  if (/\bpublic\b/.test(String(cacheControl ?? ""))) res.removeHeader("Set-Cookie");
}

/** A page rendered whole goes out with its one gzipped copy: neither a kept page's hit nor its first answer compresses twice. */
function sendPage(req: Request, res: Response, page: RenderedPage): void {
  const body = gzippedBody(page, req.acceptsEncodings("gzip", "identity") === "gzip") ?? page.body;
  res.status(page.status);
  for (const [name, value] of page.headers) {
    if (name === "set-cookie") res.append("Set-Cookie", value);
    else res.setHeader(name, value);
  }
  withoutCookiesIfShared(res, res.getHeader("cache-control"));
  res.vary("Accept-Encoding");
  if (body !== page.body) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", String(body.length));
  res.end(req.method === "HEAD" ? undefined : body);
}

async function serve(handleRequest: RequestHandler, req: Request, res: Response): Promise<void> {
  delete req.headers[NONCE_HEADER];
  req.headers[NONCE_HEADER] = String(res.locals.nonce);
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (req.ip) req.headers[CLIENT_ADDRESS_HEADER] = req.ip;
  const cookies = readCookies(req.headers.cookie);
  const reading = req.method === "GET" || req.method === "HEAD";
  const anonymous = !cookies[SESSION_COOKIE] && !req.headers.authorization;
  if (!reading) clearCache();
  const key = cacheKey(req.originalUrl, cookies[LANG_COOKIE] ?? "", req.headers.accept);
  const hit = reading && anonymous ? lookup(key) : undefined;
  if (hit) return sendPage(req, res, hit);
  const response = await handleRequest(createRequest(req, res));
  // A HEAD answer has no body: it is neither rendered whole nor kept (a GET would be given an empty page).
  if (req.method === "HEAD" || !isRenderedWhole(response)) {
    withoutCookiesIfShared(res, response.headers.get("cache-control"));
    return sendResponse(res, response);
  }
  const page = await readRenderedPage(response);
  if (req.method === "GET" && anonymous && page.status === 200 && response.headers.get(CACHE_HEADER) === "public") {
    // The nonce is part of the kept page, so the kept copy carries its own policy header.
    page.headers = page.headers.filter(([name]) => name !== "set-cookie");
    page.headers.push(["content-security-policy", String(res.getHeader("content-security-policy"))]);
    return sendPage(req, res, store(key, page));
  }
  sendPage(req, res, page);
}

/**
 * Answers with React Router's pages and API: anonymous public pages from the page cache when kept, pages and
 * JSON as one compressed body, downloads and files as the stream they are.
 */
export function servePages(handleRequest: RequestHandler) {
  return (req: Request, res: Response, next: NextFunction): void => {
    serve(handleRequest, req, res).catch(next);
  };
}
