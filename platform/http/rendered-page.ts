import { constants, gzipSync } from "node:zlib";

/** A page or JSON answer rendered in full, with its gzipped copy once a visitor has asked for one. */
export type RenderedPage = { status: number; headers: [string, string][]; body: Buffer; gzipped?: Buffer };

/** Below this, gzip's header and the work cost more than the bytes saved (the `compression` default). */
const GZIP_FROM_BYTES = 1024;

/** Pages and JSON are rendered whole before they are sent; downloads and files stream as they are. */
export function isRenderedWhole(response: Response): boolean {
  const type = response.headers.get("content-type") ?? "";
  return response.body !== null && /^(text\/html|application\/([\w.+-]+\+)?json)\b/.test(type);
}

export async function readRenderedPage(response: Response): Promise<RenderedPage> {
  return { status: response.status, headers: [...response.headers.entries()], body: Buffer.from(await response.arrayBuffer()) };
}

/**
 * The gzipped copy, made once per page. Compressing a whole page in one call at the fastest level costs a
 * tenth of a millisecond; a compression stream (or an off-thread job) costs the main thread more than that
 * in set-up and hand-overs alone, and these pages gain only a few per cent from a higher level.
 */
export function gzippedBody(page: RenderedPage, acceptsGzip: boolean): Buffer | undefined {
  if (!acceptsGzip || page.body.length < GZIP_FROM_BYTES) return undefined;
  page.gzipped ??= gzipSync(page.body, { level: constants.Z_BEST_SPEED });
  return page.gzipped;
}
