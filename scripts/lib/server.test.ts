import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "./server.js";

describe("the server's Node flags", () => {
  it("are the same for `npm start` and for the servers the browser tests and benchmarks start", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(["node", ...SERVER_NODE_FLAGS, "server.js"].join(" "));
  });
});
