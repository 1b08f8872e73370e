/**
 * The service worker: offline reading (docs/deploying.md#offline-reading). Bundled on its own into
 * `<base>sw.js` by src/node/service-worker.ts, which builds the precache list in (`__PRECACHE__`),
 * and registered by src/app/offline/register.ts once a page is idle after hydration.
 *
 * Precached when it installs: the app shell (the app's code, stylesheet, fonts, icons, manifest),
 * home with its data, and offline.html. Kept as they are read, in caches of their own:
 *
 *   pages: home, /trang/N, /bai-viet/<slug>, /tim-kiem    network first (3 s), else the copy kept
 *   data files, data/index.json, data/{a,p,author,month…}/… network first (3 s), else the copy kept
 *   the search index's files, data/search/…                 network first (3 s), else the copy kept, a cache of their own
 *   other assets, content-hashed                            cache first
 *   images                                                  stale while revalidate
 *
 * So an article read once opens again without a network — its page, its code and its data — and
 * any other page offline is offline.html, listing the articles kept. The page this worker is
 * registered from was loaded before it existed: it fetches that page once more when it activates.
 *
 * Updates: every build lists new files, so a new build is a new sw.js. It installs, takes over at
 * once (skipWaiting, clients.claim) and drops the old precache, after keeping the old version's
 * assets for pages that still use them (an open tab, a page kept under the old version).
 * register.ts makes an open tab load a whole new page at its next link.
 */
import { cacheNames } from "workbox-core";
import { CacheExpiration, ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from "workbox-precaching";
import type { RouteHandlerCallbackOptions } from "workbox-core/types.js";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from "workbox-strategies";
import { ROUTES, matchRoute, offlinePagesSource, patternSource } from "../routes";
import { appModules, titleOf, withSavedPages, withoutApp, type SavedPage } from "./pages";

// The worker's own globals, declared here: the project's TypeScript program has the DOM's.
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
declare const self: {
  location: Location;
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: "window"; includeUncontrolled: boolean }): Promise<ReadonlyArray<{ url: string }>> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
};
declare const __PRECACHE__: PrecacheEntry[];
/** The app shell, listed by the build (once: each use of the define would be a copy). */
const PRECACHE = __PRECACHE__;

const base = new URL(self.registration.scope).pathname;
const origin = self.location.origin;
const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Pages kept for offline reading: every kind the route table (routes.ts) marks so. */
const PAGE = new RegExp(`^${escaped}${offlinePagesSource()}$`);
const ARTICLE = new RegExp(`^${escaped}${patternSource(ROUTES.article.pattern).slice(1)}/?$`);
/** The site's index, or a page's data: an article's, a list page's, a shelf's (src/app/data/data-paths.ts); not the search index's. */
const DATA = new RegExp(`^${escaped}data/(?!search/)(?:[a-z0-9-]+/)*[a-z0-9-]+\\.json$`);
/** A file of the sharded search index (src/content/search-shards.ts): a query fetches a few. */
const SEARCH = new RegExp(`^${escaped}data/search/[^?#]+$`);
const ASSETS = `${base}assets/`;

const CACHE = { pages: "news-pages", data: "news-data", search: "news-search", assets: "news-assets", images: "news-images" } as const;
/** How many of each are kept, the least recently used dropped first. */
const LIMITS = { pages: 200, data: 400, search: 1000, assets: 120, images: 200 } as const;
/** How many saved articles offline.html lists, the latest read first. */
const SAVED_SHOWN = 50;

const html = (body: string, status = 200) => new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8" } });

/**
 * A kept page offline: as it is when everything its app loads is at hand, else without the app —
 * it still reads completely, and the app failing to load its data would replace the article with
 * an error page.
 */
async function usable(response: Response): Promise<Response> {
  const text = await response.clone().text();
  const missing = await Promise.all(appModules(text).map(async (url) => !(await caches.match(url, { ignoreVary: true }))));
  return missing.includes(true) ? html(withoutApp(text), response.status) : response;
}

const pages = new NetworkFirst({
  cacheName: CACHE.pages,
  networkTimeoutSeconds: 3,
  // One copy per page, whatever its query string or the Vary of the response it came in.
  matchOptions: { ignoreSearch: true, ignoreVary: true },
  plugins: [
    new ExpirationPlugin({ maxEntries: LIMITS.pages }),
    { cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? usable(cachedResponse) : cachedResponse) },
  ],
});
// A URL names one content here: the copy is right whatever Origin or encoding it was fetched with.
const anyVary = { ignoreVary: true };
// Data files keep their address when their content changes (a rebuild rewrites only those): the
// network's copy first, so a page and its data are of one build; the kept copy offline.
const data = new NetworkFirst({ cacheName: CACHE.data, networkTimeoutSeconds: 3, matchOptions: anyVary, plugins: [new ExpirationPlugin({ maxEntries: LIMITS.data })] });
const search = new NetworkFirst({ cacheName: CACHE.search, networkTimeoutSeconds: 3, matchOptions: anyVary, plugins: [new ExpirationPlugin({ maxEntries: LIMITS.search })] });
const assets = new CacheFirst({ cacheName: CACHE.assets, matchOptions: anyVary, plugins: [new ExpirationPlugin({ maxEntries: LIMITS.assets })] });
const images = new StaleWhileRevalidate({ cacheName: CACHE.images, matchOptions: anyVary, plugins: [new ExpirationPlugin({ maxEntries: LIMITS.images })] });

/**
 * The articles that can be read offline, the latest kept first, with their headlines: those whose
 * page is kept, then those whose data is (reached by a link in the app, or fetched ahead of a
 * click), which the app's shell renders.
 */
async function savedPages(): Promise<SavedPage[]> {
  const saved: SavedPage[] = [];
  const add = (href: string, title: string | null) => {
    if (title && !saved.some((page) => page.href === href)) saved.push({ href, title });
  };
  // A page put again goes to the end of the cache's list: the latest read come last.
  const pagesKept = await caches.open(CACHE.pages);
  for (const request of [...(await pagesKept.keys())].reverse()) {
    const { pathname } = new URL(request.url);
    if (!ARTICLE.test(pathname)) continue;
    const response = await pagesKept.match(request);
    add(pathname, response ? titleOf(await response.text()) : null);
    if (saved.length >= SAVED_SHOWN) return saved;
  }
  const dataKept = await caches.open(CACHE.data);
  for (const request of [...(await dataKept.keys())].reverse()) {
    const slug = ARTICLE_DATA.exec(new URL(request.url).pathname)?.[1];
    if (!slug) continue;
    const response = await dataKept.match(request);
    const title = response ? await response.json().then((page: { article?: { title?: string } }) => page.article?.title ?? null, () => null) : null;
    add(base + ROUTES.article.toPath({ slug }).slice(1), title);
    if (saved.length >= SAVED_SHOWN) break;
  }
  return saved;
}

/** An article's data file below the base, its slug captured. */
const ARTICLE_DATA = new RegExp(`^${escaped}data/a/([^/]+)\\.json$`);

/**
 * The app's shell for a page whose HTML is not kept but whose data is: an article, a list page, a
 * shelf or an index reached by a link in the app. The app renders it from the kept data; undefined when something
 * it reads is missing.
 */
async function shellFor(url: URL): Promise<Response | undefined> {
  const { kind, params } = matchRoute(`/${url.pathname.slice(base.length)}`);
  // Home's files depend on the index (its newest pages), which the precached home page stands for.
  const files = kind === "home" ? [] : (ROUTES[kind].data as (p: Readonly<Record<string, string>>) => string[])(params);
  if (files.length === 0) return undefined;
  for (const file of [...files, "data/index.json"]) if (!(await caches.match(base + file, { ignoreVary: true }))) return undefined;
  return matchPrecache(`${base}shell.html`);
}

/** The answer offline for a page not kept: home from the precache, a page whose data is kept in the app's shell, else offline.html with the articles kept. */
async function offline(url: URL): Promise<Response> {
  const home = url.pathname === base ? await matchPrecache(`${base}index.html`) : undefined;
  if (home) return home;
  const shell = await shellFor(url);
  if (shell) return shell;
  const page = await matchPrecache(`${base}offline.html`);
  if (!page) return Response.error();
  return html(withSavedPages(await page.text(), await savedPages()));
}

// Navigations first, ahead of the precache's route (which would answer "/" from the precache).
registerRoute(
  ({ request }) => request.mode === "navigate",
  async (options: RouteHandlerCallbackOptions) => {
    const { url, request } = options;
    try {
      if (url.origin === origin && PAGE.test(url.pathname)) return await pages.handle(options);
      return await fetch(request);
    } catch {
      return offline(url);
    }
  },
);

cleanupOutdatedCaches();
precacheAndRoute(PRECACHE);

registerRoute(({ url }) => url.origin === origin && DATA.test(url.pathname), data);
registerRoute(({ url }) => url.origin === origin && SEARCH.test(url.pathname), search);
registerRoute(({ url }) => url.origin === origin && url.pathname.startsWith(ASSETS), assets);
registerRoute(({ url, request }) => url.origin === origin && request.destination === "image", images);

/**
 * Before the new precache replaces the old one: the old version's assets it drops go to the
 * assets cache, where a page still on the old version — a tab open during the update, a page
 * kept offline under it — finds its code and stylesheet.
 */
async function keepOutgoingAssets(): Promise<void> {
  const current = new Set(PRECACHE.map((entry) => new URL(entry.url, self.location.href).href));
  const precache = await caches.open(cacheNames.precache);
  const kept = await caches.open(CACHE.assets);
  const expiration = new CacheExpiration(CACHE.assets, { maxEntries: LIMITS.assets });
  for (const request of await precache.keys()) {
    if (current.has(request.url) || !new URL(request.url).pathname.startsWith(ASSETS)) continue;
    const response = await precache.match(request);
    if (!response) continue;
    await kept.put(request.url, response);
    await expiration.updateTimestamp(request.url);
  }
  await expiration.expireEntries();
}

/** Keeps the pages open in this scope, with their data: they were loaded before this worker. */
async function keepOpenPages(event: ExtendableEvent): Promise<void> {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  await Promise.all(
    windows.map(async ({ url }) => {
      const { origin: from, pathname } = new URL(url);
      if (from !== origin || !PAGE.test(pathname)) return;
      try {
        const response = await pages.handle({ event, request: new Request(url) });
        const modules = appModules(await response.text()).filter((module) => DATA.test(new URL(module, url).pathname));
        await Promise.all(modules.map((module) => data.handle({ event, request: new Request(new URL(module, url)) })));
      } catch {
        // Offline, or the page is gone: nothing to keep.
      }
    }),
  );
}

self.addEventListener("install", (event) => {
  void self.skipWaiting();
  event.waitUntil(keepOutgoingAssets().catch(() => undefined));
});

// The open pages are kept before the worker claims them: once a page is controlled, it reads offline.
self.addEventListener("activate", (event) => {
  event.waitUntil(keepOpenPages(event).catch(() => undefined).then(() => self.clients.claim()));
});
