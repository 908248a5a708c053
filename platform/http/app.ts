import path from "node:path";
import { createRequest, sendResponse } from "@remix-run/node-fetch-server";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { createRequestHandler, type ServerBuild } from "react-router";
import { SESSION_COOKIE } from "../auth/session";
import { readCookies, serializeCookie } from "./cookies";
import { CSRF_COOKIE } from "./csrf";
import { chooseLanguage, LANG_COOKIE } from "../i18n/languages";
import { cacheKey, CACHE_HEADER, clearCache, gzipped, lookup, store, type KeptPage } from "./microcache";
import { NONCE_HEADER, secureCookies } from "./request";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { securityHeaders } from "./security";
import { newToken } from "../auth/tokens";

export { start } from "./start";

const build = (await import("virtual:react-router/server-build")) as ServerBuild;
const handleRequest = createRequestHandler(build, process.env.NODE_ENV === "production" ? "production" : "development");

const YEAR = 365 * 86_400;

/** The language cookie follows ?lang=, and every visitor gets the random id behind their CSRF tokens. */
function cookieDefaults(req: Request, res: Response, next: NextFunction): void {
  const cookies = readCookies(req.headers.cookie);
  const secure = secureCookies();
  const setCookies: string[] = [];
  const asked = typeof req.query.lang === "string" ? req.query.lang : undefined;
  if (asked) {
    const { lang, remember } = chooseLanguage(new URL(`http://x/?lang=${encodeURIComponent(asked)}`), cookies[LANG_COOKIE], "nb");
    if (remember && lang === asked) setCookies.push(serializeCookie(LANG_COOKIE, lang, { maxAgeSeconds: YEAR, httpOnly: false, secure }));
  }
  if (!cookies[CSRF_COOKIE]) {
    const id = newToken(18);
    setCookies.push(serializeCookie(CSRF_COOKIE, id, { secure }));
    req.headers.cookie = [req.headers.cookie, `${CSRF_COOKIE}=${id}`].filter(Boolean).join("; ");
  }
  if (setCookies.length) res.append("Set-Cookie", setCookies);
  next();
}

/** A kept page goes out with its one gzipped copy: neither a hit nor the first answer compresses twice. */
async function sendKept(req: Request, res: Response, page: KeptPage): Promise<void> {
  const body = req.acceptsEncodings("gzip", "identity") === "gzip" ? await gzipped(page) : undefined;
  res.status(page.status);
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.vary("Accept-Encoding");
  if (body) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", String((body ?? page.body).length));
  res.end(req.method === "HEAD" ? undefined : (body ?? page.body));
}

async function render(req: Request, res: Response): Promise<void> {
  delete req.headers[NONCE_HEADER];
  req.headers[NONCE_HEADER] = String(res.locals.nonce);
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (req.ip) req.headers[CLIENT_ADDRESS_HEADER] = req.ip;
  const cookies = readCookies(req.headers.cookie);
  const cacheable = (req.method === "GET" || req.method === "HEAD") && !cookies[SESSION_COOKIE] && !req.headers.authorization;
  if (!cacheable && req.method !== "GET" && req.method !== "HEAD") clearCache();
  const key = cacheKey(req.originalUrl, cookies[LANG_COOKIE] ?? "", req.headers.accept);
  const hit = cacheable ? lookup(key) : undefined;
  if (hit) return sendKept(req, res, hit);
  const response = await handleRequest(createRequest(req, res));
  if (cacheable && response.status === 200 && response.headers.get(CACHE_HEADER) === "public") {
    const body = Buffer.from(await response.arrayBuffer());
    // The nonce is part of the cached page, so the cached copy carries its own policy header.
    const headers: [string, string][] = [...response.headers.entries()].filter(([name]) => name !== "set-cookie");
    headers.push(["content-security-policy", String(res.getHeader("content-security-policy"))]);
    return sendKept(req, res, store(key, { status: response.status, headers, body }));
  }
  await sendResponse(res, response);
}

export const app = express();
app.disable("x-powered-by");
// One hop: req.ip is the address our proxy appended to X-Forwarded-For, not whatever the client put before it.
app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : false);
app.use(securityHeaders);
app.use(compression());
const clientDir = path.join(process.cwd(), "build", "client");
app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
// Pages have no file extension: only names like /favicon.ico look for a file, not every page request.
const rootFiles = express.static(clientDir, { maxAge: "1h", index: false });
app.use((req, res, next) => (path.extname(req.path) ? rootFiles(req, res, next) : next()));
app.use(cookieDefaults);
app.use((req, res, next) => {
  render(req, res).catch(next);
});

export { closeDatabase as stop } from "../db/db";
