/**
 * `vite build` for a static news site: the client bundle, then a Node bundle of the page
 * renderer (src/app/server.tsx), then every route prerendered into the client's outDir, then the
 * service worker (src/node/service-worker.ts). Wired in by the news plugin as Vite's
 * `builder.buildApp`, so plain `vite build` does all of it.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Logger, Rolldown, ViteBuilder } from "vite";
import type { Corpus } from "../content/corpus.ts";
import { prerender, rendererInThread, type OfflineRenderer, type WrittenArticle } from "./prerender.ts";
import type { Template } from "./page-document.ts";
import { PAGE_MODULES as PAGE_MODULES_BY_KIND, type PageKind } from "../app/routes.ts";
import type { PageData } from "../app/data/page-data.ts";
import type { RenderedPage } from "../app/server.tsx";
import { writeServiceWorker } from "./service-worker.ts";
import { keep, sweep } from "./output.ts";
import { cacheKey, diskCache } from "./disk-cache.ts";
import { collectGarbageFully } from "./collect-garbage.ts";
import { createRenderPool } from "./render-pool.ts";
import { pageIndexOf } from "./site-data.ts";

/** From this many articles the pages are rendered on worker threads. */
export const RENDER_POOL_FROM = 1000;

export const SERVER_ENTRY = "src/app/server.tsx";

/**
 * The render workers' own module, bundled with the renderer into plain JavaScript: a worker
 * loading TypeScript through tsx took ~25 MB more (tsx and its loader thread) each, at the
 * build's peak.
 */
export const RENDER_WORKER_ENTRY = "src/node/render-worker.ts";

/**
 * Scripts and styles only from this site; no inline script (JSON-LD is data, never run).
 * frame-ancestors cannot be set from a meta tag; a host adds it as a header (docs/deploying.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  // Right after <meta charset>, before anything it governs.
  return html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
}

type Output = Rolldown.RolldownOutput;
/** The boot script's module (src/app/boot.ts), emitted as a chunk of its own by the news plugin. */
export const BOOT_ENTRY = "src/app/boot.ts";
const BOOT_MODULE = /\/src\/app\/boot\.ts$/;
/** The reader's theme and text size applied before the first paint: in the boot script in a build, a module of its own in dev. */
export const PREFERENCES_ENTRY = "src/app/preferences/head.ts";
/** index.html's manifest link: the boot script links it once the page is painted (src/app/boot.ts). */
const MANIFEST_LINK = /\s*<link rel="manifest" href="([^"]+)"\s*\/?>/;
/** Page components split by src/app/pages/index.ts, by the kind of page that shows them (routes.ts). */
const PAGE_MODULES: Array<[PageKind, RegExp]> = (Object.entries(PAGE_MODULES_BY_KIND) as Array<[PageKind, string]>).map(([kind, module]) => [
  kind,
  new RegExp(`/src/app/pages/${module}\\.tsx$`),
]);

/**
 * Vite's tags for the entry in the built index.html: its module scripts (more than one when the
 * chunking groups move the entry's code into a chunk of its own) and their modulepreloads.
 */
const ENTRY_SCRIPT = /[ \t]*<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>\n?/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload"[^>]*>\n?/g;

/**
 * What prerendering needs from the client build: its index.html without the entry's tags (each
 * page loads the entry through the boot script instead, see src/app/boot.ts), the entry's chunks,
 * the boot script, the manifest (which the boot script links), the fonts, the page chunks, and
 * the base the data files are under (`data`).
 */
export function templateFrom(output: Output, html: string, base: string, data: string | null = null): Template {
  const fonts: string[] = [];
  const pageChunks: Template["pageChunks"] = {};
  let boot: string | undefined;
  const chunks = new Map(output.output.flatMap((f) => (f.type === "chunk" ? [[f.fileName, f] as const] : [])));
  /** A chunk and every chunk it imports statically, transitively. */
  const closure = (fileName: string, seen = new Set<string>()): string[] => {
    if (seen.has(fileName)) return [];
    seen.add(fileName);
    return [fileName, ...(chunks.get(fileName)?.imports ?? []).flatMap((f) => closure(f, seen))];
  };
  /** The same, dependencies before the chunks that import them (the order they evaluate in). */
  const dependenciesFirst = (fileName: string, seen = new Set<string>()): string[] => {
    if (seen.has(fileName)) return [];
    seen.add(fileName);
    return [...(chunks.get(fileName)?.imports ?? []).flatMap((f) => dependenciesFirst(f, seen)), fileName];
  };
  for (const file of output.output) {
    const kind = file.type === "chunk" ? PAGE_MODULES.find(([, re]) => re.test(file.facadeModuleId ?? ""))?.[0] : undefined;
    if (kind) pageChunks[kind] = closure(file.fileName).map((f) => base + f);
    if (file.type === "chunk" && BOOT_MODULE.test(file.facadeModuleId ?? "")) boot = base + file.fileName;
    // Every page sets Vietnamese text, which needs both subsets: the service worker keeps them.
    if (file.type === "asset" && /noto-serif-(latin|vietnamese)-wght-normal.*\.woff2$/.test(file.fileName)) {
      fonts.push(base + file.fileName);
    }
  }
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((m) => m[1]!);
  if (entries.length === 0 || entries.some((e) => !e.startsWith(base) || !chunks.has(e.slice(base.length)))) {
    throw new Error("the built index.html has no module script of the client's entry");
  }
  // Each module script's chunks, dependencies first, in the order the scripts run; once each.
  const seen = new Set<string>();
  const entry = entries.flatMap((e) => dependenciesFirst(e.slice(base.length), seen));
  if (!boot) throw new Error(`the client build has no chunk of ${BOOT_ENTRY}`);
  return {
    html: html.replace(ENTRY_SCRIPT, "").replace(MODULE_PRELOAD, "").replace(MANIFEST_LINK, ""),
    boot,
    manifest: MANIFEST_LINK.exec(html)?.[1] ?? null,
    entry: entry.map((f) => base + f),
    fonts: fonts.sort(),
    data,
    pageChunks,
  };
}

function single(output: Awaited<ReturnType<ViteBuilder["build"]>>): Output {
  if (Array.isArray(output) || !("output" in output)) throw new Error("expected one bundle output");
  return output;
}

/**
 * What the news plugin hands the prerender step: the corpus, the public origin, the data files it
 * wrote (outDir-relative), the articles' among them by slug (pages are rendered from them), its report.
 */
export type BuiltCorpus = {
  corpus: Corpus;
  siteUrl: string;
  /** The site's name and description, for its feed. */
  site: { name: string; description: string };
  /** The data files the news plugin wrote or kept, outDir-relative: spared by the sweep (the plugin's module instance is not this one's, so its keep() is not seen here). */
  dataFiles: string[];
  articles: Map<string, WrittenArticle>;
  /** Where bodies and images are, for the threads that make data files with their pages (article-data.ts). */
  bodies: { dir: string | null; publicDir: string | null };
  /** Settles once ranking is done (its worker gone): the render step starts its workers then. */
  ranked?(): Promise<void>;
  /** Settles once `articles` is filled (after ranking): the render step asks at its first article. */
  articlesReady?(): Promise<void>;
  /** After the pages: the digests of the data files made with them. */
  finish?(digests: ReadonlyMap<string, string>): void;
  report(): void;
};

export async function buildStaticSite(builder: ViteBuilder, built: () => BuiltCorpus | undefined, logger: Logger): Promise<void> {
  const client = builder.environments.client!;
  const clientOutput = single(await builder.build(client));
  const outDir = path.resolve(client.config.root, client.config.build.outDir);
  const base = client.config.base;

  const ssr = builder.environments.ssr!;
  const serverOutput = single(await builder.build(ssr));
  const serverDir = path.resolve(ssr.config.root, ssr.config.build.outDir);
  // The bundle is ES modules in a temporary folder no package.json speaks for: say so, so every
  // loader (the render workers run under tsx's) reads its .js files as modules.
  writeFileSync(path.join(serverDir, "package.json"), JSON.stringify({ type: "module" }));
  try {
    const entryNamed = (name: string) => serverOutput.output.find((f) => f.type === "chunk" && f.isEntry && f.name === name);
    const entry = entryNamed("server");
    const workerEntry = entryNamed("render-worker");
    if (!entry || !workerEntry) throw new Error(`the server build of ${SERVER_ENTRY} and ${RENDER_WORKER_ENTRY} produced no entry for them`);
    const bundle = pathToFileURL(path.join(serverDir, entry.fileName)).href;
    const { renderPageFromData, renderOfflinePage } = (await import(bundle)) as {
      renderPageFromData: (url: string, data: PageData, basename: string) => Promise<RenderedPage>;
      renderOfflinePage: OfflineRenderer;
    };
    const news = built();
    if (!news) throw new Error("the news plugin built no corpus");
    // A large site is rendered on every core; a small one in this thread (workers take ~0.5 s to start).
    // Render workers started while ranking still ran (to draw the list pages meanwhile) saved
    // ~3 s at 100,000 but ran beside the ranking worker: the build's peak rose by ~0.25 GB. They
    // start once it is done, and draw the list pages while the articles' keys are worked out.
    await news.ranked?.();
    const context = { outDir, bodies: news.bodies.dir, publicDir: news.bodies.publicDir, base };
    const template = templateFrom(clientOutput, readFileSync(path.join(outDir, "index.html"), "utf8"), base, base);
    const large = news.corpus.summaries.length >= RENDER_POOL_FROM;
    // The workers' memory comes on top of this thread's: what it no longer needs goes first.
    if (large) collectGarbageFully();
    const worker = pathToFileURL(path.join(serverDir, workerEntry.fileName));
    const pool = large ? createRenderPool(bundle, { context, template, index: pageIndexOf(news.corpus) }, { worker }) : null;
    const started = Date.now();
    // The last build's page fingerprints for this output folder: unchanged pages are not rendered again.
    const disk = diskCache(client.config.root);
    const fingerprintsName = `pages-${cacheKey(outDir)}`;
    const previous = new Map(Object.entries(disk.read<Record<string, string>>(fingerprintsName) ?? {}));
    const prerendered = prerender({
      outDir,
      corpus: news.corpus,
      template,
      render: rendererInThread(renderPageFromData, context),
      ...(pool ? { write: pool.write } : {}),
      articles: news.articles,
      ...(news.articlesReady ? { articlesReady: news.articlesReady } : {}),
      renderOffline: renderOfflinePage,
      base,
      siteUrl: news.siteUrl,
      site: news.site,
      previous,
      onProgress: (done, total) => {
        if (total >= 2000 && (done % 2000 === 0 || done === total)) logger.info(`news: wrote ${done}/${total} pages`);
      },
    });
    const { pages, rendered, written, fingerprints, digests } = await prerendered.finally(() => pool?.close());
    disk.write(fingerprintsName, Object.fromEntries(fingerprints));
    news.finish?.(digests);
    logger.info(`news: ${pages} pages: ${rendered} rendered (the rest unchanged since the last build), ${written} written, in ${Date.now() - started} ms`);
    const sw = await writeServiceWorker({ root: client.config.root, outDir, base, client: clientOutput, template, warn: (m) => logger.warn(m) });
    logger.info(`news: sw.js (${kB(sw.workerBytes)}) precaches ${sw.entries.length} files, ${kB(sw.precacheBytes)}`);
    // The output folder is not emptied before a build (vite.config.ts): what this one did not
    // produce — a removed article's page and data, an old build's chunks — goes now.
    for (const file of clientOutput.output) keep(outDir, file.fileName);
    for (const file of news.dataFiles) keep(outDir, file);
    const publicDir = client.config.publicDir;
    if (publicDir && existsSync(publicDir)) {
      for (const entry of readdirSync(publicDir, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) keep(outDir, path.relative(publicDir, path.join(entry.parentPath, entry.name)));
      }
    }
    const removed = sweep(outDir);
    if (removed > 0) logger.info(`news: removed ${removed} files no longer in the site`);
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
    // Problems and the summary count come last, where they are read.
    built()?.report();
  }
}

/** The server bundle's folder, kept on globalThis: Vite loads the config file anew for each environment, each load a module of its own. */
const SERVER_DIR = Symbol.for("news-reader.server-out-dir");

/**
 * Where the throwaway server bundle goes: outside the project, which Tailwind scans. One folder
 * until a build removes it: Vite runs the plugin's config hook three times a build, from three
 * loads of the config file, and a new folder each time left two empty ones in the temporary
 * directory a build (1,099 after a day of builds and tests).
 */
export function serverOutDir(): string {
  const shared = globalThis as { [SERVER_DIR]?: string };
  const known = shared[SERVER_DIR];
  if (known !== undefined && existsSync(known)) return known;
  return (shared[SERVER_DIR] = mkdtempSync(path.join(tmpdir(), "news-reader-ssr-")));
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
