/**
 * What the pages need from the corpus. `virtual:news-index` has exactly this shape, so
 * main.tsx passes the module itself; tests pass a hand-made object, with no Vite involved.
 */
import { createContext, useContext } from "react";
import type { ArticlePage, ArticleSummary, BrokenFile } from "../../content/types";

export type NewsSource = {
  /** Readable articles, newest first (undated ones last). */
  articles: ArticleSummary[];
  /** Files that could not become articles; only the dev server fills it. */
  broken: BrokenFile[];
  /** Dev server only: old slug → current slug, for an article whose title was just edited. */
  moved?: Record<string, string>;
  /** One article's page; null when no article has that slug. */
  loadArticle(slug: string): Promise<ArticlePage> | null;
};

/** What the article route's loader hands its page. */
export type ArticleRouteData =
  | { kind: "article"; page: ArticlePage }
  | { kind: "broken"; file: BrokenFile };

function timeOf(summary: ArticleSummary): number {
  const ms = summary.publishedAt === null ? Number.NaN : Date.parse(summary.publishedAt);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/**
 * Newest first, undated last, ties kept in the given order. The plugin already sorts; sorting
 * again is cheap and keeps the pages right for any source (and ISO strings with different
 * offsets do not sort as text).
 */
export function newestFirst(articles: readonly ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort((a, b) => timeOf(b) - timeOf(a) || 0);
}

/** The first `count` articles other than the one being read. */
export function latestExcept(
  articles: readonly ArticleSummary[],
  slug: string | null,
  count: number,
): ArticleSummary[] {
  return articles.filter((a) => a.slug !== slug).slice(0, count);
}

/** The corpus as the pages see it (articles already newest first). */
export const NewsContext = createContext<NewsSource | null>(null);

export function useNews(): NewsSource {
  const news = useContext(NewsContext);
  if (!news) throw new Error("useNews needs a <NewsContext> provider");
  return news;
}
