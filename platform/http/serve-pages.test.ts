import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { gunzipSync } from "node:zlib";
import compression from "compression";
import express from "express";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../auth/session";
import { CACHE_HEADER, clearCache } from "./microcache";
import { securityHeaders } from "./security";
import { servePages } from "./serve-pages";

/** A page long enough to be compressed, different on every render so a kept copy can be told from a new one. */
let renders = 0;
function page(): string {
  renders++;
  return `<!doctype html><title>Lag og foreninger</title><main>Visning ${renders}: ${"Frivillige lag i kommunen. ".repeat(100)}</main>`;
}

function answer(request: Request): Response {
  const { pathname } = new URL(request.url);
  const html = { "content-type": "text/html; charset=utf-8" };
  if (pathname === "/organisasjoner") return new Response(page(), { headers: { ...html, [CACHE_HEADER]: "public" } });
  if (pathname === "/konto") {
    const headers = new Headers(html);
    headers.append("set-cookie", "a=1; Path=/");
    headers.append("set-cookie", "b=2; Path=/");
    return new Response(page(), { headers });
  }
  if (pathname === "/logo.png") return new Response(new Uint8Array([137, 80, 78, 71]), { headers: { "content-type": "image/png", "cache-control": "public, max-age=300" } });
  if (pathname === "/api/v1/hsds/organizations") return Response.json({ contents: [] }, { headers: { "cache-control": "public, max-age=300" } });
  if (pathname === "/kort") return new Response("<p>Kort side</p>", { headers: html });
  if (pathname === "/api/v1/organizations") return Response.json({ items: Array.from({ length: 40 }, (_, i) => ({ id: i, name: `Lag ${i}` })) });
  if (pathname === "/eksport.csv") {
    const rows = Readable.toWeb(Readable.from(["navn;medlemmer\n", "Bakken Idrettslag;40\n"])) as ReadableStream<Uint8Array>;
    return new Response(rows, { headers: { "content-type": "text/csv; charset=utf-8" } });
  }
  return new Response("Ikke funnet", { status: 404 });
}

let server: Server;
let port: number;

beforeAll(async () => {
  const app = express();
  app.use(securityHeaders);
  app.use(compression());
  // As the app's cookie defaults do for a visitor without the CSRF cookie.
  app.use((_req, res, next) => {
    res.append("Set-Cookie", "dugnad_csrf=id; Path=/");
    next();
  });
  // As React Router does, a HEAD request is answered with the page's status and headers but no body.
  app.use(servePages(async (request) => {
    const response = answer(request);
    return request.method === "HEAD" ? new Response(null, { status: response.status, headers: response.headers }) : response;
  }));
  server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

afterEach(() => clearCache());

type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** The answer as it went over the wire (fetch would unzip it and hide the headers that matter here). */
function send(path: string, { method = "GET", headers = {} as Record<string, string> } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, path, method, headers: { accept: "text/html", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const gzip = { "accept-encoding": "gzip, deflate, br" };

describe("serving pages", () => {
  it("sends a page gzipped in one piece to a browser that takes gzip, and as it is to one that does not", async () => {
    const zipped = await send("/konto", { headers: gzip });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["content-length"]).toBe(String(zipped.body.length));
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(zipped.body).toString()).toMatch(/^<!doctype html><title>Lag og foreninger<\/title>/);

    const plain = await send("/konto", { headers: { "accept-encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-length"]).toBe(String(plain.body.length));
    expect(plain.body.toString()).toMatch(/<\/main>$/);
  });

  it("leaves a short page uncompressed, and compresses JSON", async () => {
    const short = await send("/kort", { headers: gzip });
    expect(short.headers["content-encoding"]).toBeUndefined();
    expect(short.body.toString()).toBe("<p>Kort side</p>");

    const json = await send("/api/v1/organizations", { headers: { ...gzip, accept: "application/json" } });
    expect(json.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(json.body).toString()).items).toHaveLength(40);
  });

  it("sets no cookie on a file any cache may keep", async () => {
    const logo = await send("/logo.png");
    expect(logo.headers["cache-control"]).toBe("public, max-age=300");
    expect(logo.headers["set-cookie"]).toBeUndefined();
  });

  it("sets no cookie on JSON any cache may keep, as open data is", async () => {
    const data = await send("/api/v1/hsds/organizations", { headers: { accept: "application/json" } });
    expect(data.headers["cache-control"]).toBe("public, max-age=300");
    expect(JSON.parse(data.body.toString())).toEqual({ contents: [] });
    expect(data.headers["set-cookie"]).toBeUndefined();
  });

  it("passes on every cookie a page sets", async () => {
    const answered = await send("/konto", { headers: gzip });
    expect(answered.headers["set-cookie"]).toEqual(["dugnad_csrf=id; Path=/", "a=1; Path=/", "b=2; Path=/"]);
  });

  it("keeps a public page for the next anonymous visitor, gzipped or not, and forgets it after a change", async () => {
    const first = await send("/organisasjoner?q=kor", { headers: gzip });
    const again = await send("/organisasjoner?q=kor");
    expect(again.body.toString()).toBe(gunzipSync(first.body).toString());
    expect(again.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);

    await send("/organisasjoner/ny", { method: "POST" });
    const afterChange = await send("/organisasjoner?q=kor");
    expect(afterChange.body.toString()).not.toBe(again.body.toString());
  });

  it("does not keep the empty answer to a HEAD request as the page", async () => {
    const head = await send("/organisasjoner?q=speider", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const page = await send("/organisasjoner?q=speider");
    expect(page.body.toString()).toMatch(/^<!doctype html>.*<\/main>$/);
  });

  it("gives a signed-in visitor a page of their own, not the kept one", async () => {
    const anonymous = await send("/organisasjoner?q=barn");
    const signedIn = await send("/organisasjoner?q=barn", { headers: { cookie: `${SESSION_COOKIE}=abc` } });
    expect(signedIn.body.toString()).not.toBe(anonymous.body.toString());
  });

  it("streams a download as it is", async () => {
    const csv = await send("/eksport.csv", { headers: { "accept-encoding": "identity" } });
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.body.toString()).toBe("navn;medlemmer\nBakken Idrettslag;40\n");
  });
});
