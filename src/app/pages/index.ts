/**
 * Which page a path shows, and that page's component in its own chunk. The not-found page is
 * small and shown by every route for missing things, so it stays in the main bundle.
 */
import type { ArticleStore } from "../data/article-store";
import { slugFromPath } from "../paths";
import { isSearchPath } from "../search/path";
import { lazyPage } from "./lazy-page";

export const HomePage = lazyPage(() => import("./HomePage").then((m) => m.HomePage));
export const ArticleRoute = lazyPage(() => import("./ArticleRoute").then((m) => m.ArticleRoute));
export const SearchPage = lazyPage(() => import("./SearchPage").then((m) => m.SearchPage));

export type PageKind = "home" | "article" | "search" | "other";

/** The page a path (without the base) will render, by the same rules as <App>'s routes. */
export function pageKind(pathname: string): PageKind {
  if (pathname === "/" || /^\/trang\/[^/]+\/?$/.test(pathname)) return "home";
  if (/^\/bai-viet\/[^/]+\/?$/.test(pathname)) return "article";
  if (isSearchPath(pathname)) return "search";
  return "other";
}

/**
 * Loads the code and the data of the page a path shows, so it renders without suspending:
 * the prerenderer cannot wait for a suspended page, and hydration must render what it did.
 */
export async function preparePage(pathname: string, store: ArticleStore, homePages: readonly number[]): Promise<void> {
  const kind = pageKind(pathname);
  if (kind === "home") {
    // Home shows the newest pages; /trang/N its own.
    const pages = pathname === "/" ? homePages : [Number(pathname.split("/")[2])];
    await Promise.all([HomePage.preload(), ...pages.map((n) => (Number.isInteger(n) && n >= 1 ? store.list(n) : null))]);
  } else if (kind === "article") {
    const slug = slugFromPath(pathname);
    await Promise.all([ArticleRoute.preload(), slug === null ? null : store.article(slug)]);
  } else if (kind === "search") {
    // Its code only: the index is loaded once the page has hydrated and reads the query.
    await SearchPage.preload();
  }
}
