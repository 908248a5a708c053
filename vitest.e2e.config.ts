import { defineConfig } from "vitest/config";

// Browser journeys: started by scripts/e2e.js, which serves the app and passes its address in E2E_BASE_URL.
// One file at a time: Chromium and the server already share this machine's two cores.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    fileParallelism: false,
    maxWorkers: 1,
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
