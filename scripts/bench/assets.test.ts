import { describe, expect, it } from "vitest";
import { referencedAssets, staticImports } from "./assets";

describe("the assets a page loads up front", () => {
  it("takes scripts, module preloads and stylesheets from the HTML, and what inline modules import", () => {
    const html = [
      '<link rel="stylesheet" href="/assets/app-1.css">',
      '<link rel="icon" href="/favicon.svg">',
      '<link rel="modulepreload" href="/assets/root-2.js"/>',
      '<link rel="preload" as="font" href="/assets/font.woff2">',
      '<script type="module" nonce="x">import "/assets/manifest-3.js"; import * as route0 from "/assets/root-2.js";</script>',
      "<script>window.__ctx = {}</script>",
    ].join("");
    expect(referencedAssets(html).sort()).toEqual(["/assets/app-1.css", "/assets/manifest-3.js", "/assets/root-2.js"]);
  });

  it("follows static imports in minified modules but not dynamic ones", () => {
    const source = 'import{a as b,c}from"./chunk-a.js";import"./chunk-b.js";export{d}from"./chunk-c.js";const l=()=>import("./lazy.js");';
    expect(staticImports(source)).toEqual(["./chunk-a.js", "./chunk-b.js", "./chunk-c.js"]);
  });
});
