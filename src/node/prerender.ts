/**
 * Prerendering: after the client build, every route becomes a static HTML file holding the
 * full page — home and its list pages, every article, and 404.html — built from the client's
 * own index.html, so the same CSS and CSP apply. After the first paint the page's boot script
 * loads the app, which hydrates.
 *
 *   /                 → index.html (the newest list pages, src/content/listing.ts)
 *   /trang/N          → trang/N/index.html, N counted from the oldest
 *   /bai-viet/<slug>  → bai-viet/<slug>/index.html
 *   /tim-kiem         → tim-kiem/index.html, with no query: the browser reads ?q= and searches
 *   /tac-gia, /chu-de, /luu-tru and their shelves (an author's, a topic's, a month's, the undated) → …/index.html
 *   (not found)       → 404.html
 *   (offline)         → offline.html, without the app: the service worker's answer for a page not saved
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { keep, writeIfChanged } from "./output.ts";
import path from "node:path";
import type { Corpus } from "../content/corpus.ts";
import { homePages, listPage, pageCountOf } from "../content/listing.ts";
import { pageIndexOf } from "./site-data.ts";
import type { NewsSource } from "../app/data/news-source.ts";
import type { PageData } from "../app/data/page-data.ts";
import { dataPaths } from "../app/data/data-paths.ts";
import type { RenderedPage } from "../app/server.tsx";
import { ROUTES, routeFile, type PageKind, type RouteKind } from "../app/routes.ts";
import { corpusShelves, shelfData, shelfPageData } from "./shelf-data.ts";
import { AUTHORS_PER_PAGE } from "../content/shelves.ts";
import { TOPICS_PER_PAGE } from "../content/topic-index.ts";
import { robotsTxt, siteRoot, sitemapFiles, type SitemapEntry } from "./sitemap.ts";
import { FEED_FILE, shelfFeeds, siteFeed } from "./feed.ts";
import { articlePage, type ArticleParts, type ArticleSource, type BodyContext } from "./article-data.ts";
import { BodyFiles } from "./body-files.ts";

/** A path no route matches, so the app renders its not-found page for 404.html. */
export const NOT_FOUND_PATH = ROUTES.notFound.toPath();

export type { PageKind };
/** A page to write: its URL, its file, and the data hydration will need (an article's, list pages', other data files by path). */
export type Route = { url: string; file: string; page: PageKind; slug?: string; lists?: number[]; data?: string[] };

/** A route of the table with its parameters, as a page to write. */
function routeOf<K extends Exclude<RouteKind, "home" | "list" | "article">>(kind: K, params: Parameters<(typeof ROUTES)[K]["toPath"]>[0]): Route {
  const shape = ROUTES[kind] as unknown as { page: PageKind; toPath(p: unknown): string; data(p: unknown): string[] };
  const data = shape.data(params);
  const url = shape.toPath(params);
  return { url, file: routeFile(kind, url), page: shape.page, ...(data.length > 0 ? { data } : {}) };
}

/** Every page of the corpus, each kind's addresses and files as the route table (routes.ts) makes them. */
export function routesOf(corpus: Corpus): Route[] {
  const { home, list, search, article, notFound } = ROUTES;
  const routes: Route[] = [{ url: home.toPath(), file: routeFile("home", home.toPath()), page: home.page, lists: homePages(corpus.listing) }];
  for (let n = 1; n <= pageCountOf(corpus.listing); n++) {
    const url = list.toPath({ page: n });
    routes.push({ url, file: routeFile("list", url), page: list.page, lists: [n] });
  }
  routes.push({ url: search.toPath(), file: routeFile("search", search.toPath()), page: search.page });
  routes.push(...shelfRoutes(corpus));
  for (const { slug } of corpus.summaries) {
    const url = article.toPath({ slug });
    routes.push({ url, file: routeFile("article", url), page: article.page, slug });
  }
  routes.push({ url: notFound.toPath(), file: routeFile("notFound", notFound.toPath()), page: notFound.page });
  return routes;
}

/** The authors' index and each author's shelf, the topics' index and each topic's, the archive, each month's shelf and the undated one, page by page. */
function shelfRoutes(corpus: Corpus): Route[] {
  const shelves = corpusShelves(corpus);
  const routes: Route[] = [routeOf("authors", undefined as never)];
  for (let n = 2; n <= Math.ceil(shelves.authors.size / AUTHORS_PER_PAGE); n++) routes.push(routeOf("authorsList", { page: n }));
  for (const { slug, listing } of shelves.authors.values()) {
    routes.push(routeOf("author", { slug }));
    for (let page = 1; page <= pageCountOf(listing); page++) routes.push(routeOf("authorList", { slug, page }));
  }
  routes.push(routeOf("topics", undefined as never));
  for (let n = 2; n <= Math.ceil(corpus.topics.topics.size / TOPICS_PER_PAGE); n++) routes.push(routeOf("topicsList", { page: n }));
  for (const { slug, listing } of corpus.topics.topics.values()) {
    routes.push(routeOf("topic", { slug }));
    for (let page = 1; page <= pageCountOf(listing); page++) routes.push(routeOf("topicList", { slug, page }));
  }
  routes.push(routeOf("archive", undefined as never));
  for (const { year, month, listing } of shelves.months.values()) {
    routes.push(routeOf("month", { year, month }));
    for (let page = 1; page <= pageCountOf(listing); page++) routes.push(routeOf("monthList", { year, month, page }));
  }
  if (shelves.undated.newestFirst.length > 0) {
    routes.push(routeOf("undated", undefined as never));
    for (let page = 1; page <= pageCountOf(shelves.undated.listing); page++) routes.push(routeOf("undatedList", { page }));
  }
  return routes;
}

/** The values of a route's data files (the shelves' and their indexes', shelf-data.ts), in its order; none for other routes. */
function shelfFiles(route: Route, corpus: Corpus): unknown[] {
  return route.data ? route.data.map((path) => shelfData(corpus, path)) : [];
}

/** The corpus as the app's NewsSource, answered from memory (no chunks, no network). */
export function sourceOf(corpus: Corpus): NewsSource {
  return {
    ...pageIndexOf(corpus),
    broken: [],
    loadArticle: (slug) => {
      const page = corpus.page(slug);
      return page ? Promise.resolve(page) : null;
    },
    loadList: (n) => {
      const list = listPage(corpus.listing, n);
      return list ? Promise.resolve(list) : null;
    },
    loadData: (path) => {
      const file = shelfData(corpus, path);
      return file === undefined || file === null ? null : Promise.resolve(file);
    },
  };
}

/**
 * What a route's page is rendered from: the page index (the same for every route), and its
 * article's page or its list pages. `withArticle: false` leaves the article's page null, for a
 * renderer that reads it from the data file the build wrote.
 */
export function pageDataOf(
  route: Route,
  corpus: Corpus,
  index: PageData["index"] = pageIndexOf(corpus),
  withArticle = true,
  /** Its data files' values, in route.data's order, when the caller has them (shelfFiles). */
  files: readonly unknown[] = shelfFiles(route, corpus),
): PageData {
  const data: PageData = { index };
  if (route.slug !== undefined) data.article = { slug: route.slug, page: withArticle ? corpus.page(route.slug) : null };
  if (route.lists) data.lists = Object.fromEntries(route.lists.map((n) => [n, listPage(corpus.listing, n)]));
  if (route.data) data.files = Object.fromEntries(route.data.map((path, i) => [path, files[i] ?? null]));
  return data;
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export type Template = {
  /** The client's index.html without its entry script and modulepreloads (the boot script loads them). */
  html: string;
  /** The head script (src/app/boot.ts: the reader's preferences, then the app once painted), as a /-absolute URL with the base. */
  boot: string;
  /** The web app manifest's URL, linked by the boot script after the first paint; null: none. */
  manifest: string | null;
  /** The entry chunk and every chunk it imports, dependencies first: what the boot script evaluates. */
  entry: string[];
  /** The fonts every page sets its text in, as /-absolute URLs with the base: the stylesheet loads them, the service worker keeps them. */
  fonts: string[];
  /** The base path, for the data files' URLs (src/app/data/data-paths.ts); null: a build without data. */
  data: string | null;
  /** The code-split chunks each kind of page needs beyond the entry (the page and its imports). */
  pageChunks: Partial<Record<PageKind, string[]>>;
};

/**
 * One page's document: the template with the page's head tags, head script and body filled in.
 *
 * The app's JavaScript is not loaded by the HTML itself: the page is complete without it, and
 * on a slow link fetching it next to the stylesheet and the fonts would delay the first paint.
 * The head script (src/app/boot.ts, a tiny classic script) requests it right after the first
 * paint instead — the entry and its chunks (`data-load`) together with everything
 * hydration will wait for (`data-preload`: the page's code; `data-fetch`: data/index.json and the
 * page's own data file), all in parallel — then evaluates the entry.
 */
export function documentFor(template: Template, route: Route, page: RenderedPage, { app = true }: DocumentOptions = {}): string {
  const modules = (template.pageChunks[route.page] ?? []).filter((href) => !template.entry.includes(href));
  const base = template.data;
  const data =
    base === null
      ? []
      : [
          base + dataPaths.index,
          ...(route.slug !== undefined ? [base + dataPaths.article(route.slug)] : []),
          ...(route.lists ?? []).map((n) => base + dataPaths.list(n)),
          ...(route.data ?? []).map((path) => base + path),
        ];
  const { top, beforeHeadEnd, sep, middle, bottom, entry } = templateParts(template);
  // The page's title and meta first, ahead of the scripts and styles; then the head script
  // (src/app/boot.ts), blocking on purpose: it applies the reader's preferences before the
  // stylesheet, so a reader who chose dark mode or larger text never sees a frame of the
  // defaults, and once the page is painted it loads the app (not on a page without it).
  const lists = app
    ? ` data-load="${entry}" data-preload="${listOfUrls(modules)}" data-fetch="${listOfUrls(data)}"${template.manifest ? ` data-manifest="${escapeAttr(template.manifest)}"` : ""}`
    : "";
  const head = `${page.head}\n    <script src="${escapeAttr(template.boot)}"${lists}></script>`;
  // 404.html answers any unknown address; the mark tells the client not to look for one.
  const mark = route.page === "other" && app ? ' data-status="404"' : "";
  return `${top}${head}${sep}${beforeHeadEnd}</head>${middle}<div id="root"${mark}>${page.body}</div>${bottom}`;
}

/** A template cut where every page's parts go, once per template: 100,000 pages searched it 4 times each. */
type TemplateParts = { top: string; beforeHeadEnd: string; sep: string; middle: string; bottom: string; entry: string };
const templatePartsOf = new WeakMap<Template, TemplateParts>();
const ROOT_ELEMENT = '<div id="root"></div>';

function templateParts(template: Template): TemplateParts {
  let parts = templatePartsOf.get(template);
  if (parts) return parts;
  const { html } = template;
  const rootAt = html.indexOf(ROOT_ELEMENT);
  if (rootAt < 0) throw new Error(`index.html has no ${ROOT_ELEMENT}`);
  const headEnd = html.indexOf("</head>");
  if (headEnd < 0 || headEnd > rootAt) throw new Error("index.html has no </head> before its root element");
  // The page's head goes before the first script or stylesheet, or at the end of <head> when there is none.
  const firstScript = html.search(/<script\b|<link rel="stylesheet"/);
  const inHead = firstScript >= 0 && firstScript < headEnd;
  parts = {
    top: html.slice(0, inHead ? firstScript : headEnd),
    beforeHeadEnd: inHead ? html.slice(firstScript, headEnd) : "",
    sep: inHead ? "\n    " : "\n",
    middle: html.slice(headEnd + "</head>".length, rootAt),
    bottom: html.slice(rootAt + ROOT_ELEMENT.length),
    entry: listOfUrls(template.entry),
  };
  templatePartsOf.set(template, parts);
  return parts;
}

/** URLs as one attribute's value, separated by spaces (the boot script splits it). */
function listOfUrls(hrefs: readonly string[]): string {
  for (const href of hrefs) if (/\s/.test(href)) throw new Error(`a chunk URL with white space cannot go in a list: ${href}`);
  return escapeAttr(hrefs.join(" "));
}

/** `app: false` — a page without the app (offline.html): no boot script, nothing for the app to read. */
export type DocumentOptions = { app?: boolean };

/** The page the service worker answers with offline for a page it has not saved (src/app/offline/sw.ts). */
export const OFFLINE_FILE = "offline.html";
/**
 * The app with no page in it: what the service worker answers offline for a page whose data it
 * keeps but not its HTML (an article reached by a link in the app, or by search). The app then
 * renders that page from the kept data, as it does in development.
 */
export const SHELL_FILE = "shell.html";

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
export function pageFingerprint(templateKey: string, route: Route, corpus: Corpus, written?: { digest: string }, files = shelfFiles(route, corpus)): string | null {
  let data: unknown;
  if (route.page === "article" && route.slug !== undefined) data = written ? written.digest : corpus.page(route.slug);
  else if (route.page === "home" && route.url !== "/" && route.lists?.length === 1) {
    const n = route.lists[0]!;
    data = [listPage(corpus.listing, n), n < pageCountOf(corpus.listing)];
  } else if (route.data) data = shelfPageData(route.data, files);
  else return null;
  return createHash("sha1").update(templateKey).update("\0").update(route.url).update("\0").update(JSON.stringify(data)).digest("hex").slice(0, 16);
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
    // A shelf's files, made once for its fingerprint and its data.
    const files = shelfFiles(route, corpus);
    const fingerprint = written?.digest === null ? null : pageFingerprint(key, route, corpus, known, files);
    if (fingerprint !== null) fingerprints.set(route.url, fingerprint);
    const same = fingerprint !== null && options.previous?.get(route.url) === fingerprint && existsSync(path.join(outDir, route.file));
    if (same) {
      keep(outDir, route.file);
      options.onProgress?.(++done, routes.length);
      continue;
    }
    const article: ArticleSource | undefined = written ? { name: written.name, ...(written.digest === null ? { build: written.parts() } : {}) } : undefined;
    const { index: _, ...data } = pageDataOf(route, corpus, index, !written, files);
    const task = write({ url: base.replace(/\/$/, "") + route.url, route, data, ...(article ? { article } : {}) }).then((result) => {
      rendered++;
      if (written?.digest === null) {
        if (!result.digest) throw new Error(`the renderer made no data file for ${route.url}`);
        digests.set(route.slug!, result.digest);
        fingerprints.set(route.url, pageFingerprint(key, route, corpus, { digest: result.digest })!);
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
    // Not a route: the service worker's answer offline for any page it has not saved.
    const offline = { url: OFFLINE_FILE, file: OFFLINE_FILE, page: "other" } as const;
    writeIfChanged(outDir, OFFLINE_FILE, documentFor(template, offline, options.renderOffline(source, base), { app: false }));
    // An article's chunk preloaded with the app: the shell serves articles (and list pages).
    const shell = { url: SHELL_FILE, file: SHELL_FILE, page: "article" } as const;
    const title = escapeAttr(options.site?.name ?? "");
    const description = escapeAttr(options.site?.description ?? "");
    const head = [`<title>${title}</title>`, `<meta name="description" content="${description}">`, `<meta name="robots" content="noindex">`].join("\n    ");
    writeIfChanged(outDir, SHELL_FILE, documentFor(template, shell, { head, body: "" }));
  }
  return { pages: done, rendered, written: writtenPages, fingerprints, digests };
}

/**
 * Home and every article once, with its date, then the archive's ways in — the authors' index and
 * each author's page, the topics' index and each topic's, the archive and each month's page — with their newest article's date, into
 * sitemap files of at most 50,000 URLs; robots.txt names their index.
 */
export function writeSitemaps(outDir: string, corpus: Corpus, root: string): void {
  const shelves = corpusShelves(corpus);
  function* entries(): Generator<SitemapEntry> {
    const newest = corpus.summaries[0]?.publishedAt ?? null;
    yield { path: ROUTES.home.toPath(), lastmod: newest };
    for (const s of corpus.summaries) yield { path: ROUTES.article.toPath({ slug: s.slug }), lastmod: s.publishedAt };
    yield { path: ROUTES.authors.toPath(), lastmod: newest };
    for (const { slug, newestFirst } of shelves.authors.values()) yield { path: ROUTES.author.toPath({ slug }), lastmod: newestFirst[0]?.publishedAt ?? null };
    yield { path: ROUTES.topics.toPath(), lastmod: newest };
    for (const { slug, newestFirst } of corpus.topics.topics.values()) yield { path: ROUTES.topic.toPath({ slug }), lastmod: newestFirst[0]?.publishedAt ?? null };
    yield { path: ROUTES.archive.toPath(), lastmod: newest };
    for (const { year, month, newestFirst } of shelves.months.values()) yield { path: ROUTES.month.toPath({ year, month }), lastmod: newestFirst[0]?.publishedAt ?? null };
  }
  for (const [name, xml] of sitemapFiles(entries(), root)) writeIfChanged(outDir, name, xml);
  writeIfChanged(outDir, "robots.txt", robotsTxt(root));
}
