/**
 * The archive's other ways in: each author's articles, each month's, and the undated ones, as
 * shelves paged like home (listing.ts: numbered from the oldest, in the order the archive's own
 * list pages keep, so a new article touches only its shelves' last pages), and the two indexes that lead to them: the authors A–Z by given
 * name, and the years with their months. Built from the corpus's summaries and each article's
 * authors (authors.ts); the shelves hold the corpus's own summary objects, never copies.
 */
import { authorSlug, compareAuthors, indexLetter } from "./authors.ts";
import { PAGE_SIZE, homePages, listPage, listingOf, pageCountOf, type Listing } from "./listing.ts";
import { monthKey, monthOf, type YearMonth } from "./months.ts";
import type { ArticleSummary } from "./types.ts";

/** A shelf's articles, newest first, and its pages. */
export type Shelf = { newestFirst: ArticleSummary[]; listing: Listing };
export type AuthorShelf = Shelf & { name: string; slug: string };
export type MonthShelf = Shelf & YearMonth;

export type Shelves = {
  /** By slug, A–Z by given name (compareAuthors). */
  authors: Map<string, AuthorShelf>;
  /** By monthKey ("2020-03"), oldest first. */
  months: Map<string, MonthShelf>;
  undated: Shelf;
};

/** What a shelf's landing page and every page of it read: its counts, where its pages are, and the newest pages' articles. */
export type ShelfHead = {
  count: number;
  pageCount: number;
  /** The pages the landing shows, newest first (listing.ts homePages). */
  homePages: number[];
  /** Those pages' articles, newest first. */
  newest: ArticleSummary[];
};
export type AuthorHead = ShelfHead & { name: string; slug: string };
export type MonthHead = ShelfHead & YearMonth & { previous: YearMonth | null; next: YearMonth | null };

/** An author in the index: `letter`, the heading they are filed under (authors.ts indexLetter). */
export type AuthorEntry = { name: string; slug: string; count: number; letter: string };
/** Authors a page of the authors' index lists. */
export const AUTHORS_PER_PAGE = 200;
export type AuthorsPage = { authors: AuthorEntry[]; page: number; pageCount: number; count: number };

export type ArchiveIndex = {
  /** Newest year first; each year's months newest first, only months with articles. */
  years: Array<{ year: number; count: number; months: Array<{ month: number; count: number }> }>;
  undated: number;
};

/**
 * A shelf's pages. With `orderOf` (an article's place in the archive's list pages, which a
 * rebuild keeps: listing.ts), a shelf is paged in that order, so an article new to the archive
 * joins the last page of each of its shelves, whatever its date, and no other page of them
 * changes; without, by date.
 */
export function pagedShelf(newestFirst: ArticleSummary[], orderOf?: (slug: string) => number): Shelf {
  if (!orderOf) return { newestFirst, listing: listingOf(newestFirst) };
  const inOrder = [...newestFirst].sort((a, b) => orderOf(a.slug) - orderOf(b.slug));
  const slots = new Map(inOrder.map((s, i) => [s.slug, i]));
  return { newestFirst, listing: listingOf(newestFirst, slots) };
}

/**
 * The shelves of a corpus: `authorsOf` says an article's authors (its record's), by slug;
 * `orderOf`, its place in the archive's list pages (see shelf above).
 */
export function shelvesOf(
  newestFirst: readonly ArticleSummary[],
  authorsOf: (slug: string) => readonly string[] | undefined,
  orderOf?: (slug: string) => number,
): Shelves {
  const byAuthor = new Map<string, { name: string; articles: ArticleSummary[] }>();
  const byMonth = new Map<string, { ym: YearMonth; articles: ArticleSummary[] }>();
  const undated: ArticleSummary[] = [];
  for (const summary of newestFirst) {
    for (const name of authorsOf(summary.slug) ?? []) {
      const slug = authorSlug(name);
      let entry = byAuthor.get(slug);
      // The name as the newest article writes it.
      if (!entry) byAuthor.set(slug, (entry = { name, articles: [] }));
      entry.articles.push(summary);
    }
    const ym = monthOf(summary.publishedAt);
    if (!ym) {
      undated.push(summary);
      continue;
    }
    const key = monthKey(ym);
    let month = byMonth.get(key);
    if (!month) byMonth.set(key, (month = { ym, articles: [] }));
    month.articles.push(summary);
  }
  const authors = new Map<string, AuthorShelf>();
  for (const [slug, { name, articles }] of [...byAuthor].sort((a, b) => compareAuthors(a[1].name, b[1].name))) {
    // An article placed by its date among others of an author: summaries come newest first already.
    authors.set(slug, { name, slug, ...pagedShelf(articles, orderOf) });
  }
  const months = new Map<string, MonthShelf>();
  for (const key of [...byMonth.keys()].sort()) {
    const { ym, articles } = byMonth.get(key)!;
    months.set(key, { ...ym, ...pagedShelf(articles, orderOf) });
  }
  return { authors, months, undated: pagedShelf(undated, orderOf) };
}

/** A shelf's head (ShelfHead). */
export function shelfHead(s: Shelf): ShelfHead {
  const pages = homePages(s.listing);
  return {
    count: s.newestFirst.length,
    pageCount: pageCountOf(s.listing),
    homePages: pages,
    newest: pages.flatMap((n) => listPage(s.listing, n) ?? []),
  };
}

export function authorHead(s: AuthorShelf): AuthorHead {
  return { name: s.name, slug: s.slug, ...shelfHead(s) };
}

/** A month's head, with the months before and after it that have articles. */
export function monthHead(shelves: Shelves, key: string): MonthHead | null {
  const s = shelves.months.get(key);
  if (!s) return null;
  const keys = [...shelves.months.keys()];
  const at = keys.indexOf(key);
  const neighbour = (k: string | undefined): YearMonth | null => {
    const m = k === undefined ? undefined : shelves.months.get(k);
    return m ? { year: m.year, month: m.month } : null;
  };
  return { year: s.year, month: s.month, previous: neighbour(keys[at - 1]), next: neighbour(keys[at + 1]), ...shelfHead(s) };
}

/** Page `page` (from 1) of the authors' index; null past the last (page 1 always exists). */
export function authorsPage(shelves: Shelves, page: number): AuthorsPage | null {
  const count = shelves.authors.size;
  const pageCount = Math.max(1, Math.ceil(count / AUTHORS_PER_PAGE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  const authors = [...shelves.authors.values()]
    .slice((page - 1) * AUTHORS_PER_PAGE, page * AUTHORS_PER_PAGE)
    .map(({ name, slug, newestFirst }) => ({ name, slug, count: newestFirst.length, letter: indexLetter(name) }));
  return { authors, page, pageCount, count };
}

/** The years and months with their counts, newest first. */
export function archiveIndex(shelves: Shelves): ArchiveIndex {
  const years: ArchiveIndex["years"] = [];
  for (const s of [...shelves.months.values()].reverse()) {
    let year = years.at(-1);
    if (year?.year !== s.year) years.push((year = { year: s.year, count: 0, months: [] }));
    year.count += s.newestFirst.length;
    year.months.push({ month: s.month, count: s.newestFirst.length });
  }
  return { years, undated: shelves.undated.newestFirst.length };
}

/** Each article's place in the archive's list pages (page by page from the oldest), for shelvesOf. */
export function listingOrder(listing: Listing): Map<string, number> {
  const order = new Map<string, number>();
  listing.pages.forEach((page, p) => {
    // Within a page, newest first: the oldest has the lowest place.
    page.forEach((summary, i) => order.set(summary.slug, p * PAGE_SIZE + (page.length - 1 - i)));
  });
  return order;
}
