/**
 * Which page a path shows, and that page's component in its own chunk. The not-found page is
 * small and shown by every route for missing things, so it stays in the main bundle.
 */
import type { ArticleStore } from "../data/article-store";
import { ROUTES, matchRoute, type PageKind } from "../routes";
import { lazyPage } from "./lazy-page";

export const HomePage = lazyPage(() => import("./HomePage").then((m) => m.HomePage));
export const ArticleRoute = lazyPage(() => import("./ArticleRoute").then((m) => m.ArticleRoute));
export const SearchPage = lazyPage(() => import("./SearchPage").then((m) => m.SearchPage));
export const AuthorsPage = lazyPage(() => import("./AuthorsPage").then((m) => m.AuthorsPage));
export const TopicsPage = lazyPage(() => import("./TopicsPage").then((m) => m.TopicsPage));
export const ArchivePage = lazyPage(() => import("./ArchivePage").then((m) => m.ArchivePage));
export const ShelfPage = lazyPage(() => import("./ShelfPage").then((m) => m.ShelfPage));

/** Each kind's page that reads its data files through the route table's `data` (the shelves and their indexes). */
const DATA_PAGES = { authors: AuthorsPage, topics: TopicsPage, archive: ArchivePage, shelf: ShelfPage } as const;

export type { PageKind } from "../routes";

/** The page a path (without the base) will render: the route table's match, as <App> routes it. */
export function pageKind(pathname: string): PageKind {
  return ROUTES[matchRoute(pathname).kind].page;
}

/**
 * Loads the code and the data of the page a path shows, so it renders without suspending:
 * the prerenderer cannot wait for a suspended page, and hydration must render what it did.
 */
export async function preparePage(pathname: string, store: ArticleStore, homePages: readonly number[]): Promise<void> {
  const { kind: route, params } = matchRoute(pathname);
  const kind = ROUTES[route].page;
  if (kind === "home") {
    // Home shows the newest pages; /trang/N its own.
    const pages = route === "list" ? [Number(params.page)] : homePages;
    await Promise.all([HomePage.preload(), ...pages.map((n) => (Number.isInteger(n) && n >= 1 ? store.list(n) : null))]);
  } else if (kind === "article") {
    await Promise.all([ArticleRoute.preload(), store.article(params.slug!)]);
  } else if (kind === "search") {
    // Its code only: the index is loaded once the page has hydrated and reads the query.
    await SearchPage.preload();
  } else if (kind in DATA_PAGES) {
    const files = (ROUTES[route].data as (p: Record<string, string>) => string[])(params);
    await Promise.all([DATA_PAGES[kind as keyof typeof DATA_PAGES].preload(), ...files.map((path) => store.data(path))]);
  }
}
