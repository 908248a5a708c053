import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { MalformedFileError } from "./errors";

/** An uploaded or local file as a stream of bytes; `size` (if known) lets progress be shown as a share. */
export type ImportFile = { chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>; size?: number };

export function fileFromBytes(bytes: Uint8Array): ImportFile {
  return { chunks: [bytes], size: bytes.byteLength };
}

export function fileFromBlob(blob: Blob): ImportFile {
  return { chunks: blob.stream(), size: blob.size };
}

const GZIP_MAGIC = [0x1f, 0x8b];
const SLICE = 64 * 1024;

/**
 * The file's content, unpacked when it is gzipped (known by its first two bytes, whatever its name).
 * `onRead` hears how many of the file's own bytes have been read, for progress.
 */
export async function* contentOf(file: ImportFile, onRead: (bytes: number) => void = () => {}): AsyncGenerator<Uint8Array> {
  let read = 0;
  const counted = (async function* () {
    for await (const chunk of file.chunks) {
      // An uploaded file may come as one big chunk; in slices, what has been read follows what has been parsed.
      for (let start = 0; start < chunk.byteLength; start += SLICE) {
        const slice = chunk.subarray(start, start + SLICE);
        read += slice.byteLength;
        onRead(read);
        yield slice;
      }
    }
  })();
  const first = await counted.next();
  if (first.done) return;
  const head = first.value;
  const rest = (async function* () {
    yield head;
    yield* counted;
  })();
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) {
    yield* rest;
    return;
  }
  const source = Readable.from(rest);
  const gunzip = createGunzip();
  // pipe() does not pass a failing read on, and the unpacking would wait for more bytes for ever.
  source.on("error", (error) => gunzip.destroy(error));
  try {
    for await (const chunk of source.pipe(gunzip)) yield chunk as Uint8Array;
  } catch (error) {
    throw new MalformedFileError("orgImport.malformed.gzip", { reason: (error as Error).message });
  }
}

/**
 * Parsing and the embedded database resolve promise after promise without ever returning to the event loop,
 * so an import in the server would keep every other request waiting; this lets them through now and then.
 */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
