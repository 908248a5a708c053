import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type AssetSizes = { js: number; css: number; files: number; jsFiles: number; cssFiles: number };

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, "i");

/** The scripts, module preloads and stylesheets a page's HTML names, and the modules its inline scripts import. */
export function referencedAssets(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isLink = /^<link/i.test(tag);
    const rel = tag.match(ATTRIBUTE("rel"))?.[1]?.toLowerCase();
    const href = isLink ? tag.match(ATTRIBUTE("href"))?.[1] : tag.match(ATTRIBUTE("src"))?.[1];
    if (href && (!isLink || rel === "stylesheet" || rel === "modulepreload")) found.add(href);
  }
  for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const specifier of staticImports(body ?? "")) found.add(specifier);
  }
  return [...found].filter((href) => /\.(m?js|css)(\?|$)/.test(href));
}

/** `import … from "x"`, `import "x"` and `export … from "x"`; dynamic import() is loaded later, if at all. */
export function staticImports(source: string): string[] {
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  return [...source.matchAll(pattern)].map((match) => match[1]!);
}

/**
 * Gzipped size (level 6, as the compression middleware sends it) of every JS and CSS file a page needs
 * before it is interactive: the files its HTML names and, recursively, the modules those import.
 */
export function gzipSizes(html: string, clientDir: string): AssetSizes {
  const seen = new Set<string>();
  const queue = referencedAssets(html).map((href) => new URL(href, "http://page/").pathname);
  while (queue.length > 0) {
    const urlPath = queue.shift()!;
    if (seen.has(urlPath)) continue;
    seen.add(urlPath);
    if (!urlPath.endsWith(".js")) continue;
    const source = readFileSync(path.join(clientDir, urlPath), "utf8");
    for (const specifier of staticImports(source)) {
      if (specifier.startsWith(".") || specifier.startsWith("/")) queue.push(new URL(specifier, `http://page${urlPath}`).pathname);
    }
  }
  const sizes: AssetSizes = { js: 0, css: 0, files: seen.size, jsFiles: 0, cssFiles: 0 };
  for (const urlPath of seen) {
    const size = gzipSync(readFileSync(path.join(clientDir, urlPath)), { level: 6 }).length;
    if (urlPath.endsWith(".css")) {
      sizes.css += size;
      sizes.cssFiles += 1;
    } else {
      sizes.js += size;
      sizes.jsFiles += 1;
    }
  }
  return sizes;
}
