/**
 * How the archive is paged, so that adding articles touches only the pages they land on.
 *
 * Pages are numbered from the oldest: page 1 holds the 20 oldest articles, page 2 the next 20,
 * and the last page, P, the newest (1 to 20 of them). A page, once full, keeps its articles as
 * new ones arrive: 100 new stories fill the last page and add five, and no other page changes.
 * With slots kept from build to build (assignSlots), a removed story leaves a gap where it was
 * instead of moving every later page by one, and a story dated before others joins the last page
 * (it is new to the archive) instead of moving every page after its date. Each page lists its
 * articles newest first. Home, `/`, shows the last page and, while it holds fewer than 20, the
 * page before it too, none repeated on the next page down.
 *
 * Undated articles sort before the oldest dated one (corpus.ts), so a first build puts them on page 1.
 */
import type { ArticleSummary } from "./types.ts";
import { LIST_SIZES } from "./list-sizes.ts";

export const PAGE_SIZE: number = LIST_SIZES.page;
/** "Mới nhất" shows LIST_SIZES.latest; one more so the article being read can be left out. */
export const LATEST_COUNT: number = LIST_SIZES.latest + 1;

/** The archive's list pages: page n is `pages[n - 1]`, its articles newest first. */
export type Listing = { pages: ArticleSummary[][] };

/**
 * Each article's place in the list pages, kept from build to build (the caller keeps `kept`):
 * an article keeps its slot; a new one takes the next free slot, new ones among themselves
 * oldest first; a removed one leaves its slot empty, so the page it was on shows one fewer and
 * no other page moves. Updates and returns `kept`.
 */
export function assignSlots(newestFirst: readonly ArticleSummary[], kept: Map<string, number>): Map<string, number> {
  const live = new Set(newestFirst.map((s) => s.slug));
  for (const slug of [...kept.keys()]) if (!live.has(slug)) kept.delete(slug);
  let next = 0;
  for (const slot of kept.values()) if (slot >= next) next = slot + 1;
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const slug = newestFirst[i]!.slug;
    if (!kept.has(slug)) kept.set(slug, next++);
  }
  return kept;
}

/**
 * The list pages of the summaries (newest first), 20 slots a page: without `slots`, an article's
 * slot is its place from the oldest, so pages are exactly chronological; with slots kept from
 * earlier builds (assignSlots), additions land on the last pages and removals leave gaps.
 */
export function listingOf(newestFirst: readonly ArticleSummary[], slots?: ReadonlyMap<string, number>): Listing {
  const pages: ArticleSummary[][] = [];
  newestFirst.forEach((summary, i) => {
    const slot = slots?.get(summary.slug) ?? newestFirst.length - 1 - i;
    (pages[Math.floor(slot / PAGE_SIZE)] ??= []).push(summary);
  });
  for (let n = 0; n < pages.length; n++) pages[n] ??= [];
  // Within a page, newest first: the summaries' own order, as pushed; slots only group them.
  return { pages };
}

/** How many list pages there are (at least 1). */
export function pageCountOf(listing: Listing): number {
  return Math.max(1, listing.pages.length);
}

/** Page `page`'s articles, newest first; null when there is no such page. */
export function listPage(listing: Listing, page: number): ArticleSummary[] | null {
  if (!Number.isInteger(page) || page < 1 || page > pageCountOf(listing)) return null;
  return listing.pages[page - 1] ?? [];
}

/** The pages home shows, newest first: the last, and the one before while the last holds fewer than 20. */
export function homePages(listing: Listing): number[] {
  const last = pageCountOf(listing);
  const full = (listing.pages[last - 1]?.length ?? 0) >= PAGE_SIZE;
  return full || last === 1 ? [last] : [last, last - 1];
}

/** The newest page home does not show: where its "older" link leads (none when home shows them all). */
export function pageAfterHome(shown: readonly number[]): number | null {
  const next = Math.min(...shown) - 1;
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
