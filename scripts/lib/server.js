// Starting and stopping `node server.js` for the scripts that need a real server: the browser journeys
// (scripts/e2e.js, plain Node) and the benchmark (scripts/bench, tsx). Types in server.d.ts beside this file.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

/**
 * How `npm start` runs Node (package.json's start script says the same; a test keeps them equal). On a
 * machine with much memory V8 lets the young generation grow to 128 MB, which start-up fills and an idle
 * server keeps; 4 MB semi-spaces keep an idle server under 300 MB at a small cost in throughput.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=4"];

/** Builds the app with `node` when there is no build yet; a failed build ends the script with its status. */
export function buildOnce(node = process.execPath) {
  if (existsSync("build/server/index.js")) return;
  console.log("No build found: building once…");
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
 * Starts `node server.js` at baseUrl with the embedded database and its demo data in dataDir, and waits
 * until readyPath answers. It runs as a newcomer's `npm start` does: a DATABASE_URL, NODE_ENV or
 * DUGNAD_PRODUCTION from the shell (a test runner's, say) is not passed on.
 */
export async function startServer({ baseUrl, dataDir, readyPath = "/", env = {}, log, node = process.execPath }) {
  const serverEnv = { ...process.env, PORT: new URL(baseUrl).port, DATA_DIR: dataDir, DEMO: "1", ...env };
  delete serverEnv.DATABASE_URL;
  delete serverEnv.NODE_ENV;
  delete serverEnv.DUGNAD_PRODUCTION;
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
