/**
 * The service worker's build step (src/node/service-worker.ts): which files are the app shell, their
 * revisions, the bundled sw.js, and the web app manifest it precaches.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Rolldown } from "vite";
import { vi } from "../../src/i18n/vi.ts";
import {
  MAX_PRECACHED_BYTES,
  bundleServiceWorker,
  chunkGraph,
  documentUrls,
  manifestIcons,
  precacheEntries,
  shellUrls,
  type ChunkGraph,
} from "../../src/node/service-worker.ts";
import { DEFAULT_SETTINGS } from "../../src/node/site-settings";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("documentUrls", () => {
  const html = `<!doctype html><html><head>
    <link rel="icon" href="/tin/favicon.svg" type="image/svg+xml" />
    <link rel="manifest" href="/tin/manifest.webmanifest" />
    <link rel="canonical" href="https://tin.example.vn/tin/bai-viet/x"/>
    <link rel="preload" href="/tin/assets/font-1.woff2" as="font" type="font/woff2" crossorigin>
    <script src="/tin/assets/preferences-p.js"></script>
    <link rel="stylesheet" crossorigin href="/tin/assets/index-c.css">
    <script type="application/ld+json">{"url":"https://tin.example.vn/tin/"}</script>
    <script defer src="/tin/assets/boot-b.js" data-load="/tin/assets/shared-s.js /tin/assets/index-i.js" data-preload="/tin/assets/HomePage-h.js /tin/assets/news-9/p/1.js"></script>
  </head><body><a href="/tin/bai-viet/y">y</a><img src="/tin/images/1.jpg"></body></html>`;

  it("lists what the document's <script> and <link> elements load, and the boot script's modules, under the base", () => {
    expect(documentUrls(html, "/tin/")).toEqual([
      "/tin/favicon.svg",
      "/tin/manifest.webmanifest",
      "/tin/assets/font-1.woff2",
      "/tin/assets/preferences-p.js",
      "/tin/assets/index-c.css",
      "/tin/assets/boot-b.js",
      "/tin/assets/shared-s.js",
      "/tin/assets/index-i.js",
      "/tin/assets/HomePage-h.js",
      "/tin/assets/news-9/p/1.js",
    ]);
  });

  it("leaves out pages (canonical, links), images, other origins and anything outside the base", () => {
    const urls = documentUrls(html.replace("/tin/assets/index-c.css", "https://cdn.example/x.css"), "/tin/");
    expect(urls).not.toContain("https://cdn.example/x.css");
    expect(urls.filter((url) => /bai-viet|images/.test(url))).toEqual([]);
    expect(documentUrls('<script src="/other/a.js"></script><link rel="icon" href="//cdn/x.svg">', "/")).toEqual(["/other/a.js"]);
  });
});

describe("manifestIcons", () => {
  it("resolves the icons against the manifest's own URL", () => {
    const manifest = JSON.stringify({ icons: [{ src: "icons/a.png" }, { src: "/x/b.png" }, { src: "../c.png" }] });
    expect(manifestIcons(manifest, "/tin/manifest.webmanifest")).toEqual(["/tin/icons/a.png", "/x/b.png", "/c.png"]);
    expect(manifestIcons("{}", "/manifest.webmanifest")).toEqual([]);
  });
});

describe("chunkGraph", () => {
  it("gives each chunk's static and lazy imports and its CSS, with the base", () => {
    const output = {
      output: [
        { type: "chunk", fileName: "assets/index-i.js", imports: ["assets/shared-s.js"], dynamicImports: ["assets/HomePage-h.js"], viteMetadata: { importedCss: new Set(["assets/index-c.css"]) } },
        { type: "chunk", fileName: "assets/shared-s.js", imports: [], dynamicImports: [] },
        { type: "asset", fileName: "assets/index-c.css" },
      ],
    } as unknown as Rolldown.RolldownOutput;
    expect([...chunkGraph(output, "/tin/")]).toEqual([
      ["/tin/assets/index-i.js", { imports: ["/tin/assets/shared-s.js", "/tin/assets/HomePage-h.js"], css: ["/tin/assets/index-c.css"] }],
      ["/tin/assets/shared-s.js", { imports: [], css: [] }],
    ]);
  });
});

describe("shellUrls", () => {
  const graph: ChunkGraph = new Map([
    ["/assets/index-i.js", { imports: ["/assets/shared-s.js", "/assets/HomePage-h.js", "/assets/ArticleRoute-a.js", "/assets/register-r.js"], css: [] }],
    ["/assets/shared-s.js", { imports: [], css: [] }],
    ["/assets/HomePage-h.js", { imports: ["/assets/shared-s.js"], css: [] }],
    ["/assets/ArticleRoute-a.js", { imports: ["/assets/shared-s.js", "/assets/tools-t.js"], css: [] }],
    ["/assets/tools-t.js", { imports: [], css: ["/assets/tools-c.css"] }],
    ["/assets/register-r.js", { imports: [], css: [] }],
    ["/assets/unused-u.js", { imports: [], css: [] }],
  ]);
  const home = '<link rel="stylesheet" href="/assets/index-c.css"><script defer src="/assets/boot-b.js" data-load="/assets/shared-s.js /assets/index-i.js" data-preload="/assets/HomePage-h.js /assets/news-9/p/1.js"></script>';
  const offline = '<link rel="stylesheet" href="/assets/index-c.css"><link rel="icon" href="/favicon.svg">';

  it("is the documents, what they load, every chunk the app's code reaches (lazily too) with its CSS, and the icons: each once", () => {
    const urls = shellUrls({ base: "/", documents: { "index.html": home, "offline.html": offline }, pageChunks: ["/assets/ArticleRoute-a.js"], graph, icons: ["/icons/a.png"] });
    expect(urls).toEqual([
      "/index.html",
      "/offline.html",
      "/assets/index-c.css",
      "/assets/boot-b.js",
      "/assets/shared-s.js",
      "/assets/index-i.js",
      "/assets/HomePage-h.js",
      "/assets/ArticleRoute-a.js",
      "/assets/tools-t.js",
      "/assets/tools-c.css",
      "/assets/register-r.js",
      "/assets/news-9/p/1.js",
      "/favicon.svg",
      "/icons/a.png",
    ]);
    expect(urls, "a chunk nothing reaches").not.toContain("/assets/unused-u.js");
  });
});

describe("precacheEntries", () => {
  const files: Record<string, Buffer> = {
    "/index.html": Buffer.from("<h1>home</h1>"),
    "/assets/index-i.js": Buffer.from("code"),
    "/assets/news-9/p/1.js": Buffer.from("data"),
    "/icons/a.png": Buffer.from("png"),
  };
  const read = (url: string) => files[url] ?? null;

  it("gives a file named by its content (under assets/) no revision, and any other file a hash of its bytes", () => {
    const { entries, bytes } = precacheEntries(Object.keys(files), "/", read);
    expect(entries).toEqual([
      { url: "/index.html", revision: expect.stringMatching(/^[0-9a-f]{16}$/) },
      { url: "/assets/index-i.js", revision: null },
      { url: "/assets/news-9/p/1.js", revision: null },
      { url: "/icons/a.png", revision: expect.stringMatching(/^[0-9a-f]{16}$/) },
    ]);
    expect(bytes).toBe(13 + 4 + 4 + 3);
    const again = precacheEntries(["/index.html"], "/", () => Buffer.from("<h1>home, edited</h1>")).entries[0]!;
    expect(again.revision, "an edited file is a new revision").not.toBe(entries[0]!.revision);
  });

  it("fails on a URL the build did not write, and leaves out a file too large to precache, saying so", () => {
    expect(() => precacheEntries(["/missing.js"], "/", read)).toThrow(/\/missing\.js, which the build did not write/);
    const warnings: string[] = [];
    const big = precacheEntries(["/assets/index-i.js", "/assets/huge.js"], "/", (url) => (url.endsWith("huge.js") ? Buffer.alloc(MAX_PRECACHED_BYTES + 1) : read(url)), (m) => warnings.push(m));
    expect(big.entries.map((e) => e.url)).toEqual(["/assets/index-i.js"]);
    expect(warnings).toEqual([expect.stringContaining("/assets/huge.js")]);
  });
});

describe("bundleServiceWorker", () => {
  it("is one classic script with the precache list in it, workbox bundled, nothing imported or fetched from elsewhere", async () => {
    const entries = [{ url: "/index.html", revision: "abc" }, { url: "/assets/index-i.js", revision: null }];
    const code = await bundleServiceWorker(ROOT, entries);
    expect(code).toContain(`/assets/index-i.js`);
    expect(code.match(/\/assets\/index-i\.js/g), "the list appears once").toHaveLength(1);
    expect(code).not.toMatch(/\bimport\s*[({"'`]|\bexport\b|importScripts|storage\.googleapis|process\.env|__PRECACHE__/);
    // Production workbox: no development logging.
    expect(code).not.toMatch(/workbox Router is responding to/);
    expect(() => new Function(code), "parses as a classic script").not.toThrow();
  }, 30_000);
});

describe("public/manifest.webmanifest", () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "public/manifest.webmanifest"), "utf8")) as Record<string, unknown> & {
    icons: Array<{ src: string; sizes: string; type: string; purpose: string }>;
  };

  it("says what the site says: its name and description from vi.ts, Vietnamese, standalone, relative to wherever the site lives", () => {
    expect(manifest).toMatchObject({
      name: DEFAULT_SETTINGS.name,
      description: DEFAULT_SETTINGS.description,
      lang: "vi",
      display: "standalone",
      start_url: "./",
      scope: "./",
      id: "./",
    });
    expect(String(manifest.short_name).length).toBeLessThanOrEqual(12);
  });

  it("has the paper's colours (src/styles/app.css) and 192, 512 and maskable PNG icons of those sizes", () => {
    const css = readFileSync(path.join(ROOT, "src/styles/app.css"), "utf8");
    // The light palette's paper (a manifest has one colour; the theme-color metas follow the scheme).
    const paper = /--color-paper:\s*(?:light-dark\()?(#[0-9a-f]{6})/i.exec(css)![1];
    expect(manifest.theme_color).toBe(paper);
    expect(manifest.background_color).toBe(paper);
    for (const icon of manifest.icons) {
      const png = readFileSync(path.join(ROOT, "public", icon.src));
      expect(png.subarray(1, 4).toString("latin1"), icon.src).toBe("PNG");
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      expect(icon.type).toBe("image/png");
    }
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  });
});
