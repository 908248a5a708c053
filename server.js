// Starts Dugnad: `npm start`. Builds once if the build is missing, then opens the database and serves.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
  console.error(`Dugnad needs Node.js 24 (this is ${process.version}). Run it with \`npm start\`, which uses the Node from devDependencies.`);
  process.exit(1);
}

const startedAt = performance.now();
if (!existsSync("build/server/index.js")) {
  console.log("No build found: building once (npm install normally does this)…");
  const result = spawnSync("npx", ["react-router", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// React renders fastest in its production build; demo mode still follows what the user set (see platform/config.ts).
process.env.DUGNAD_PRODUCTION ??= process.env.NODE_ENV === "production" ? "1" : "0";
process.env.NODE_ENV ??= "production";
const { app, start, stop } = await import("./build/server/index.js");
let report;
try {
  report = await start();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, () => {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`Dugnad is running at http://localhost:${port} (${report.database}, ready in ${seconds} s)`);
  if (report.message) console.log(report.message);
});

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections?.();
  await stop();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
