/** The pages the bench measures, and small numeric helpers shared by its parts. */
export const SEED_PATH = "/bai-viet/kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha";

export type PageKey = "home" | "article" | "notFound" | "search" | "author" | "month" | "topic" | "authors" | "topics" | "archive";

/** One of each kind of page of the route table (src/app/routes.ts); search with a query, so its engine counts. */
export const PAGES: Record<PageKey, { label: string; path: string }> = {
  home: { label: "home", path: "/" },
  article: { label: "seed article", path: SEED_PATH },
  notFound: { label: "not found", path: "/khong-co-trang" },
  search: { label: "search, a query", path: `/tim-kiem?q=${encodeURIComponent("Hải Hà")}` },
  author: { label: "author page", path: "/tac-gia/hoang-giang" },
  month: { label: "month page", path: "/luu-tru/2020/3" },
  topic: { label: "topic page", path: "/chu-de/quang-thanh" },
  authors: { label: "authors' index", path: "/tac-gia" },
  topics: { label: "topics' index", path: "/chu-de" },
  archive: { label: "archive", path: "/luu-tru" },
};

/** The pages Lighthouse scores (each three times): the two most read, and one of each new page kind with a list. */
export const LIGHTHOUSE_PAGES: readonly PageKey[] = ["home", "article", "author", "month"];

/** Median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type Spread = { median: number; min: number; max: number };

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
