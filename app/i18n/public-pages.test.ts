import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nb, publicNamespaces } from "./nb";

const APP = path.resolve(import.meta.dirname, "..");

/**
 * The pages a resident or a volunteer reaches without a municipal role: those whose route's handle is
 * PUBLIC_PAGE (app/lib/page-language.ts), and the page shell. Their text must come from the public namespaces,
 * which every language translates; a key from another namespace shows in English in Arabic or Somali.
 */
const PUBLIC_ROUTES = [
  "root.tsx",
  ...readdirSync(path.join(APP, "routes"))
    .filter((file) => /^export const handle = PUBLIC_PAGE;$/m.test(readFileSync(path.join(APP, "routes", file), "utf8")))
    .map((file) => `routes/${file}`),
];

const publicKeys = new Set(Object.values(publicNamespaces).flatMap((namespace) => Object.keys(namespace)));
const allKeys = Object.keys(nb);

function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((file) => /\.tsx?$/.test(file) && existsSync(file));
}

/** The file and every module of app/ it imports, directly or not; the catalogs themselves excepted. */
function sourcesOf(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [path.join(APP, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || file.startsWith(path.join(APP, "i18n"))) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(/from\s+"(\.[^"]+)"/g)) {
      const imported = resolveImport(file, specifier!);
      if (imported?.startsWith(APP)) queue.push(imported);
    }
  }
  return [...seen];
}

/** Keys passed to t() as literals, and every key a template such as t(`x.${y}`) can reach. */
function keysUsedIn(source: string): string[] {
  const literal = [...source.matchAll(/\bt\(\s*"([\w.]+)"/g)].map((m) => m[1]!);
  const templated = [...source.matchAll(/\bt\(\s*`([\w.]+)\$\{/g)].flatMap((m) => allKeys.filter((key) => key.startsWith(m[1]!)));
  return [...literal, ...templated].filter((key) => key in nb);
}

describe("public pages", () => {
  it("are the resident's pages", () => {
    expect(PUBLIC_ROUTES).toEqual(expect.arrayContaining(["routes/home.tsx", "routes/organizations.tsx", "routes/sign-in.tsx", "routes/my-data.tsx"]));
    expect(PUBLIC_ROUTES).not.toContain("routes/organization.edit.tsx");
  });

  it("find their sources", () => {
    expect(sourcesOf("routes/organizations.tsx").map((file) => path.basename(file))).toContain("PageLinks.tsx");
  });

  it.each(PUBLIC_ROUTES)("%s uses only texts every language translates", (route) => {
    const staffOnly = sourcesOf(route).flatMap((file) =>
      keysUsedIn(readFileSync(file, "utf8"))
        .filter((key) => !publicKeys.has(key))
        .map((key) => `${key} (${path.relative(APP, file)})`),
    );
    expect([...new Set(staffOnly)]).toEqual([]);
  });
});
