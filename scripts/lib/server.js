// Starting and stopping `node server.js` for the scripts that need a real server: the browser journeys
// (scripts/e2e.js, plain Node) and the benchmark (scripts/bench, tsx). Types in server.d.ts beside this file.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createServer } from "node:net";

/**
 * How `npm start` runs Node (package.json's start script says the same; a test keeps them equal). On a
 * machine with much memory V8 lets the young generation grow to 128 MB, which start-up fills and an idle
 * server keeps; 4 MB semi-spaces keep an idle server under 300 MB at a small cost in throughput.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=4"];

const BUILD = "build/server/index.js";

/** What the build is made of: a change to any of these (tests excepted) makes a build stale. */
const SOURCES = ["app", "domain", "platform", "vite.config.ts", "react-router.config.ts"];

/** The newest modification time, in ms, among the sources under `root`. */
export function newestSourceTime(root = ".") {
  let newest = 0;
  for (const source of SOURCES) {
    const path = join(root, source);
    if (!existsSync(path)) continue;
    if (statSync(path).isFile()) {
      newest = Math.max(newest, statSync(path).mtimeMs);
      continue;
    }
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/**
 * Builds the app with `node` when there is no build, or when a source changed after it was made, so the
 * browser journeys and the benchmarks run the code as it is; a failed build ends the script with its status.
 */
export function buildIfStale(node = process.execPath) {
  const builtAt = existsSync(BUILD) ? statSync(BUILD).mtimeMs : 0;
  if (builtAt && newestSourceTime() <= builtAt) return;
  console.log(builtAt ? "The sources changed since the last build: building…" : "No build found: building once…");
  const built = spawnSync(node, ["node_modules/@react-router/dev/bin.cjs", "build"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The server's environment: the shell's, without the DATABASE_URL, NODE_ENV and DUGNAD_PRODUCTION a test
 * runner may have set, then what the caller asks for, which wins (the benchmark's DATABASE_URL, say).
 */
export function serverEnvironment(shell, { baseUrl, dataDir, env = {} }) {
  const { DATABASE_URL: _database, NODE_ENV: _mode, DUGNAD_PRODUCTION: _production, ...kept } = shell;
  return { ...kept, PORT: new URL(baseUrl).port, DATA_DIR: dataDir, DEMO: "1", ...env };
}

/**
 * Starts `node server.js` at baseUrl with the embedded database and its demo data in dataDir, and waits
 * until readyPath answers. It runs as a newcomer's `npm start` does (see serverEnvironment).
 */
export async function startServer({ baseUrl, dataDir, readyPath = "/", env = {}, log, node = process.execPath }) {
  const serverEnv = serverEnvironment(process.env, { baseUrl, dataDir, env });
  const started = performance.now();
  const child = spawn(node, [...SERVER_NODE_FLAGS, "server.js"], { env: serverEnv, stdio: ["ignore", log ? "pipe" : "ignore", log ? "pipe" : "inherit"] });
  if (log) {
    child.stdout.on("data", (chunk) => log.push(chunk));
    child.stderr.on("data", (chunk) => log.push(chunk));
  }
  try {
    await waitForAnswer(`${baseUrl}${readyPath}`, child);
  } catch (error) {
    await stopServer(child);
    throw error;
  }
  return { child, baseUrl, startupMs: performance.now() - started };
}

async function waitForAnswer(url, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped with exit code ${child.exitCode} before it answered ${url}.`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The server did not answer ${url} within two minutes.`);
}

export function stopServer(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
