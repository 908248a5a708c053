// The benchmark: `npm run bench [-- --duration 10 --connections 50]`. See README.md beside this file.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSizes } from "./assets";
import { measureLoad, type LoadResult } from "./load";
import { freePort, residentMemoryMiB, startServer, stopServer } from "./server";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "50" } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0) || !(connections > 0)) {
  console.error("Usage: npm run bench -- [--duration SECONDS] [--connections N]");
  process.exit(2);
}

if (!existsSync("build/server/index.js")) {
  console.log("No build found: building once…");
  const built = spawnSync(process.execPath, ["node_modules/@react-router/dev/bin.cjs", "build"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const dataDir = mkdtempSync(path.join(tmpdir(), "dugnad-bench-"));
try {
  const port = await freePort();
  console.log("Starting on a new database (migrations and demo data)…");
  const first = await startServer(dataDir, port);
  await stopServer(first.child);
  console.log("Starting again on the same database…");
  const server = await startServer(dataDir, port);
  try {
    const loads: [string, LoadResult][] = [];
    for (const target of ["/", "/api/v1/health"]) {
      console.log(`Loading ${target}: ${connections} connections for ${duration} s…`);
      loads.push([target, await measureLoad(`${server.baseUrl}${target}`, connections, duration)]);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const rss = residentMemoryMiB(server.child.pid!);
    const html = await (await fetch(`${server.baseUrl}/`)).text();
    const assets = gzipSizes(html, path.resolve("build/client"));
    printReport({ loads, firstStartMs: first.startupMs, secondStartMs: server.startupMs, rss, assets });
  } finally {
    await stopServer(server.child);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

type Report = {
  loads: [string, LoadResult][];
  firstStartMs: number;
  secondStartMs: number;
  rss: number | undefined;
  assets: ReturnType<typeof gzipSizes>;
};

function printReport({ loads, firstStartMs, secondStartMs, rss, assets }: Report) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
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
    "idle RSS after the run": rss === undefined ? "n/a (no /proc)" : `${rss.toFixed(0)} MiB`,
    [`home page JS, gzip (${assets.jsFiles} files)`]: kb(assets.js),
    [`home page CSS, gzip (${assets.cssFiles} files)`]: kb(assets.css),
    "home page JS + CSS, gzip": kb(assets.js + assets.css),
  });
}
