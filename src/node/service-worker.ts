/**
 * The service worker's build step (docs/deploying.md#offline-reading), run by `vite build` after
 * prerendering (src/node/static-build.ts): list the app shell and bundle src/app/offline/sw.ts,
 * with that list in it, into `<outDir>/sw.js` — one self-contained file, nothing loaded from a CDN.
 *
 * The shell (precached when the worker installs) is what any page needs to open without a network,
 * and nothing that grows with the corpus:
 *   - everything home's and offline.html's documents load: the head script, the stylesheet, the
 *     fonts (template.fonts), the icon, the manifest (which the head script links) and its icons;
 *   - the app's code: the entry, each kind of page's chunks, and every chunk those import,
 *     statically or lazily (a lazily loaded piece missing offline would fail the page);
 *   - index.html (home) with the data files it hydrates from, and offline.html.
 * Not the articles' pages and data files (10,000–100,000 of them): the worker keeps those as they
 * are read.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { writeIfChanged } from "./output.ts";
import path from "node:path";
import { build, type Rolldown } from "vite";
import type { Template } from "./page-document.ts";

/** The worker's source, bundled on its own as a classic script. */
export const SW_ENTRY = "src/app/offline/sw.ts";
/** Where it is written: at the base, so its scope is the whole site. */
export const SW_FILE = "sw.js";
/** The documents precached with the shell. */
export const SHELL_DOCUMENTS = ["index.html", "offline.html", "shell.html"] as const;
/** A file larger than this is left out of the precache, with a warning (workbox-build's default is 2 MB). */
export const MAX_PRECACHED_BYTES = 1_000_000;

/** One precache entry, as workbox-precaching takes it: no revision for a URL that names its content. */
export type PrecacheEntry = { url: string; revision: string | null };

/** What a chunk of the client build leads to: the chunks it imports (statically or lazily) and its CSS. */
export type ChunkGraph = ReadonlyMap<string, { imports: readonly string[]; css: readonly string[] }>;

/** The client build's chunks by URL (with the base), each with what it imports and its CSS. */
export function chunkGraph(output: Rolldown.RolldownOutput, base: string): ChunkGraph {
  const graph = new Map<string, { imports: string[]; css: string[] }>();
  for (const file of output.output) {
    if (file.type !== "chunk") continue;
    const css = (file as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss ?? new Set<string>();
    graph.set(base + file.fileName, {
      imports: [...file.imports, ...file.dynamicImports].map((f) => base + f),
      css: [...css].map((f) => base + f),
    });
  }
  return graph;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&lt;": "<", "&gt;": ">", "&#x27;": "'" };

/**
 * The local files a document loads: the src or href of each <script> and <link> (not canonical
 * or alternate links, which name pages) and the boot script's lists: its modules, data and manifest.
 */
export function documentUrls(html: string, base: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    if (/\srel="(?:canonical|alternate)"/.test(tag)) continue;
    const url = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (url) urls.push(url);
    for (const [, list] of tag.matchAll(/\sdata-(?:load|preload|fetch|manifest)="([^"]*)"/g)) urls.push(...list!.split(/\s+/));
  }
  return urls
    .map((url) => url.replace(/&(?:amp|quot|lt|gt|#x27);/g, (entity) => ENTITIES[entity]!))
    .filter((url) => url.startsWith(base) && !url.startsWith("//"));
}

/** The icons a web app manifest names, as URLs resolved against the manifest's own URL. */
export function manifestIcons(manifest: string, manifestUrl: string): string[] {
  const { icons } = JSON.parse(manifest) as { icons?: Array<{ src: string }> };
  return (icons ?? []).map((icon) => new URL(icon.src, new URL(manifestUrl, "http://site.invalid")).pathname);
}

/**
 * The shell's URLs, each once: the documents' files, every kind of page's chunks, and everything
 * those chunks import, transitively, with their CSS.
 */
export function shellUrls(options: { base: string; documents: Record<string, string>; pageChunks: readonly string[]; graph: ChunkGraph; icons?: readonly string[]; fonts?: readonly string[] }): string[] {
  const { base, documents, graph } = options;
  const urls = new Set<string>(Object.keys(documents).map((file) => base + file));
  const add = (url: string) => {
    if (urls.has(url)) return;
    urls.add(url);
    const chunk = graph.get(url);
    for (const css of chunk?.css ?? []) urls.add(css);
    for (const next of chunk?.imports ?? []) add(next);
  };
  for (const html of Object.values(documents)) for (const url of documentUrls(html, base)) add(url);
  for (const url of [...options.pageChunks, ...(options.icons ?? []), ...(options.fonts ?? [])]) add(url);
  return [...urls];
}

/**
 * Precache entries for the shell's URLs. A file under `assets/` is named by its content (Vite's
 * hashes), so its URL is its revision; any other file (a page, a data file) gets a hash of its
 * bytes. `read` gives a URL's bytes, null when the build has no such file.
 */
export function precacheEntries(
  urls: readonly string[],
  base: string,
  read: (url: string) => Buffer | null,
  warn: (message: string) => void = () => {},
): { entries: PrecacheEntry[]; bytes: number } {
  const entries: PrecacheEntry[] = [];
  let bytes = 0;
  for (const url of urls) {
    const body = read(url);
    if (!body) throw new Error(`the service worker's precache lists ${url}, which the build did not write`);
    if (body.length > MAX_PRECACHED_BYTES) {
      warn(`news: ${url} (${Math.round(body.length / 1000)} kB) is too large to precache; the service worker caches it when first used`);
      continue;
    }
    const named = url.startsWith(`${base}assets/`);
    entries.push({ url, revision: named ? null : createHash("sha1").update(body).digest("hex").slice(0, 16) });
    bytes += body.length;
  }
  return { entries, bytes };
}

/** src/app/offline/sw.ts with the precache list built in, as one classic script. */
export async function bundleServiceWorker(root: string, entries: readonly PrecacheEntry[]): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: "warn",
    publicDir: false,
    mode: "production",
    define: {
      __PRECACHE__: JSON.stringify(entries),
      // Workbox's development logging and assertions go.
      "process.env.NODE_ENV": JSON.stringify("production"),
    },
    build: {
      write: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      minify: true,
      lib: { entry: path.resolve(root, SW_ENTRY), formats: ["iife"], name: "newsServiceWorker", fileName: () => SW_FILE },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((f) => f.type === "chunk");
  if (!chunk || chunk.type !== "chunk") throw new Error(`bundling ${SW_ENTRY} produced no script`);
  return chunk.code;
}

export type BuiltServiceWorker = { entries: PrecacheEntry[]; precacheBytes: number; workerBytes: number };

/** Lists the shell of the site in outDir and writes sw.js there. */
export async function writeServiceWorker(options: {
  root: string;
  outDir: string;
  base: string;
  client: Rolldown.RolldownOutput;
  template: Pick<Template, "pageChunks" | "fonts">;
  warn?: (message: string) => void;
}): Promise<BuiltServiceWorker> {
  const { root, outDir, base } = options;
  const fileOf = (url: string) => path.join(outDir, decodeURIComponent(url.slice(base.length)));
  const read = (url: string) => {
    const file = fileOf(url);
    return url.startsWith(base) && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null;
  };
  const documents: Record<string, string> = {};
  for (const file of SHELL_DOCUMENTS) {
    const body = read(base + file);
    if (!body) throw new Error(`the service worker needs ${file}, which the build did not write`);
    documents[file] = body.toString("utf8");
  }
  const manifestUrl = documentUrls(documents["index.html"]!, base).find((url) => url.endsWith(".webmanifest"));
  const manifest = manifestUrl ? read(manifestUrl) : null;
  const urls = shellUrls({
    base,
    documents,
    pageChunks: Object.values(options.template.pageChunks).flat(),
    graph: chunkGraph(options.client, base),
    icons: manifest && manifestUrl ? manifestIcons(manifest.toString("utf8"), manifestUrl) : [],
    // Loaded by the stylesheet, not named by any document.
    fonts: options.template.fonts,
  });
  const { entries, bytes } = precacheEntries(urls, base, read, options.warn);
  const code = await bundleServiceWorker(root, entries);
  writeIfChanged(outDir, SW_FILE, code);
  return { entries, precacheBytes: bytes, workerBytes: Buffer.byteLength(code) };
}
