// The benchmark: `npm run bench [-- --duration 10 --connections 50]`. See README.md beside this file.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSizes } from "./assets";
import { measureLoad, type LoadResult } from "./load";
import { buildIfStale, freePort, startServer, stopServer } from "../lib/server.js";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "50" } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0) || !(connections > 0)) {
  console.error("Usage: npm run bench -- [--duration SECONDS] [--connections N]");
  process.exit(2);
}

const IDLE_SECONDS = 30;

buildIfStale();

const dataDir = mkdtempSync(path.join(tmpdir(), "dugnad-bench-"));
try {
  // A newcomer's `npm start`: the embedded database, and the time until the first page is served.
  const options = { baseUrl: `http://127.0.0.1:${await freePort()}`, dataDir };
  console.log("Starting on a new database (migrations and demo data)…");
  const first = await startServer(options);
  await stopServer(first.child);
  console.log("Starting again on the same database…");
  const server = await startServer(options);
  try {
    const rss: Memory = { started: residentMemoryMiB(server.child.pid!) };
    const loads: [string, LoadResult][] = [];
    for (const target of ["/", "/api/v1/health"]) {
      console.log(`Loading ${target}: ${connections} connections for ${duration} s…`);
      loads.push([target, await measureLoad(`${server.baseUrl}${target}`, connections, duration)]);
    }
    // V8 gives the heap the load grew back only after the process has been idle for a while.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    rss.afterLoad = residentMemoryMiB(server.child.pid!);
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000 - 2_000));
    rss.idle = residentMemoryMiB(server.child.pid!);
    const html = await (await fetch(`${server.baseUrl}/`)).text();
    const assets = gzipSizes(html, path.resolve("build/client"));
    printReport({ loads, firstStartMs: first.startupMs, secondStartMs: server.startupMs, rss, assets });
  } finally {
    await stopServer(server.child);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

/** Resident memory in MiB: once the server has started, 2 s after the load, and after IDLE_SECONDS without requests. */
type Memory = { started?: number; afterLoad?: number; idle?: number };

type Report = {
  loads: [string, LoadResult][];
  firstStartMs: number;
  secondStartMs: number;
  rss: Memory;
  assets: ReturnType<typeof gzipSizes>;
};

function printReport({ loads, firstStartMs, secondStartMs, rss, assets }: Report) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const mib = (value: number | undefined) => (value === undefined ? "n/a (no /proc)" : `${value.toFixed(0)} MiB`);
  const ms = (value: number) => Number(value.toFixed(1));
  console.log(`\nDugnad benchmark — ${connections} connections, ${duration} s per endpoint, Node ${process.version}\n`);
  console.table(
    Object.fromEntries(
      loads.map(([target, r]) => [
        target,
        {
          "requests/s": Math.round(r.requestsPerSecond),
          "p50 ms": ms(r.p50),
          "p95 ms": ms(r.p95),
          "p99 ms": ms(r.p99),
          responses: r.responses,
          "errors/non-2xx": r.failures,
        },
      ]),
    ),
  );
  console.table({
    "start to first page, new database": `${(firstStartMs / 1000).toFixed(2)} s`,
    "start to first page, existing database": `${(secondStartMs / 1000).toFixed(2)} s`,
    "RSS once started": mib(rss.started),
    "RSS 2 s after the load": mib(rss.afterLoad),
    [`RSS idle, ${IDLE_SECONDS} s after the load`]: mib(rss.idle),
    [`home page JS, gzip (${assets.jsFiles} files)`]: kb(assets.js),
    [`home page CSS, gzip (${assets.cssFiles} files)`]: kb(assets.css),
    "home page JS + CSS, gzip": kb(assets.js + assets.css),
  });
}

/** Resident memory of a process in MiB, from /proc (Linux only). */
function residentMemoryMiB(pid: number): number | undefined {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+)\s+kB/m);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
