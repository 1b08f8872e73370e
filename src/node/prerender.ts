/**
 * Prerendering: after the client build, every route (page-routes.ts) becomes a static HTML file
 * holding the full page (page-document.ts), rendered in this thread or by a pool of render
 * workers, and written only when its bytes changed; then the sitemaps, the feeds, offline.html
 * and shell.html. After the first paint the page's boot script loads the app, which hydrates.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { keep, writeIfChanged } from "./output.ts";
import path from "node:path";
import type { Corpus } from "../content/corpus.ts";
import { listPage, pageCountOf } from "../content/listing.ts";
import { pageIndexOf } from "./site-data.ts";
import type { NewsSource } from "../app/data/news-source.ts";
import type { PageData } from "../app/data/page-data.ts";
import type { RenderedPage } from "../app/server.tsx";
import { shelfPages, type ShelfPages } from "./shelf-data.ts";
import { robotsTxt, siteRoot, sitemapFiles } from "./sitemap.ts";
import { FEED_FILE, shelfFeeds, siteFeed } from "./feed.ts";
import { articlePage, type ArticleParts, type ArticleSource, type BodyContext } from "./article-data.ts";
import { BodyFiles } from "./body-files.ts";
import { OFFLINE_FILE, SHELL_FILE, documentFor, offlineDocument, shellDocument, type Template } from "./page-document.ts";
import { pageDataOf, routesOf, sitemapEntries, sourceOf, type Route } from "./page-routes.ts";


/**
 * Renders one page from its data (src/app/server.tsx renderPageFromData, in this thread or a
 * worker's). With `article` (an article's data file under outDir) the renderer reads the
 * article's page from the file, or, when the build left the file to be made with its page
 * (article-data.ts), makes and writes it and says its digest: the thread handing out pages never
 * holds a body.
 */
export type Renderer = (url: string, data: PageData, basename: string, article?: ArticleSource) => Promise<RenderedArticle>;
/** A rendered page, with the digest of the data file made for it, if one was. */
export type RenderedArticle = RenderedPage & { digest?: string };

/** renderPageFromData as a Renderer in this thread, reading or making the article's data file as a worker does. */
export function rendererInThread(render: (url: string, data: PageData, basename: string) => Promise<RenderedPage>, context: BodyContext): Renderer {
  const bodies = context.bodies ? new BodyFiles(context.bodies) : null;
  return async (url, data, basename, article) => {
    if (article === undefined || !data.article) return render(url, data, basename);
    const { page, digest } = articlePage(article, context, bodies);
    const rendered = await render(url, { ...data, article: { ...data.article, page } }, basename);
    return digest ? { ...rendered, digest } : rendered;
  };
}

/** One page to write: its address, its route, its data but the page index (the same for every page: the writer has it), its article's data file. */
export type PageTask = { url: string; route: Route; data: Omit<PageData, "index">; article?: ArticleSource };
/**
 * Renders a page and writes its HTML under outDir when its bytes changed, in this thread or a
 * render worker's (render-pool.ts): whether it wrote, and the digest of a data file made with it.
 */
export type PageWriter = (task: PageTask) => Promise<{ written: boolean; digest?: string }>;

/** A PageWriter in this thread, from a Renderer. */
export function writerInThread(render: Renderer, options: { outDir: string; template: Template; index: PageData["index"]; base: string }): PageWriter {
  return async ({ url, route, data, article }) => {
    const page = await render(url, { ...data, index: options.index }, options.base, article);
    const written = writeIfChanged(options.outDir, route.file, documentFor(options.template, route, page));
    return page.digest ? { written, digest: page.digest } : { written };
  };
}

/**
 * An article's data file as the build left it: its name under outDir, and the digest of its
 * bytes; a null digest when the file is to be made with its page, from `parts`.
 */
export type WrittenArticle = { name: string; digest: string } | { name: string; digest: null; parts: () => ArticleParts };
export type OfflineRenderer = (source: NewsSource, basename: string) => RenderedPage;

/**
 * What a page's HTML is made of, as a hash: the template (which names every code chunk by its
 * content, so any change of the app's code changes it), the address, and the page's own data —
 * an article's page (article, related, previous, next), a list page's summaries and whether a
 * newer page exists, a shelf's page its files. Null for the pages that show what changes with every
 * article (home, search, 404): those are always rendered.
 */
export function pageFingerprint(templateKey: string, route: Route, corpus: Corpus, written?: { digest: string }, shelves: ShelfPages = shelfPages(corpus)): string | null {
  let text: string;
  if (route.page === "article" && route.slug !== undefined) text = written ? written.digest : JSON.stringify(corpus.page(route.slug));
  else if (route.page === "home" && route.url !== "/" && route.lists?.length === 1) {
    const n = route.lists[0]!;
    text = JSON.stringify([listPage(corpus.listing, n), n < pageCountOf(corpus.listing)]);
  } else if (route.data) text = shelves.shown(route.data);
  else return null;
  return createHash("sha1").update(templateKey).update("\0").update(route.url).update("\0").update(text).digest("hex").slice(0, 16);
}

/** Pages being rendered at once (by a pool of workers, or one after another in this thread). */
const IN_FLIGHT = 64;

/** The key of everything a page shares with every other: the template, so the code and the base path. */
export const templateKey = (template: Template): string => createHash("sha1").update(JSON.stringify(template)).digest("hex").slice(0, 16);

/**
 * Writes every route's HTML into outDir, each only when its bytes changed. With `previous` (the
 * fingerprints of the last build into this folder), a page whose fingerprint is unchanged and
 * whose file is there is not even rendered: a rebuild after 100 new articles renders the pages
 * they touch. Returns how many pages there are, how many were rendered and written, and the
 * fingerprints to keep for the next build.
 */
export async function prerender(options: {
  outDir: string;
  corpus: Corpus;
  template: Template;
  /** How pages are rendered in this thread; `write`, when given, renders and writes them instead (a pool of workers). */
  render: Renderer;
  write?: PageWriter;
  base: string;
  onProgress?: (done: number, total: number) => void;
  /** offline.html's page (src/app/server.tsx renderOfflinePage); none, no offline.html. */
  renderOffline?: OfflineRenderer;
  /** The public origin (SITE_URL): with it, sitemap.xml and its files, and robots.txt naming them. */
  siteUrl?: string;
  /** The site's name and description (site-settings.ts): with siteUrl, the feed rss.xml. */
  site?: { name: string; description: string };
  /** The last build's page fingerprints (url → fingerprint), from the cache. */
  previous?: ReadonlyMap<string, string>;
  /** The articles' data files the build wrote or left to be made with their pages, by slug: pages are rendered from them. */
  articles?: ReadonlyMap<string, WrittenArticle>;
  /** Settles once `articles` is filled: awaited at the first article, the pages before it already handed out. */
  articlesReady?: () => Promise<void>;
}): Promise<{ pages: number; rendered: number; written: number; fingerprints: Map<string, string>; digests: Map<string, string> }> {
  const { outDir, corpus, template, render, base } = options;
  let writtenPages = 0;
  let rendered = 0;
  const source = sourceOf(corpus);
  const routes = routesOf(corpus);
  const key = templateKey(template);
  const index = pageIndexOf(corpus);
  // A shelf's head made once for all its pages.
  const shelves = shelfPages(corpus);
  const write = options.write ?? writerInThread(render, { outDir, template, index, base });
  const fingerprints = new Map<string, string>();
  let done = 0;
  // Pages in flight at once: enough to keep every render worker busy, few enough to bound memory.
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  /** The digests of the data files made with their pages. */
  const digests = new Map<string, string>();
  let articlesReady = options.articlesReady;
  for (const route of routes) {
    if (failure) break;
    if (route.page === "article" && articlesReady) {
      await articlesReady();
      articlesReady = undefined;
    }
    const written = route.slug !== undefined ? options.articles?.get(route.slug) : undefined;
    // A data file still to be made: the page is rendered with it, its fingerprint known after.
    const known = written?.digest === null ? undefined : written;
    const fingerprint = written?.digest === null ? null : pageFingerprint(key, route, corpus, known, shelves);
    if (fingerprint !== null) fingerprints.set(route.url, fingerprint);
    const same = fingerprint !== null && options.previous?.get(route.url) === fingerprint && existsSync(path.join(outDir, route.file));
    if (same) {
      keep(outDir, route.file);
      options.onProgress?.(++done, routes.length);
      continue;
    }
    const article: ArticleSource | undefined = written ? { name: written.name, ...(written.digest === null ? { build: written.parts() } : {}) } : undefined;
    const { index: _, ...data } = pageDataOf(route, corpus, index, !written, route.data ? shelves.files(route.data) : []);
    const task = write({ url: base.replace(/\/$/, "") + route.url, route, data, ...(article ? { article } : {}) }).then((result) => {
      rendered++;
      if (written?.digest === null) {
        if (!result.digest) throw new Error(`the renderer made no data file for ${route.url}`);
        digests.set(route.slug!, result.digest);
        fingerprints.set(route.url, pageFingerprint(key, route, corpus, { digest: result.digest }, shelves)!);
      }
      // Written here or by a worker: the sweep spares it either way.
      keep(outDir, route.file);
      if (result.written) writtenPages++;
      options.onProgress?.(++done, routes.length);
    });
    const tracked: Promise<void> = task
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure.error;
  if (options.siteUrl !== undefined) writeSitemaps(outDir, corpus, siteRoot(options.siteUrl, base));
  if (options.siteUrl !== undefined && options.site) {
    const root = siteRoot(options.siteUrl, base);
    writeIfChanged(outDir, FEED_FILE, siteFeed(corpus, root, options.site));
    for (const [file, xml] of shelfFeeds(corpus, root, options.site)) writeIfChanged(outDir, file, xml);
  }
  if (options.renderOffline) {
    // Not routes: the service worker's answers offline, for a page it has not saved and for one
    // whose data it keeps but not its HTML (the app then renders it, as in development).
    writeIfChanged(outDir, OFFLINE_FILE, offlineDocument(template, options.renderOffline(source, base)));
    writeIfChanged(outDir, SHELL_FILE, shellDocument(template, options.site));
  }
  return { pages: done, rendered, written: writtenPages, fingerprints, digests };
}

/** The sitemap files (at most 50,000 URLs each) of every page page-routes.ts lists for it; robots.txt names their index. */
export function writeSitemaps(outDir: string, corpus: Corpus, root: string): void {
  for (const [name, xml] of sitemapFiles(sitemapEntries(corpus), root)) writeIfChanged(outDir, name, xml);
  writeIfChanged(outDir, "robots.txt", robotsTxt(root));
}
