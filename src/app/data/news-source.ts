/**
 * What the pages need from the corpus. In the browser it is data/index.json plus loaders that
 * fetch each article's and each list page's file (fetch-source.ts); the prerenderer answers from
 * memory; tests pass a hand-made object. Nothing here grows with the corpus: lists and articles
 * are loaded a page at a time, so a first visit costs the same at ten articles or ten thousand.
 */
import { createContext, useContext } from "react";
import type { ArticlePage, ArticleSummary, BrokenFile } from "../../content/types";
import type { SearchFiles } from "../../content/search-files";

/** data/index.json: what every page needs, whatever its address. */
export type SiteIndex = {
  /** The newest few articles, newest first: "Mới nhất" and the not-found page. */
  latest: ArticleSummary[];
  /** How many articles there are. */
  count: number;
  /** How many list pages there are (at least 1), numbered from the oldest (src/content/listing.ts). */
  pageCount: number;
  /** The list pages home shows, newest first: the last, and the one before while the last is not full. */
  homePages: number[];
  /** The search index's folder URL; null where there is none. */
  searchUrl: string | null;
  /** Files that could not become articles; only the dev server fills it. */
  broken: BrokenFile[];
  /** Dev server only: old slug → current slug, for an article whose title was just edited. */
  moved: Record<string, string>;
};

export type NewsSource = Omit<SiteIndex, "searchUrl" | "moved"> & {
  moved?: Record<string, string>;
  /** The search index's folder URL, fetched from only when search is used; absent or null where there is none (prerendering). */
  searchUrl?: string | null;
  /** The search index's files from elsewhere than searchUrl (tests). */
  searchFiles?: SearchFiles;
  /** One article's page; null (or a promise of null) when no article has that slug. */
  loadArticle(slug: string): Promise<ArticlePage | null> | null;
  /** One list page's summaries, newest first; null when there is no such page. */
  loadList(page: number): Promise<ArticleSummary[] | null> | null;
  /**
   * Any other data file by its path below the base (data-paths.ts: the shelves, the indexes of
   * authors and months); null when there is none. The route table says which a page reads.
   */
  loadData(path: string): Promise<unknown> | null;
};

/** The first `count` articles other than the one being read. */
export function latestExcept(
  articles: readonly ArticleSummary[],
  slug: string | null,
  count: number,
): ArticleSummary[] {
  return articles.filter((a) => a.slug !== slug).slice(0, count);
}

/** The corpus as the pages see it. */
export const NewsContext = createContext<NewsSource | null>(null);

export function useNews(): NewsSource {
  const news = useContext(NewsContext);
  if (!news) throw new Error("useNews needs a <NewsContext> provider");
  return news;
}
