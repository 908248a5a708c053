// The sector map's benchmark: `npm run bench:organizations [-- --count N --municipalities M --duration S --connections C]`.
// On the embedded database by default (10,000 organisations in Kristiansund); with DATABASE_URL pointing at an
// empty PostgreSQL database, 100,000 organisations across 357 municipalities. Budgets: directory search p95
// under 50 ms at 20 connections, the coverage view under 200 ms.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { percentile } from "./load";
import { SESSION_COOKIE } from "../../platform/auth/session";
import type { Health } from "../../platform/http/health";
import { buildIfStale, freePort, startServer, stopServer } from "../lib/server.js";

const databaseUrl = process.env.DATABASE_URL;
const { values } = parseArgs({
  options: {
    count: { type: "string", default: databaseUrl ? "100000" : "10000" },
    municipalities: { type: "string", default: databaseUrl ? "357" : "1" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
  },
});
const [count, municipalities, duration, connections] = [values.count, values.municipalities, values.duration, values.connections].map(Number) as [number, number, number, number];

/** Words people search the directory for, with and without typos, so each request runs a real search. */
const SEARCHES = ["eldre", "idrettslag", "frivilligsentral", "frivilighetsentral", "kor", "musikk", "speider", "barn", "ungdom", "besøksvenn", "leksehjelp", "turlag", "sanitet", "røde kors", "kulturforening", "fotball", "kvinner", "innvandrere", "språkkafé", "nabolag"];
const FILTERS = ["", "&category=1", "&language=ar", "&category=4&language=pl", "&language=so&category=6"];

type Timing = { p50: number; p95: number; p99: number; requestsPerSecond: number; failures: number; responses: number };

type Load = { cookie?: string; path?: string; missCache?: boolean };

/** The page's data request is what a browser with JavaScript fetches for a search made on the page: it asks for anything. */
function acceptFor(path: string): string {
  if (path.startsWith("/api/")) return "application/json";
  return path.endsWith(".data") ? "*/*" : "text/html";
}

/**
 * Loads the server with directory searches, a different search on every request. With `missCache` every
 * address is new (a counter the page ignores), so no request is answered from the anonymous page cache.
 */
async function loadDirectory(baseUrl: string, { cookie, path = "/organisasjoner", missCache = false }: Load = {}): Promise<Timing> {
  let n = 0;
  const next = () => {
    const q = encodeURIComponent(SEARCHES[n % SEARCHES.length]!);
    const filter = FILTERS[Math.floor(n / SEARCHES.length) % FILTERS.length]!;
    n++;
    return `${path}?q=${q}${filter}${missCache ? `&n=${n}` : ""}`;
  };
  const times: number[] = [];
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration,
    // As a browser asks: the answers are compressed as visitors get them.
    headers: { accept: acceptFor(path), "accept-encoding": "gzip, deflate, br, zstd", ...(cookie && { cookie }) },
    requests: [{ setupRequest: (request) => ({ ...request, path: next() }) }],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requestsPerSecond: result.requests.average,
    failures: result.errors + result.timeouts + result.non2xx,
    responses: times.length,
  };
}

type Sequential = { p50: number; p95: number };

function medianAndP95(measured: number[]): Sequential {
  const sorted = [...measured].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** One request at a time, as a coordinator opening the page. */
async function timeSequential(url: string, cookie: string, times = 20): Promise<Sequential> {
  const measured: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie, accept: "text/html" } });
    await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    measured.push(performance.now() - started);
  }
  return medianAndP95(measured);
}

/**
 * A coordinator edits an organisation, then someone searches: the first search after each change, timed.
 * The directory's change log names the changed organisation, and only that one is read again.
 */
async function timeSearchAfterChange(baseUrl: string, cookie: string, times = 20): Promise<Sequential> {
  const found = (await (await fetch(`${baseUrl}/api/v1/organizations?pageSize=1`)).json()) as { items: { id: string }[] };
  const id = found.items[0]?.id;
  if (!id) throw new Error("The directory is empty");
  const measured: number[] = [];
  for (let i = 0; i < times; i++) {
    const edit = await fetch(`${baseUrl}/api/v1/organizations/${id}`, {
      method: "PATCH",
      headers: { cookie, origin: baseUrl, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ shortDescription: `Endret ${i}` }),
    });
    if (!edit.ok) throw new Error(`Changing an organisation answered ${edit.status}`);
    const started = performance.now();
    const search = await fetch(`${baseUrl}/api/v1/organizations?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}`);
    await search.text();
    measured.push(performance.now() - started);
  }
  return medianAndP95(measured);
}

/**
 * The server must search what the generator wrote: until 2026-12-03 the server started here dropped the
 * DATABASE_URL it was given and ran on the embedded database with the demo data alone.
 */
async function directorySize(baseUrl: string): Promise<number> {
  const health = (await (await fetch(`${baseUrl}/api/v1/health`)).json()) as Health;
  const expected = databaseUrl ? "postgres" : "pglite";
  if (health.database !== expected) throw new Error(`The server runs on ${health.database}, not ${expected}`);
  const found = (await (await fetch(`${baseUrl}/api/v1/organizations?pageSize=1`)).json()) as { total: number };
  const generated = Math.floor(count / municipalities);
  if (found.total < generated) throw new Error(`The directory has ${found.total} organisations, fewer than the ${generated} generated for it`);
  return found.total;
}

async function signInAsCoordinator(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ email: "koordinator@demo.dugnad.no", password: process.env.DEMO_PASSWORD || "dugnad-demo" }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0]!)
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!response.ok || !cookie) throw new Error(`Signing in as the demo coordinator failed: ${response.status}`);
  return cookie;
}

function generate(env: Record<string, string>): void {
  console.log(`Generating ${count} organisations in ${municipalities} municipalities…`);
  const args = ["node_modules/tsx/dist/cli.mjs", "scripts/generate/organizations.ts", "--count", String(count), "--municipalities", String(municipalities)];
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** PostgreSQL's autovacuum would analyze the new rows within a minute; the benchmark should not measure that minute. */
async function analyzePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("analyze");
  await client.end();
}

buildIfStale();
const dataDir = mkdtempSync(path.join(tmpdir(), "dugnad-bench-organizations-"));
const env: Record<string, string> = { DATA_DIR: dataDir, ...(databaseUrl && { DATABASE_URL: databaseUrl }) };
const options = { baseUrl: `http://127.0.0.1:${await freePort()}`, dataDir, env };
try {
  // The first start migrates and seeds the demo municipality and its accounts; the generator adds to it.
  await stopServer((await startServer(options)).child);
  generate(env);
  if (databaseUrl) await analyzePostgres(databaseUrl);
  const server = await startServer(options);
  try {
    const size = await directorySize(server.baseUrl);
    const cookie = await signInAsCoordinator(server.baseUrl);
    console.log(`Searching the directory: ${connections} connections for ${duration} s each: the page (cache on and missed, signed in), the page's data request, the API, and a page without a search…`);
    const anonymous = await loadDirectory(server.baseUrl);
    const uncached = await loadDirectory(server.baseUrl, { missCache: true });
    const signedIn = await loadDirectory(server.baseUrl, { cookie });
    const inPage = await loadDirectory(server.baseUrl, { path: "/organisasjoner.data", missCache: true });
    const inPageSignedIn = await loadDirectory(server.baseUrl, { path: "/organisasjoner.data", cookie });
    const api = await loadDirectory(server.baseUrl, { path: "/api/v1/organizations" });
    const noSearch = await loadDirectory(server.baseUrl, { path: "/tilgjengelighet", missCache: true });
    const afterChange = await timeSearchAfterChange(server.baseUrl, cookie);
    const coverage = await timeSequential(`${server.baseUrl}/koordinering/dekning`, cookie);
    const sectorMap = await timeSequential(`${server.baseUrl}/koordinering/organisasjoner?resource=lokale+for+50&sort=members&dir=desc`, cookie);
    const whoCanHelp = await timeSequential(`${server.baseUrl}/koordinering/hvem-kan-hjelpe?q=minibuss`, cookie);
    const ms = (value: number) => Number(value.toFixed(1));
    const database = databaseUrl ? "PostgreSQL" : "embedded PGlite";
    console.log(`\nSector map benchmark — ${count} organisations in ${municipalities} municipalities, ${database}, Node ${process.version}; the searched directory holds ${size}\n`);
    console.table(
      Object.fromEntries(
        (
          [
            ["directory page, anonymous", anonymous, "50 ms"],
            ["directory page, anonymous, every address new", uncached, "50 ms"],
            ["directory page, signed in", signedIn, "50 ms"],
            ["search made on the page (data request), anonymous, every address new", inPage, "50 ms"],
            ["search made on the page (data request), signed in", inPageSignedIn, "50 ms"],
            ["API search, anonymous", api, "50 ms"],
            // No search at all: what any page rendered anew costs, the floor under the directory page's lines.
            ["page without a search (accessibility statement), every address new", noSearch, "-"],
          ] as const
        ).map(([name, t, budget]) => [
          name,
          { "requests/s": Math.round(t.requestsPerSecond), "p50 ms": ms(t.p50), "p95 ms": ms(t.p95), "p99 ms": ms(t.p99), "errors/non-2xx": t.failures, "budget p95": budget },
        ]),
      ),
    );
    console.table({
      "coverage view": { "p50 ms": ms(coverage.p50), "p95 ms": ms(coverage.p95), budget: "200 ms" },
      "API search right after an organisation changed": { "p50 ms": ms(afterChange.p50), "p95 ms": ms(afterChange.p95), budget: "-" },
      "sector map, 'lokale for 50' by members": { "p50 ms": ms(sectorMap.p50), "p95 ms": ms(sectorMap.p95), budget: "-" },
      "who can help, 'minibuss'": { "p50 ms": ms(whoCanHelp.p50), "p95 ms": ms(whoCanHelp.p95), budget: "-" },
    });
  } finally {
    await stopServer(server.child);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
