/**
 * The data files of a site (addresses in src/app/data/data-paths.ts) from a corpus: what a
 * build writes under outDir and the dev server answers from memory. JSON, fetched by the
 * browser (src/app/data/fetch-source.ts): nothing of the corpus is in any script, so the app's
 * code, and every page that loads it, stays byte for byte the same when articles change.
 */
import type { Corpus } from "../content/corpus.ts";
import { homePages, latestOf, listPage, pageCountOf } from "../content/listing.ts";
import { SearchIndexBuilder, buildSearchFiles } from "../content/search-build.ts";
import type { ArticlePage, ArticleSummary, BrokenFile } from "../content/types.ts";
import type { SiteIndex } from "../app/data/news-source.ts";
import type { PageData } from "../app/data/page-data.ts";
import { dataPaths } from "../app/data/data-paths.ts";

/** What every page is rendered from and hydrates with, whatever its address: the newest few, the counts, home's pages. */
export function pageIndexOf(corpus: Corpus): PageData["index"] {
  return {
    latest: latestOf(corpus.summaries),
    count: corpus.summaries.length,
    pageCount: pageCountOf(corpus.listing),
    homePages: homePages(corpus.listing),
  };
}

/** data/index.json: the page index and the search index's folder. `dev` adds the broken dumps and retitled slugs. */
export function siteIndex(corpus: Corpus, searchUrl: string | null, dev?: { broken: BrokenFile[]; moved: Record<string, string> }): SiteIndex {
  return {
    ...pageIndexOf(corpus),
    searchUrl,
    broken: dev?.broken ?? [],
    moved: dev?.moved ?? {},
  };
}

/**
 * The corpus's articles oldest first (the search index numbers them so: ties go to the higher
 * number, the newer), undated before them all, so they come last among equals; each one's page
 * with its body, read back from the store one at a time: each is garbage once written.
 */
function* pagesOldestFirst(corpus: Corpus): Generator<[ArticleSummary, ArticlePage]> {
  for (let i = corpus.summaries.length - 1; i >= 0; i--) {
    const summary = corpus.summaries[i]!;
    yield [summary, corpus.page(summary.slug)!];
  }
}

/** The search index's documents, oldest first (see pagesOldestFirst): each listed as a summary, with its words. */
export function* searchEntries(corpus: Corpus): Generator<[ArticleSummary, string]> {
  for (let i = corpus.summaries.length - 1; i >= 0; i--) {
    const summary = corpus.summaries[i]!;
    yield [summary, corpus.searchTokens(summary.slug)];
  }
}

/** An article's data file, as a build writes it: its page, as JSON. */
export type ArticleDataFile = { slug: string; name: string; data: string };

/**
 * Build: every data file as [path relative to outDir, contents], one at a time, each article's
 * body read once for its data file and its search entry. `numbers` are the search index's
 * document numbers from the last build (filled in for new articles): kept, a rebuild rewrites
 * only the search files whose documents changed. `onArticle` sees each article's data file.
 */
export function* dataFiles(
  corpus: Corpus,
  base: string,
  numbers?: Map<string, number>,
  onArticle?: (file: ArticleDataFile) => void,
): Generator<[string, string | Uint8Array]> {
  const builder = new SearchIndexBuilder(numbers);
  for (const [summary, page] of pagesOldestFirst(corpus)) {
    const file = { slug: summary.slug, name: dataPaths.article(summary.slug), data: JSON.stringify(page) };
    onArticle?.(file);
    yield [file.name, file.data];
    const [name, data] = builder.addTokens(summary, corpus.searchTokens(summary.slug));
    yield [dataPaths.search + name, data];
  }
  for (let n = 1; n <= pageCountOf(corpus.listing); n++) {
    yield [dataPaths.list(n), JSON.stringify(listPage(corpus.listing, n))];
  }
  for (const [name, data] of builder.files()) yield [dataPaths.search + name, data];
  yield [dataPaths.index, JSON.stringify(siteIndex(corpus, base + dataPaths.search))];
}

const devSearchFiles = new WeakMap<Corpus, Map<string, string | Uint8Array>>();

/** Dev: the search index's files for a corpus, built on the first request, kept until the corpus changes. */
export function searchFilesOf(corpus: Corpus): Map<string, string | Uint8Array> {
  let files = devSearchFiles.get(corpus);
  if (!files) devSearchFiles.set(corpus, (files = buildSearchFiles(searchEntries(corpus))));
  return files;
}

/**
 * Dev: the data file at `path` (relative to the base), or undefined when there is none. An
 * unknown article or page is JSON null: "not found", which the page shows as such.
 */
export function devDataFile(corpus: Corpus, path: string, index: () => string): string | Uint8Array | undefined {
  if (path === dataPaths.index) return index();
  if (path.startsWith(dataPaths.search)) return searchFilesOf(corpus).get(path.slice(dataPaths.search.length));
  const article = /^data\/a\/([^/]+)\.json$/.exec(path);
  if (article) return JSON.stringify(corpus.page(article[1]!));
  const list = /^data\/p\/(\d+)\.json$/.exec(path);
  if (list) return JSON.stringify(listPage(corpus.listing, Number(list[1])));
  return undefined;
}
