/**
 * Where the pages' data lives, below the site's base: one place for the build that writes it,
 * the dev server that serves it, the browser that fetches it and the service worker that keeps
 * it. Every address depends only on what the file holds (a slug, a page number), so a rebuild
 * that changes one article rewrites that article's file and no other (docs/performance.md).
 *
 *   data/index.json       what every page needs: the latest few, the page count, the search index's folder
 *   data/a/<slug>.json    one article's page (ArticlePage)
 *   data/p/<n>.json       list page n, numbered from the oldest (src/content/listing.ts)
 *   data/search/          the sharded search index (src/content/search-shards.ts): its documents keep
 *                         their numbers from build to build, so its files too change only with their content
 */
export const DATA_FOLDER = "data/";

export const dataPaths = {
  index: `${DATA_FOLDER}index.json`,
  article: (slug: string) => `${DATA_FOLDER}a/${slug}.json`,
  list: (page: number) => `${DATA_FOLDER}p/${page}.json`,
  search: `${DATA_FOLDER}search/`,
};

/** Slugs are ASCII words joined by hyphens (src/content/slug.ts): anything else names no article. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
