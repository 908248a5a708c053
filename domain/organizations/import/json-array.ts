import { MalformedFileError } from "./errors";

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A UTF-8 byte order mark may open the file. */
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * The elements of a JSON array, one at a time, from a stream of UTF-8 bytes: the file is never held whole
 * in memory. It finds where each element ends by counting brackets outside strings, and lets JSON.parse
 * read the element itself. Anything that is not one well-formed array throws MalformedFileError.
 */
export async function* jsonArrayElements(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<unknown> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let state = "before" as "before" | "expectElement" | "inElement" | "afterElement" | "after";
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: Uint8Array[] = [];
  let elementStart = 0;
  let index = 0;
  let offset = 0;

  const parse = (bytes: Uint8Array): unknown => {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      // A file saved in Latin-1 or Windows-1252 is valid JSON in the wrong encoding: say so, not "invalid JSON".
      throw new MalformedFileError("orgImport.malformed.encoding", { element: index + 1 });
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new MalformedFileError("orgImport.malformed.element", { element: index + 1 });
    }
  };
  const finish = (chunk: Uint8Array, end: number): unknown => {
    parts.push(chunk.subarray(elementStart, end));
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    parts = [];
    return parse(bytes);
  };

  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (state === "inElement") {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
          continue;
        }
        if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
          if (depth === 0) {
            yield finish(chunk, i);
            index++;
            state = "after";
            continue;
          }
          depth--;
        } else if (byte === COMMA && depth === 0) {
          yield finish(chunk, i);
          index++;
          state = "expectElement";
        }
        continue;
      }
      if (isSpace(byte) || (state === "before" && offset + i < 3 && byte === BYTE_ORDER_MARK[offset + i])) continue;
      if (state === "before") {
        if (byte !== OPEN_BRACKET) throw new MalformedFileError("orgImport.malformed.notArray");
        state = "afterElement";
      } else if (state === "afterElement" && byte === CLOSE_BRACKET) {
        state = "after";
      } else if (state === "after") {
        throw new MalformedFileError("orgImport.malformed.trailing", { offset: offset + i });
      } else if (byte === COMMA || byte === CLOSE_BRACKET) {
        throw new MalformedFileError("orgImport.malformed.element", { element: index + 1 });
      } else {
        state = "inElement";
        elementStart = i;
        depth = 0;
        i--;
      }
    }
    if (state === "inElement") {
      parts.push(chunk.slice(elementStart));
      elementStart = 0;
    }
    offset += chunk.length;
  }
  if (state !== "after") throw new MalformedFileError(state === "before" ? "orgImport.malformed.empty" : "orgImport.malformed.unfinished");
}
