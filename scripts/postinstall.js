// Builds the app as part of `npm install`, so `npm start` only has to start. Skipped where the
// sources are absent (an install of the package elsewhere) or when DUGNAD_SKIP_BUILD=1.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (process.env.DUGNAD_SKIP_BUILD === "1" || !existsSync("app/root.tsx")) process.exit(0);
const result = spawnSync("npx", ["react-router", "build"], { stdio: "inherit" });
if (result.status !== 0) {
  console.error("Building Dugnad failed; `npm start` will try again.");
}
