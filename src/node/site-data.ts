/**
 * The data files of a site (addresses in src/app/data/data-paths.ts) from a corpus: what a
 * build writes under outDir and the dev server answers from memory. JSON, fetched by the
 * browser (src/app/data/fetch-source.ts): nothing of the corpus is in any script, so the app's
 * code, and every page that loads it, stays byte for byte the same when articles change.
 */
import { createHash } from "node:crypto";
import type { Corpus } from "../content/corpus.ts";
import { latestOf, listPage, pageCountOf } from "../content/listing.ts";
import { searchDocument, type SearchDocument } from "../content/search.ts";
import { SearchIndexBuilder, buildSearchFiles } from "../content/search-build.ts";
import type { BrokenFile } from "../content/types.ts";
import type { SiteIndex } from "../app/data/news-source.ts";
import { DATA_FOLDER, dataPaths } from "../app/data/data-paths.ts";

/** data/index.json: what every page needs. `dev` adds the broken dumps and retitled slugs. */
export function siteIndex(corpus: Corpus, searchUrl: string | null, dev?: { broken: BrokenFile[]; moved: Record<string, string> }): SiteIndex {
  return {
    latest: latestOf(corpus.summaries),
    count: corpus.summaries.length,
    pageCount: pageCountOf(corpus.summaries.length),
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

/** Ten hex digits of the search index's contents: its folder's name, so a page never mixes two versions. */
export function searchHash(files: Iterable<[string, string | Uint8Array]>): string {
  const hash = createHash("sha1");
  for (const [name, data] of files) hash.update(name).update("\0").update(data).update("\0");
  return hash.digest("hex").slice(0, 10);
}

/**
 * Build: every data file as [path relative to outDir, contents], the index last (it names the
 * search folder, whose name is its contents' hash). One file at a time, but the search index,
 * which is complete only once every document is in.
 */
export function* dataFiles(corpus: Corpus, base: string): Generator<[string, string | Uint8Array]> {
  for (const [slug, page] of corpus.pages) yield [dataPaths.article(slug), JSON.stringify(page)];
  for (let n = 1; n <= pageCountOf(corpus.summaries.length); n++) {
    yield [dataPaths.list(n), JSON.stringify(listPage(corpus.summaries, n))];
  }
  const builder = new SearchIndexBuilder();
  const search: Array<[string, string | Uint8Array]> = [];
  for (const doc of searchDocuments(corpus)) search.push(builder.add(doc));
  for (const file of builder.files()) search.push(file);
  const folder = dataPaths.search(searchHash(search));
  for (const [name, data] of search) yield [folder + name, data];
  yield [dataPaths.index, JSON.stringify(siteIndex(corpus, base + folder))];
}

/** Where the dev server serves the search index's files, under the base. */
export const DEV_SEARCH_FOLDER = `${DATA_FOLDER}search-dev/`;

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
  if (path.startsWith(DEV_SEARCH_FOLDER)) return searchFilesOf(corpus).get(path.slice(DEV_SEARCH_FOLDER.length));
  const article = /^data\/a\/([^/]+)\.json$/.exec(path);
  if (article) return JSON.stringify(corpus.pages.get(article[1]!) ?? null);
  const list = /^data\/p\/(\d+)\.json$/.exec(path);
  if (list) return JSON.stringify(listPage(corpus.summaries, Number(list[1])));
  return undefined;
}
