/**
 * How the archive is paged, so that adding articles touches only the pages they land on.
 *
 * Pages are numbered from the oldest: page 1 holds the 20 oldest articles, page 2 the next 20,
 * and the last page, P, the newest (1 to 20 of them). A page, once full, keeps its articles as
 * new ones arrive: 100 new stories fill the last page and add five, and no other page changes.
 * (A story dated before others moves the pages from the one it lands on to the last, by one
 * article each: the price of numbered pages; dumps mostly arrive newest last.) Each page lists its
 * articles newest first. Home, `/`, shows the last page and, while it holds fewer than 20, the
 * page before it too: always the newest 20 to 39, none repeated on the next page down.
 *
 * Undated articles sort before the oldest dated one (corpus.ts), so they are page 1's.
 */
import type { ArticleSummary } from "./types.ts";

export const PAGE_SIZE = 20;
/** "Mới nhất" shows five; one more so the article being read can be left out. */
export const LATEST_COUNT = 6;

/** How many list pages `count` articles fill (at least 1). */
export function pageCountOf(count: number): number {
  return Math.max(1, Math.ceil(count / PAGE_SIZE));
}

/**
 * Page `page`'s articles, newest first, from the summaries newest first (the corpus's order);
 * null when there is no such page.
 */
export function listPage(newestFirst: readonly ArticleSummary[], page: number): ArticleSummary[] | null {
  const pages = pageCountOf(newestFirst.length);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  // Oldest-first positions (page - 1) * 20 … page * 20 - 1, counted from the end of the list.
  const n = newestFirst.length;
  const from = Math.max(0, n - page * PAGE_SIZE);
  const to = n - (page - 1) * PAGE_SIZE;
  return newestFirst.slice(from, to);
}

/** The pages home shows, newest first: the last, and the one before while the last is not full. */
export function homePages(count: number): number[] {
  const last = pageCountOf(count);
  const full = count % PAGE_SIZE === 0;
  return full || last === 1 ? [last] : [last, last - 1];
}

/** The newest page not on home: where home's "older" link leads (none when home shows them all). */
export function pageAfterHome(count: number): number | null {
  const shown = homePages(count);
  const next = shown[shown.length - 1]! - 1;
  return next >= 1 ? next : null;
}

/** A summary as pages link it from the side (related, previous, next, latest): no excerpt, which they never show. */
export function brief(summary: ArticleSummary): ArticleSummary {
  return { ...summary, excerpt: null };
}

/** "Mới nhất" and the not-found page: the newest few, titles and dates only. */
export function latestOf(newestFirst: readonly ArticleSummary[]): ArticleSummary[] {
  return newestFirst.slice(0, LATEST_COUNT).map(brief);
}
