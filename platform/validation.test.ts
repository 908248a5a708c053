import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "./errors";
import { parseInput, withoutNul } from "./validation";

describe("withoutNul", () => {
  it("takes NUL out of strings in objects and arrays and leaves other values alone", () => {
    const file = new Blob(["x"]);
    expect(withoutNul({ q: "a\0b", tags: ["\0c"], n: 1, nested: { s: "\0" }, file })).toEqual({ q: "ab", tags: ["c"], n: 1, nested: { s: "" }, file });
  });
});

describe("parseInput", () => {
  it("parses the input without NUL characters", () => {
    expect(parseInput(z.object({ name: z.string().min(1) }), { name: "Lag\0et" })).toEqual({ name: "Laget" });
    expect(() => parseInput(z.object({ name: z.string().min(1) }), { name: "\0" })).toThrow();
  });

  it("calls a missing value required and a value of the wrong type invalid", () => {
    const schema = z.object({ name: z.string(), members: z.coerce.number<unknown>().int(), active: z.boolean() });
    let error: unknown;
    try {
      parseInput(schema, { members: "mange", active: "ja" });
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).fieldErrors).toEqual({
      name: [{ key: "validation.required" }],
      members: [{ key: "validation.invalid" }],
      active: [{ key: "validation.invalid" }],
    });
  });
});
