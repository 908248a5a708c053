import path from "node:path";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { createRequestHandler, type ServerBuild } from "react-router";
import { readCookies, serializeCookie } from "./cookies";
import { CSRF_COOKIE } from "./csrf";
import { chooseLanguage, LANG_COOKIE } from "../i18n/languages";
import { secureCookies } from "./request";
import { servePages } from "./serve-pages";
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
app.use(servePages(handleRequest));

export { closeDatabase as stop } from "../db/db";
