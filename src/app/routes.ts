/**
 * Every URL shape of the site, in one table: for each kind of page its path pattern (React
 * Router's syntax), how to make its path, the file a build writes it to, the page module that
 * shows it, and the data files it reads (src/app/data/data-paths.ts). The router (App.tsx), page
 * preparation (pages/index.ts), the prerender list and the page-chunk map (src/node), the
 * service worker's matching (offline/sw.ts) and the links (paths.ts) all derive from it, so a new
 * kind of page is one entry here and its component.
 *
 * Plain TypeScript, no React: the Node side and the service worker read it too.
 */
import { dataPaths } from "./data/data-paths";

/** What a route shows: the kind of page, each drawn by one page module (PAGE_MODULES). */
export type PageKind = "home" | "article" | "search" | "other";

/** Each kind of page's module under src/app/pages/, in its own chunk but the not-found page (in the main one). */
export const PAGE_MODULES = {
  home: "HomePage",
  article: "ArticleRoute",
  search: "SearchPage",
  other: "NotFoundPage",
} as const satisfies Record<PageKind, string>;

type RouteShape<Params> = {
  /** React Router's path: segments, `:name` parameters, or `*` for anything else. */
  pattern: string;
  page: PageKind;
  toPath: (params: Params) => string;
  /** The file under the build's output folder. */
  file: (params: Params) => string;
  /** The data files the page reads to render (beside data/index.json, which every page reads). */
  data: (params: Params) => string[];
  /** Kept by the service worker for reading offline once seen. */
  offline: boolean;
};

/** The pages that show the archive, newest first, page by page (src/content/listing.ts). */
const LIST_PREFIX = "/trang/";
const ARTICLE_PREFIX = "/bai-viet/";
const SEARCH = "/tim-kiem";

export const ROUTES = {
  home: {
    pattern: "/",
    page: "home",
    toPath: () => "/",
    file: () => "index.html",
    data: ({ lists }: { lists: readonly number[] }) => lists.map(dataPaths.list),
    offline: true,
  },
  list: {
    pattern: `${LIST_PREFIX}:page`,
    page: "home",
    toPath: ({ page }: { page: number }) => `${LIST_PREFIX}${page}`,
    file: ({ page }: { page: number }) => `${LIST_PREFIX.slice(1)}${page}/index.html`,
    data: ({ page }: { page: number }) => [dataPaths.list(page)],
    offline: true,
  },
  article: {
    pattern: `${ARTICLE_PREFIX}:slug`,
    page: "article",
    toPath: ({ slug }: { slug: string }) => ARTICLE_PREFIX + encodeURIComponent(slug),
    file: ({ slug }: { slug: string }) => `${ARTICLE_PREFIX.slice(1)}${slug}/index.html`,
    data: ({ slug }: { slug: string }) => [dataPaths.article(slug)],
    offline: true,
  },
  search: {
    pattern: SEARCH,
    page: "search",
    toPath: () => SEARCH,
    file: () => `${SEARCH.slice(1)}/index.html`,
    // Its index is fetched once the page reads the query (src/content/search-query.ts).
    data: () => [],
    offline: true,
  },
  notFound: {
    pattern: "*",
    page: "other",
    // A path no other route matches: what the build renders 404.html from.
    toPath: () => "/404",
    file: () => "404.html",
    data: () => [],
    offline: false,
  },
} as const satisfies Record<string, RouteShape<never>>;

export type RouteKind = keyof typeof ROUTES;

/** The site's feed below the base (not a page: src/node/feed.ts writes it, every page's head names it). */
export const FEED_FILE = "rss.xml";
/** The kinds in the order a path is matched: the catch-all last. */
export const ROUTE_KINDS: readonly RouteKind[] = ["home", "list", "article", "search", "notFound"];

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
