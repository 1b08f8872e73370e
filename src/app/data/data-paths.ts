/**
 * Where the pages' data lives, below the site's base: one place for the build that writes it,
 * the dev server that serves it, the browser that fetches it and the service worker that keeps
 * it. Every address depends only on what the file holds (a slug, a page number), so a rebuild
 * that changes one article rewrites that article's file and no other (docs/performance.md).
 *
 *   data/index.json       what every page needs: the latest few, the page count, the search index's folder
 *   data/a/<slug>.json    one article's page (ArticlePage)
 *   data/p/<n>.json       list page n, numbered from the oldest (src/content/listing.ts)
 *   data/authors/<n>.json             page n of the authors' index (src/content/shelves.ts AuthorsPage)
 *   data/author/<slug>.json           an author's shelf: its counts and newest pages (AuthorHead)
 *   data/author/<slug>/<n>.json       page n of it, numbered from the oldest, as home's
 *   data/archive.json                 the years and months with their counts (ArchiveIndex)
 *   data/month/<yyyy-mm>.json         a month's shelf (MonthHead), data/month/<yyyy-mm>/<n>.json its pages
 *   data/month/undated.json           the undated articles' shelf (ShelfHead), and its pages
 *   data/topics/<n>.json              page n of the topics' index (src/content/topic-index.ts TopicsPage)
 *   data/topic/<slug>.json            a topic's shelf (TopicHead), data/topic/<slug>/<n>.json its pages
 *   data/topic-names/<xx>.json        the topics whose name has a word starting with the folded letters xx, for search
 *   data/topic-names/index.json       the prefixes xx that have such a file
 *   data/search/          the sharded search index (src/content/search-shards.ts): its documents keep
 *                         their numbers from build to build, so its files too change only with their content
 */
export const DATA_FOLDER = "data/";

export const dataPaths = {
  index: `${DATA_FOLDER}index.json`,
  article: (slug: string) => `${DATA_FOLDER}a/${slug}.json`,
  list: (page: number) => `${DATA_FOLDER}p/${page}.json`,
  search: `${DATA_FOLDER}search/`,
  authors: (page: number) => `${DATA_FOLDER}authors/${page}.json`,
  archive: `${DATA_FOLDER}archive.json`,
  topics: (page: number) => `${DATA_FOLDER}topics/${page}.json`,
  topicNames: (prefix: string) => `${DATA_FOLDER}topic-names/${prefix}.json`,
  /** The prefixes that have a names file: read first, so a query of other letters requests nothing that is not there. */
  topicPrefixes: `${DATA_FOLDER}topic-names/index.json`,
  /** A shelf's head; with `page`, that page of it. `shelf`: "author/<slug>", "month/<yyyy-mm>" or "month/undated". */
  shelf: (shelf: string, page?: number) => `${DATA_FOLDER}${shelf}${page === undefined ? "" : `/${page}`}.json`,
};

/** The shelves' keys in data paths: an author's, a month's, the undated articles'. */
export const shelfKeys = {
  author: (slug: string) => `author/${slug}`,
  month: (key: string) => `month/${key}`,
  undated: "month/undated",
  topic: (slug: string) => `topic/${slug}`,
};

/** A data file's path as data-paths.ts makes them: ASCII words, numbers and slashes under data/, ending .json. */
export const DATA_FILE = /^data\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.json$/;

/** Slugs are ASCII words joined by hyphens (src/content/slug.ts): anything else names no article. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
