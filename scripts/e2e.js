// Runs the browser journeys in e2e/ against a freshly started server with its own demo database:
// `npm run test:e2e`. Skipped, with a note on how to run them, where Debian's Chromium is missing.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfStale, freePort, startServer, stopServer } from "./lib/server.js";

const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  console.log(`Browser tests skipped: Chromium not found at ${CHROMIUM}. Install it with \`sudo apt-get install -y chromium\` and run \`npm run test:e2e\`.`);
  process.exit(0);
}

const node = nodeBinary();

buildIfStale(node);

const port = await freePort();
const baseUrl = `http://localhost:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "dugnad-e2e-"));
const stateDir = mkdtempSync(path.join(tmpdir(), "dugnad-e2e-state-"));
const serverLog = [];
let status = 1;
let server;
try {
  server = await startServer({ baseUrl, dataDir, readyPath: "/api/v1/health", env: { PUBLIC_URL: baseUrl }, log: serverLog, node });
  const vitest = spawn(node, ["node_modules/vitest/vitest.mjs", "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], {
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_CHROMIUM: CHROMIUM, E2E_STATE_DIR: stateDir },
    stdio: "inherit",
  });
  status = await new Promise((resolve) => vitest.on("exit", (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  if (server) await stopServer(server.child);
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
