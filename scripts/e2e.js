// Runs the browser journeys in e2e/ against a freshly started server with its own demo database:
// `npm run test:e2e`. Skipped, with a note on how to run them, where Debian's Chromium is missing.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  console.log(`Browser tests skipped: Chromium not found at ${CHROMIUM}. Install it with \`sudo apt-get install -y chromium\` and run \`npm run test:e2e\`.`);
  process.exit(0);
}

const node = nodeBinary();

if (!existsSync("build/server/index.js")) {
  console.log("No build found: building once…");
  const built = spawnSync(node, ["node_modules/@react-router/dev/bin.cjs", "build"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const port = await freePort();
const baseUrl = `http://localhost:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "dugnad-e2e-"));
const stateDir = mkdtempSync(path.join(tmpdir(), "dugnad-e2e-state-"));
const serverLog = [];
const server = spawn(node, ["server.js"], {
  env: { ...serverEnv(), PORT: String(port), DATA_DIR: dataDir, DEMO: "1", PUBLIC_URL: baseUrl },
  stdio: ["ignore", "pipe", "pipe"],
});
server.stdout.on("data", (chunk) => serverLog.push(chunk));
server.stderr.on("data", (chunk) => serverLog.push(chunk));

let status = 1;
try {
  await waitForHealth(baseUrl, server);
  const vitest = spawn(node, ["node_modules/vitest/vitest.mjs", "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], {
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_CHROMIUM: CHROMIUM, E2E_STATE_DIR: stateDir },
    stdio: "inherit",
  });
  status = await new Promise((resolve) => vitest.on("exit", (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(Buffer.concat(serverLog).toString());
} finally {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(stateDir, { recursive: true, force: true });
}
if (status !== 0 && serverLog.length) {
  console.error("Server output:\n" + Buffer.concat(serverLog).toString().slice(-20_000));
}
process.exit(status);

/** npm runs scripts with the Node 24 from devDependencies first on PATH; outside npm we look for it ourselves. */
function nodeBinary() {
  if (Number(process.versions.node.split(".")[0]) >= 24) return process.execPath;
  const local = path.resolve("node_modules/.bin/node");
  if (existsSync(local)) return local;
  console.error("Browser tests need Node.js 24: run them with `npm run test:e2e`.");
  process.exit(1);
}

/**
 * The journeys need demo data in a database of their own: a DATABASE_URL meant for the unit tests must not
 * reach the server, nor a test runner's NODE_ENV=test (it picks React's build).
 */
function serverEnv() {
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.DUGNAD_PRODUCTION;
  delete env.DATABASE_URL;
  return env;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped before it was ready (exit code ${child.exitCode}).`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer ${baseUrl}/api/v1/health within two minutes.`);
}

function stopServer(child) {
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
