import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "./errors";
import { parseInput, withoutNul } from "./validation";

describe("withoutNul", () => {
  it("replaces NUL in strings in objects and arrays and leaves other values alone", () => {
    const file = new Blob(["x"]);
    expect(withoutNul({ q: "a\0b", tags: ["\0c"], n: 1, nested: { s: "\0" }, file })).toEqual({ q: "a\uFFFDb", tags: ["\uFFFDc"], n: 1, nested: { s: "\uFFFD" }, file });
  });
});

describe("parseInput of a body nested 100,000 deep", () => {
  it("refuses it as invalid instead of running out of stack", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}${"]".repeat(100_000)}`) as unknown;
    expect(() => parseInput(z.object({ name: z.string() }), deep)).toThrow(ValidationError);
    expect(() => parseInput(z.object({ name: z.string() }), { name: deep })).toThrow(ValidationError);
  });
});

describe("parseInput", () => {
  it("parses the input without NUL characters, marking where one was", () => {
    expect(parseInput(z.object({ name: z.string().min(1) }), { name: "Lag\0et" })).toEqual({ name: "Lag\uFFFDet" });
  });

  it("does not clean an id, an e-mail address or a number with a NUL into a valid one", () => {
    const schema = z.object({ id: z.uuid(), email: z.email(), count: z.coerce.number<unknown>().int() });
    const id = "0190c1a2-7b3c-7d4e-8f5a-6b7c8d9e0f1a";
    let error: unknown;
    try {
      parseInput(schema, { id: `${id}\0`, email: "a@b.no\0", count: "1\0" });
    } catch (e) {
      error = e;
    }
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(["count", "email", "id"]);
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

  it("names an invalid item of a list by the list, as a form's checkbox group is one field", () => {
    let error: unknown;
    try {
      parseInput(z.object({ ids: z.array(z.uuid()), place: z.object({ town: z.string() }) }), { ids: ["x", "y"], place: {} });
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).fieldErrors).toEqual({ ids: [{ key: "validation.invalid" }], "place.town": [{ key: "validation.required" }] });
  });
});
