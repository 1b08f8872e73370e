/**
 * The data files of a site (addresses in src/app/data/data-paths.ts) from a corpus: what a
 * build writes under outDir and the dev server answers from memory. JSON, fetched by the
 * browser (src/app/data/fetch-source.ts): nothing of the corpus is in any script, so the app's
 * code, and every page that loads it, stays byte for byte the same when articles change.
 */
import type { Corpus } from "../content/corpus.ts";
import { homePages, latestOf, listPage, pageCountOf } from "../content/listing.ts";
import { searchDocument, type SearchDocument } from "../content/search.ts";
import { SearchIndexBuilder, buildSearchFiles } from "../content/search-build.ts";
import type { BrokenFile } from "../content/types.ts";
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
 * The corpus's search documents, oldest first (the index numbers them so: ties go to the higher
 * number, the newer), undated before them all, so they come last among equals. One at a time:
 * each is garbage once indexed.
 */
export function* searchDocuments(corpus: Corpus): Generator<SearchDocument> {
  for (let i = corpus.summaries.length - 1; i >= 0; i--) {
    const summary = corpus.summaries[i]!;
    yield searchDocument(corpus.pages.get(summary.slug)!.article, summary.excerpt);
  }
}

/**
 * Build: every data file as [path relative to outDir, contents], one at a time. `numbers` are
 * the search index's document numbers from the last build (filled in for new articles): kept, a
 * rebuild rewrites only the search files whose documents changed.
 */
export function* dataFiles(corpus: Corpus, base: string, numbers?: Map<string, number>): Generator<[string, string | Uint8Array]> {
  for (const [slug, page] of corpus.pages) yield [dataPaths.article(slug), JSON.stringify(page)];
  for (let n = 1; n <= pageCountOf(corpus.listing); n++) {
    yield [dataPaths.list(n), JSON.stringify(listPage(corpus.listing, n))];
  }
  const builder = new SearchIndexBuilder(numbers);
  for (const doc of searchDocuments(corpus)) {
    const [name, data] = builder.add(doc);
    yield [dataPaths.search + name, data];
  }
  for (const [name, data] of builder.files()) yield [dataPaths.search + name, data];
  yield [dataPaths.index, JSON.stringify(siteIndex(corpus, base + dataPaths.search))];
}

const devSearchFiles = new WeakMap<Corpus, Map<string, string | Uint8Array>>();

/** Dev: the search index's files for a corpus, built on the first request, kept until the corpus changes. */
export function searchFilesOf(corpus: Corpus): Map<string, string | Uint8Array> {
  let files = devSearchFiles.get(corpus);
  if (!files) devSearchFiles.set(corpus, (files = buildSearchFiles(searchDocuments(corpus))));
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
  if (article) return JSON.stringify(corpus.pages.get(article[1]!) ?? null);
  const list = /^data\/p\/(\d+)\.json$/.exec(path);
  if (list) return JSON.stringify(listPage(corpus.listing, Number(list[1])));
  return undefined;
}
