import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { MalformedFileError } from "./errors";
import { jsonArrayElements } from "./json-array";
import { contentOf, fileFromBytes } from "./source";

const bytes = (text: string) => new TextEncoder().encode(text);

async function elements(chunks: Iterable<Uint8Array>): Promise<unknown[]> {
  const result: unknown[] = [];
  for await (const element of jsonArrayElements((async function* () { yield* chunks; })())) result.push(element);
  return result;
}

function oneBytePerChunk(data: Uint8Array): Uint8Array[] {
  return Array.from(data, (_, i) => data.subarray(i, i + 1));
}

async function failure(text: string): Promise<MalformedFileError> {
  const error = await elements([bytes(text)]).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(MalformedFileError);
  return error as MalformedFileError;
}

describe("jsonArrayElements", () => {
  const tricky = [
    { navn: "Lag med ] og } og \"sitat\" i navnet", adresse: ["Gate 1", "Postboks [2]"] },
    { navn: "Ærlig Øl og Å-lag – “fint” 😀", tall: [1, [2, { dypt: true }]] },
    "tekst",
    42,
    null,
    { tom: {}, liste: [] },
  ];

  it("gives every element, however the bytes are split into chunks", async () => {
    const data = bytes(`\uFEFF  ${JSON.stringify(tricky, null, 2)}\n`);
    expect(await elements([data])).toEqual(tricky);
    expect(await elements(oneBytePerChunk(data))).toEqual(tricky);
  });

  it("reads an empty array", async () => {
    expect(await elements([bytes(" [ ] ")])).toEqual([]);
  });

  it("refuses what is not one well-formed array, saying where", async () => {
    expect((await failure(`{"navn": "x"}`)).key).toBe("orgImport.malformed.notArray");
    expect((await failure("")).key).toBe("orgImport.malformed.empty");
    expect((await failure(`[{"navn": "x"}, {"navn": `)).key).toBe("orgImport.malformed.unfinished");
    expect(await failure(`[{"navn": "x"}, {"navn" "y"}]`)).toMatchObject({ key: "orgImport.malformed.element", params: { element: 2 } });
    expect(await failure(`[{"a": 1},]`)).toMatchObject({ key: "orgImport.malformed.element", params: { element: 2 } });
    expect(await failure(`[{"a": 1}] x`)).toMatchObject({ key: "orgImport.malformed.trailing" });
  });

  it("says a file that is not UTF-8 is in the wrong encoding, not that it is invalid JSON", async () => {
    const latin1 = Buffer.from(`[{"navn": "Bl\u00e5b\u00e6r"}, {"navn": "Bl\u00e5b\u00e6r IL"}]`, "latin1");
    const error = await elements([latin1]).then(() => undefined, (e: unknown) => e);
    expect(error).toMatchObject({ key: "orgImport.malformed.encoding", params: { element: 1 } });
  });

  it("unpacks gzip, known by its first bytes", async () => {
    const packed = gzipSync(Buffer.from(JSON.stringify(tricky)));
    const result: unknown[] = [];
    for await (const element of jsonArrayElements(contentOf(fileFromBytes(packed)))) result.push(element);
    expect(result).toEqual(tricky);
  });

  it("refuses a damaged gzip file", async () => {
    const packed = gzipSync(Buffer.from(JSON.stringify(tricky))).subarray(0, 40);
    const error = await (async () => {
      for await (const _ of jsonArrayElements(contentOf(fileFromBytes(packed)))) void _;
    })().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedFileError);
  });
});
