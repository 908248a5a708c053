/**
 * Anonymous visitors see the same public pages, so a rendered page is kept for a few seconds and
 * served again without rendering. Only responses a route marks with CACHE_HEADER are kept, never for a
 * signed-in visitor, and every write empties the cache so nobody sees stale data after a change here.
 */
export const CACHE_HEADER = "x-dugnad-cache";

import type { RenderedPage } from "./rendered-page";

export type KeptPage = RenderedPage & { expires: number };

const TTL_MS = 5_000;
const MAX_ENTRIES = 500;
const entries = new Map<string, KeptPage>();

export function cacheKey(url: string, lang: string, accept: string | undefined): string {
  return `${lang} ${accept?.includes("text/html") ? "html" : "other"} ${url}`;
}

export function lookup(key: string): KeptPage | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (entry.expires < Date.now()) {
    entries.delete(key);
    return undefined;
  }
  return entry;
}

export function store(key: string, page: RenderedPage): KeptPage {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  const kept: KeptPage = Object.assign(page, { expires: Date.now() + TTL_MS });
  entries.set(key, kept);
  return kept;
}

export function clearCache(): void {
  entries.clear();
}
