import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newestSourceTime, SERVER_NODE_FLAGS, serverEnvironment } from "./server.js";

describe("the server's Node flags", () => {
  it("are the same for `npm start` and for the servers the browser tests and benchmarks start", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(["node", ...SERVER_NODE_FLAGS, "server.js"].join(" "));
  });
});

describe("newestSourceTime", () => {
  it("is the newest source the build is made of, tests and other folders aside", () => {
    const root = mkdtempSync(path.join(tmpdir(), "dugnad-sources-"));
    try {
      const touch = (file: string, seconds: number) => {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), "");
        utimesSync(path.join(root, file), seconds, seconds);
      };
      touch("domain/organizations/directory.ts", 1_000);
      touch("app/routes/home.tsx", 2_000);
      touch("vite.config.ts", 1_500);
      touch("app/routes/home.test.tsx", 9_000);
      touch("e2e/home.e2e.ts", 9_000);
      expect(newestSourceTime(root)).toBe(2_000_000);
      touch("platform/db/deep/client.ts", 3_000);
      expect(newestSourceTime(root)).toBe(3_000_000);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("serverEnvironment", () => {
  const shell = { PATH: "/usr/bin", DATABASE_URL: "postgres://shell/test", NODE_ENV: "test", DUGNAD_PRODUCTION: "1" };
  const where = { baseUrl: "http://127.0.0.1:4321", dataDir: "/tmp/data" };

  it("leaves out the database and mode a test runner set, as a newcomer's `npm start` has neither", () => {
    expect(serverEnvironment(shell, where)).toEqual({ PATH: "/usr/bin", PORT: "4321", DATA_DIR: "/tmp/data", DEMO: "1" });
  });

  it("uses the database the caller asks for (the benchmark on PostgreSQL)", () => {
    const env = serverEnvironment(shell, { ...where, env: { DATABASE_URL: "postgres://bench/empty" } });
    expect(env.DATABASE_URL).toBe("postgres://bench/empty");
  });
});
