/**
 * Every URL shape of the site, in one table: for each kind of page its path pattern (React
 * Router's syntax), how to make its path (and from it the file a build writes, routeFile), the
 * page module that shows it, and the data files it reads (src/app/data/data-paths.ts). The router (App.tsx), page
 * preparation (pages/index.ts), the prerender list and the page-chunk map (src/node), the
 * service worker's matching (offline/sw.ts) and the links (paths.ts) all derive from it, so a new
 * kind of page is one entry here and its component.
 *
 * Plain TypeScript, no React: the Node side and the service worker read it too.
 */
import { dataPaths, shelfKeys } from "./data/data-paths.ts";

/** What a route shows: the kind of page, each drawn by one page module (PAGE_MODULES). */
export type PageKind = "home" | "article" | "search" | "authors" | "topics" | "archive" | "shelf" | "other";

/** Each kind of page's module under src/app/pages/, in its own chunk but the not-found page (in the main one). */
export const PAGE_MODULES = {
  home: "HomePage",
  article: "ArticleRoute",
  search: "SearchPage",
  authors: "AuthorsPage",
  topics: "TopicsPage",
  archive: "ArchivePage",
  shelf: "ShelfPage",
  other: "NotFoundPage",
} as const satisfies Record<PageKind, string>;

type RouteShape<Params> = {
  /** React Router's path: segments, `:name` parameters, or `*` for anything else. */
  pattern: string;
  page: PageKind;
  toPath: (params: Params) => string;
  /** The data files the page reads to render (beside data/index.json, which every page reads). */
  data: (params: Params) => string[];
  /** Kept by the service worker for reading offline once seen. */
  offline: boolean;
};

/** The pages that show the archive, newest first, page by page (src/content/listing.ts). */
const LIST_PREFIX = "/trang/";
const ARTICLE_PREFIX = "/bai-viet/";
const SEARCH = "/tim-kiem";
const AUTHORS = "/tac-gia";
const TOPICS = "/chu-de";
const ARCHIVE = "/luu-tru";
const UNDATED = `${ARCHIVE}/khong-ngay`;

/** A page number or a month as a route's parameter: written as a number, read back as a string. */
type Numeric = number | string;
type Page = { page: Numeric };
type Month = { year: Numeric; month: Numeric };
// months.ts's monthKey, written here: importing that module put its other functions (and vi.ts's
// clock reading) in every page's JavaScript, which the search page's 95 kB budget has no room for.
const monthShelf = ({ year, month }: Month) => shelfKeys.month(`${year}-${String(month).padStart(2, "0")}`);

/**
 * A shelf's landing (its newest pages, from its head file) and its pages below it, numbered from
 * the oldest as home's ("/trang/N" after the landing's path): two kinds from one description.
 */
function shelf<P extends object>(page: PageKind, pattern: string, toPath: (params: P) => string, key: (params: P) => string) {
  return [
    { pattern, page, toPath, data: (params: P) => [dataPaths.shelf(key(params))], offline: true },
    {
      pattern: `${pattern}${LIST_PREFIX}:page`,
      page,
      toPath: (params: P & Page) => `${toPath(params)}${LIST_PREFIX}${params.page}`,
      data: (params: P & Page) => [dataPaths.shelf(key(params)), dataPaths.shelf(key(params), Number(params.page))],
      offline: true,
    },
  ] as const;
}

/**
 * An index of names (authors', topics'): its first page at its own path, its next ones at
 * "/trang/N" after it, numbered from the first (an A–Z list has no newest end); one data file a page.
 */
function index(page: PageKind, path: string, file: (n: number) => string) {
  return [
    { pattern: path, page, toPath: () => path, data: () => [file(1)], offline: true },
    {
      pattern: `${path}${LIST_PREFIX}:page`,
      page,
      toPath: ({ page }: Page) => `${path}${LIST_PREFIX}${page}`,
      data: ({ page }: Page) => [file(Number(page))],
      offline: true,
    },
  ] as const;
}

const [authors, authorsList] = index("authors", AUTHORS, dataPaths.authors);
const [topics, topicsList] = index("topics", TOPICS, dataPaths.topics);
const [author, authorList] = shelf("shelf", `${AUTHORS}/:slug`, ({ slug }: { slug: string }) => `${AUTHORS}/${encodeURIComponent(slug)}`, ({ slug }) => shelfKeys.author(slug));
const [topic, topicList] = shelf("shelf", `${TOPICS}/:slug`, ({ slug }: { slug: string }) => `${TOPICS}/${encodeURIComponent(slug)}`, ({ slug }) => shelfKeys.topic(slug));
const [undated, undatedList] = shelf("shelf", UNDATED, (_: object = {}) => UNDATED, () => shelfKeys.undated);
const [month, monthList] = shelf("shelf", `${ARCHIVE}/:year/:month`, ({ year, month }: Month) => `${ARCHIVE}/${year}/${Number(month)}`, monthShelf);

export const ROUTES = {
  home: {
    pattern: "/",
    page: "home",
    toPath: () => "/",
    data: ({ lists }: { lists: readonly number[] }) => lists.map(dataPaths.list),
    offline: true,
  },
  list: {
    pattern: `${LIST_PREFIX}:page`,
    page: "home",
    toPath: ({ page }: Page) => `${LIST_PREFIX}${page}`,
    data: ({ page }: Page) => [dataPaths.list(Number(page))],
    offline: true,
  },
  article: {
    pattern: `${ARTICLE_PREFIX}:slug`,
    page: "article",
    toPath: ({ slug }: { slug: string }) => ARTICLE_PREFIX + encodeURIComponent(slug),
    data: ({ slug }: { slug: string }) => [dataPaths.article(slug)],
    offline: true,
  },
  search: {
    pattern: SEARCH,
    page: "search",
    toPath: () => SEARCH,
    // Its index is fetched once the page reads the query (src/content/search-query.ts).
    data: () => [],
    offline: true,
  },
  authors,
  authorsList,
  author,
  authorList,
  topics,
  topicsList,
  topic,
  topicList,
  archive: { pattern: ARCHIVE, page: "archive", toPath: () => ARCHIVE, data: () => [dataPaths.archive], offline: true },
  undated,
  undatedList,
  month,
  monthList,
  notFound: {
    pattern: "*",
    page: "other",
    // A path no other route matches: what the build renders 404.html from.
    toPath: () => "/404",
    data: () => [],
    offline: false,
  },
} as const satisfies Record<string, RouteShape<never>>;

/**
 * The file a page is written to below the build's output folder: its path's folder's
 * index.html ("/tac-gia/x" → "tac-gia/x/index.html", what static hosts serve at the path),
 * home's index.html, and 404.html for the not-found page. Paths are ASCII (slugs), so a path
 * is its own file name.
 */
export function routeFile(kind: RouteKind, path: string): string {
  if (kind === "notFound") return "404.html";
  return path === "/" ? "index.html" : `${path.slice(1)}/index.html`;
}

export type RouteKind = keyof typeof ROUTES;

/** The site's feed below the base (not a page: src/node/feed.ts writes it, every page's head names it). */
export const FEED_FILE = "rss.xml";
/** An author's feed of their latest articles (src/node/feed.ts), below the base: "/tac-gia/<slug>/rss.xml". */
export const authorFeedPath = (slug: string): string => `${AUTHORS}/${slug}/${FEED_FILE}`;
/** A topic's feed of its latest articles: "/chu-de/<slug>/rss.xml". */
export const topicFeedPath = (slug: string): string => `${TOPICS}/${slug}/${FEED_FILE}`;
/** The author or topic whose feed a path (without the base) is, or null: what authorFeedPath or topicFeedPath made, read back. */
export function shelfOfFeedPath(pathname: string): { kind: "author" | "topic"; slug: string } | null {
  const m = new RegExp(`^(${AUTHORS}|${TOPICS})/([^/]+)/${patternSource(`/${FEED_FILE}`).slice(1)}$`).exec(pathname);
  return m ? { kind: m[1] === AUTHORS ? "author" : "topic", slug: m[2]! } : null;
}

/** The kinds in the order a path is matched: the catch-all last. */
export const ROUTE_KINDS: readonly RouteKind[] = [
  "home", "list", "article", "search",
  "authors", "authorsList", "author", "authorList",
  "topics", "topicsList", "topic", "topicList",
  "archive", "undated", "undatedList", "month", "monthList",
  "notFound",
];

/** A pattern as a regular expression's source, without anchors: parameters are one segment each. */
export function patternSource(pattern: string): string {
  if (pattern === "*") return ".*";
  return pattern
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "([^/]+)" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
}

const compiled = ROUTE_KINDS.map((kind) => {
  const { pattern } = ROUTES[kind];
  const names = pattern.split("/").filter((s) => s.startsWith(":")).map((s) => s.slice(1));
  // A trailing slash is the same page (static hosts serve a folder's index.html at both).
  const re = new RegExp(pattern === "/" || pattern === "*" ? `^${patternSource(pattern)}$` : `^${patternSource(pattern)}/?$`);
  return { kind, names, re };
});

export type RouteMatch = { kind: RouteKind; params: Record<string, string> };

/** The route a path (without the base, without query) shows, and its parameters, decoded. */
export function matchRoute(pathname: string): RouteMatch {
  for (const { kind, names, re } of compiled) {
    const m = re.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    try {
      names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
    } catch {
      continue; // a malformed escape names nothing
    }
    return { kind, params };
  }
  return { kind: "notFound", params: {} };
}

/** The kinds of page a service worker keeps for offline reading, as one pattern below `base`. */
export function offlinePagesSource(): string {
  const alternatives = ROUTE_KINDS.filter((k) => ROUTES[k].offline && ROUTES[k].pattern !== "/").map((k) => patternSource(ROUTES[k].pattern).slice(1));
  return `(?:(?:${alternatives.join("|")})/?)?`;
}
