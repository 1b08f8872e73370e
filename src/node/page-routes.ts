/**
 * The pages a build writes, in the order it writes them — home and its list pages, search, the
 * archive's ways in (authors, topics, months), every article, 404.html — each with its URL and
 * file from the route table (src/app/routes.ts) and the data its hydration reads; and the corpus
 * as the NewsSource those pages are rendered from.
 *
 *   /                 → index.html (the newest list pages, src/content/listing.ts)
 *   /trang/N          → trang/N/index.html, N counted from the oldest
 *   /bai-viet/<slug>  → bai-viet/<slug>/index.html
 *   /tim-kiem         → tim-kiem/index.html, with no query: the browser reads ?q= and searches
 *   /tac-gia, /chu-de, /luu-tru and their shelves (an author's, a topic's, a month's, the undated) → …/index.html
 *   (not found)       → 404.html
 */
import type { Corpus } from "../content/corpus.ts";
import { homePages, listPage, pageCountOf } from "../content/listing.ts";
import { pageIndexOf } from "./site-data.ts";
import type { NewsSource } from "../app/data/news-source.ts";
import type { PageData } from "../app/data/page-data.ts";
import { ROUTES, routeFile, type PageKind, type RouteKind } from "../app/routes.ts";
import { corpusShelves, shelfData } from "./shelf-data.ts";
import { AUTHORS_PER_PAGE } from "../content/shelves.ts";
import { TOPICS_PER_PAGE } from "../content/topic-index.ts";
import type { SitemapEntry } from "./sitemap.ts";

/** A path no route matches, so the app renders its not-found page for 404.html. */
export const NOT_FOUND_PATH = ROUTES.notFound.toPath();

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
export function shelfFiles(route: Route, corpus: Corpus): unknown[] {
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

/**
 * The sitemap's entries: home and every article once, with its date, then the archive's ways in —
 * the authors' index and each author's page, the topics' index and each topic's, the archive and
 * each month's page — with their newest article's date.
 */
export function* sitemapEntries(corpus: Corpus): Generator<SitemapEntry> {
  const shelves = corpusShelves(corpus);
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
