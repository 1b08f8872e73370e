/**
 * The data files of a site (addresses in src/app/data/data-paths.ts) from a corpus: what a
 * build writes under outDir and the dev server answers from memory. JSON, fetched by the
 * browser (src/app/data/fetch-source.ts): nothing of the corpus is in any script, so the app's
 * code, and every page that loads it, stays byte for byte the same when articles change.
 */
import { createHash } from "node:crypto";
import { dataDigest } from "./article-data.ts";
import type { Corpus } from "../content/corpus.ts";
import { homePages, latestOf, listPage, pageCountOf } from "../content/listing.ts";
import { SearchIndexBuilder, buildSearchFiles } from "../content/search-build.ts";
import { StaleIndexError, type PreviousIndex, type SearchState } from "../content/search-update.ts";
import type { ArticleSummary, BrokenFile } from "../content/types.ts";
import type { SiteIndex } from "../app/data/news-source.ts";
import type { PageData } from "../app/data/page-data.ts";
import { dataPaths } from "../app/data/data-paths.ts";
import { shelfData, shelfDataFiles } from "./shelf-data.ts";

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
 * The search index's documents, oldest first (the index numbers them so: ties go to the higher
 * number, the newer), undated before them all, so they come last among equals: each listed as a
 * summary, with its words.
 */
export function* searchEntries(corpus: Corpus): Generator<[ArticleSummary, string]> {
  for (const summary of oldestFirst(corpus)) yield [summary, corpus.searchTokens(summary.slug)];
}

/**
 * An article's data file as a build wrote it: its address, a digest of its bytes, and the key of
 * what it was made from (ArticleFiles.keyOf). `data` is its JSON when written now; absent when
 * the last build's file was kept unread, or left to be made with its page (digest null: `defer`).
 */
export type ArticleDataFile = { slug: string; name: string; digest: string | null; key: string | null; data?: string };

/** How a build writes the articles' data files: what lets a rebuild keep one without reading its body. */
export type ArticleFiles = {
  /**
   * What an article's data file is made of besides its place in the corpus (previous, next,
   * related, its record): for a dump, the hash of its bytes and whatever else its body reads
   * (images). Null: always written.
   */
  bodyKey?(file: string): string | null;
  /** The last build's files, by slug: one with the same key is kept, its body never read. */
  previous?: ReadonlyMap<string, { key: string; digest: string }>;
  /** Whether the last build's file is still there (outDir-relative). */
  exists?(name: string): boolean;
  /** Sees each article's data file, written, kept, or left to be made. */
  onArticle?(file: ArticleDataFile): void;
  /** A file that must be made is not made here but left to the render step, which makes it with its page (article-data.ts). */
  defer?: boolean;
};

/**
 * How a build writes the search index: from the last build's (`previous`, search-update.ts) when
 * there is one, only what the changes touch; `numbers` are the documents' numbers to keep (filled
 * in for new ones); `done` gets the state the next build resumes from.
 */
export type SearchFiles = { previous?: PreviousIndex; numbers?: Map<string, number>; done?(state: SearchState): void };


export type DataFileOptions = { articles?: ArticleFiles; search?: SearchFiles };
type DataFile = [path: string, data: string | Uint8Array | null];

/**
 * Build: every data file as [path relative to outDir, contents], one at a time, each article's
 * body read at most once, for its data file (its search words come from their own file). A file
 * named with null is the last build's, kept as it is (the caller keeps it from the sweep). An
 * article whose data file is the same as the last build's (`articles`) is not yielded: see
 * onArticle. The search index's documents keep their numbers (`search`), so a rebuild rewrites
 * only the search files whose documents changed.
 */
export function* dataFiles(corpus: Corpus, base: string, options: DataFileOptions = {}): Generator<DataFile> {
  yield* searchDataFiles(corpus, options);
  yield* listDataFiles(corpus, base);
  yield* articleDataFiles(corpus, options);
}

/** The list pages, the shelves (authors, months) and data/index.json: no related list in them, so no wait for ranking. */
export function* listDataFiles(corpus: Corpus, base: string): Generator<DataFile> {
  for (let n = 1; n <= pageCountOf(corpus.listing); n++) {
    yield [dataPaths.list(n), JSON.stringify(listPage(corpus.listing, n))];
  }
  yield* shelfDataFiles(corpus);
  yield [dataPaths.index, JSON.stringify(siteIndex(corpus, base + dataPaths.search))];
}

/** Each dump's body key, asked once per build (a store stats the images folder for it), by the ArticleFiles asking. */
const bodyKeysOf = new WeakMap<ArticleFiles, Map<string, string | null>>();

/**
 * What an article's own files are made of, as a key: its dump (bodyKey), its file name (its id)
 * and its slug; null when nothing says (always written). A data file's key adds its neighbours'.
 */
function ownKeys(corpus: Corpus, articles: ArticleFiles): (slug: string) => string | null {
  let bodyKeys = bodyKeysOf.get(articles);
  if (!bodyKeys) bodyKeysOf.set(articles, (bodyKeys = new Map()));
  const known = bodyKeys;
  // Each article's key made once: a data file's key reads its own and its neighbours' (eight
  // or so), and building them again for each was 100 MB of strings at 100,000 articles.
  const own = new Map<string, string | null>();
  return (slug) => {
    let made = own.get(slug);
    if (made !== undefined) return made;
    const file = corpus.entries.get(slug)?.file;
    if (file === undefined || !articles.bodyKey) return null;
    let key = known.get(file);
    if (key === undefined) known.set(file, (key = articles.bodyKey(file)));
    // Its boilerplate (lines the corpus found in many dumps) is taken out when it is shown.
    const boilerplate = corpus.entries.get(slug)?.record.boilerplate?.join(",") ?? "";
    own.set(slug, (made = key === null ? null : `${slug}\0${file}\0${key}\0${boilerplate}`));
    return made;
  };
}

/**
 * The search index's files: its documents oldest first, each kept unread when the last build
 * indexed it as it is, then the sets and dictionary. Reads no related list, so a build writes
 * these while the lists are being ranked.
 */
export function* searchDataFiles(corpus: Corpus, options: DataFileOptions = {}): Generator<DataFile> {
  const keyOf = ownKeys(corpus, options.articles ?? {});
  const keys = (slug: string) => {
    const own = keyOf(slug);
    return own === null ? undefined : dataDigest(own);
  };
  const numbers = options.search?.numbers ?? new Map<string, number>();
  let search = new SearchIndexBuilder(numbers, options.search?.previous);
  for (const summary of oldestFirst(corpus)) {
    const key = keys(summary.slug);
    if (key !== undefined && search.unchanged(summary.slug, key)) yield [dataPaths.search + search.keep(summary, key), null];
    else yield searchDocumentFile(search.addTokens(summary, corpus.searchTokens(summary.slug), key));
  }
  try {
    for (const [name, data] of search.files()) yield [dataPaths.search + name, data];
  } catch (error) {
    if (!(error instanceof StaleIndexError)) throw error;
    // The last build's files are not what its state says: the whole index, every document read.
    search = new SearchIndexBuilder(numbers);
    for (const summary of oldestFirst(corpus)) yield searchDocumentFile(search.addTokens(summary, corpus.searchTokens(summary.slug), keys(summary.slug)));
    for (const [name, data] of search.files()) yield [dataPaths.search + name, data];
  }
  const state = search.state();
  if (state) options.search?.done?.(state);
}

/** The articles' data files: each lists its related, so read after ranking. */
export function* articleDataFiles(corpus: Corpus, options: DataFileOptions = {}): Generator<DataFile> {
  const articles = options.articles ?? {};
  const keyOf = ownKeys(corpus, articles);
  const dataKey = (slug: string): string | null => {
    const entry = corpus.entries.get(slug)!;
    // Which neighbour is related and which previous or next matters: "-" marks the gaps.
    const parts = [keyOf(slug), ...entry.related.map((s) => keyOf(s.slug)), "-", entry.previous ? keyOf(entry.previous.slug) : "", "-", entry.next ? keyOf(entry.next.slug) : ""];
    // Its topics and those its related articles share: they change with the rest of the archive.
    const { related, topics } = corpus.aboutOf(slug);
    parts.push("-", JSON.stringify([topics ?? [], related.map((r) => [r.slug, r.about ?? []])]));
    if (parts.includes(null)) return null;
    // The digest of the parts joined by newlines, without joining them.
    const hash = createHash("sha1");
    parts.forEach((part, i) => {
      if (i > 0) hash.update("\n");
      hash.update(part!);
    });
    return hash.digest("hex").slice(0, 16);
  };
  for (const summary of oldestFirst(corpus)) {
    const name = dataPaths.article(summary.slug);
    const key = dataKey(summary.slug);
    const last = articles.previous?.get(summary.slug);
    if (key !== null && last?.key === key && (articles.exists?.(name) ?? false)) {
      articles.onArticle?.({ slug: summary.slug, name, digest: last.digest, key });
    } else if (articles.defer) {
      articles.onArticle?.({ slug: summary.slug, name, digest: null, key });
    } else {
      const data = JSON.stringify(corpus.page(summary.slug));
      articles.onArticle?.({ slug: summary.slug, name, digest: dataDigest(data), key, data });
      yield [name, data];
    }
  }
}

const searchDocumentFile = ([stored, json]: [string, string]): [string, string] => [dataPaths.search + stored, json];

/** The articles oldest first (undated before them all), as the search index numbers them. */
function* oldestFirst(corpus: Corpus): Generator<ArticleSummary> {
  for (let i = corpus.summaries.length - 1; i >= 0; i--) yield corpus.summaries[i]!;
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
  const shelf = shelfData(corpus, path);
  return shelf === undefined ? undefined : JSON.stringify(shelf);
}
