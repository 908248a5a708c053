import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newestSourceTime, SERVER_NODE_FLAGS } from "./server.js";

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
