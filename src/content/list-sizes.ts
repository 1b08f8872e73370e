/**
 * How many stories each list shows, in one place for the corpus, the build and the pages (no
 * other import, so the browser's bundle takes just these numbers).
 */
export const LIST_SIZES = {
  /** Stories on a list page (home, /trang/N): listing.ts. */
  page: 20,
  /** "Mới nhất" beside an article, on search and on the not-found page. */
  latest: 5,
  /** "Tin liên quan": ranked by related.ts. */
  related: 5,
} as const;
