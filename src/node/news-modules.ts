/**
 * The modules the news plugin serves, as code, and where their chunks land in a build.
 *
 *   virtual:news-index          constant size: the latest few summaries, the page count, and two
 *                               loaders that derive a chunk's address from a slug or a page number
 *   virtual:news-article/<slug> one article's page (ArticlePage), its own chunk
 *   virtual:news-list/<n>       home page n's summaries, its own chunk
 *   search/…                    the sharded search index (src/content/search-shards.ts): files a
 *                               query fetches, written beside the data chunks by a build and
 *                               served from memory under /@news-search/ by the dev server
 *
 * No table of the corpus is ever shipped to the browser: a first visit costs the same at ten
 * articles or ten thousand. In a build the data chunks get fixed names under a folder named by
 * a hash of the corpus, so their addresses are computable and still change with the content.
 */
import { createHash } from "node:crypto";
import type { Corpus } from "../content/corpus.ts";
import type { ArticlePage, ArticleSummary } from "../content/types.ts";
import { searchDocument, type SearchDocument } from "../content/search.ts";
import { SearchIndexBuilder, buildSearchFiles } from "../content/search-build.ts";

export const INDEX_ID = "virtual:news-index";
export const ARTICLE_PREFIX = "virtual:news-article/";
export const LIST_PREFIX = "virtual:news-list/";
/** Where the dev server serves the search index's files, under the base. */
export const DEV_SEARCH_PREFIX = "@news-search/";
export const PAGE_SIZE = 20;
/** "Mới nhất" shows five; one more so the article being read can be left out. */
export const LATEST_COUNT = 6;

/** A JS expression that evaluates to `value`; JSON.parse of a string is faster than a literal. */
export function jsonModuleValue(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

/** A data module: the value as its default export; null ("no such page") as the literal. */
export function defaultExport(value: unknown): string {
  return `export default ${value === null ? "null" : jsonModuleValue(value)};`;
}

/** "Mới nhất" and the not-found page list titles and dates only: no excerpts in every page's JS. */
export function latestOf(corpus: Corpus): ArticleSummary[] {
  return corpus.summaries.slice(0, LATEST_COUNT).map((s) => ({ ...s, excerpt: null }));
}

export function pageCountOf(corpus: Corpus): number {
  return Math.max(1, Math.ceil(corpus.summaries.length / PAGE_SIZE));
}

export function listPage(corpus: Corpus, page: number): ArticleSummary[] | null {
  if (!Number.isInteger(page) || page < 1 || page > pageCountOf(corpus)) return null;
  return corpus.summaries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

const hashes = new WeakMap<Corpus, string>();

/**
 * Ten hex digits that change whenever any article or list changes. Memoised per corpus: a build
 * asks for it when it emits the data chunks and again for the index, and hashing serialises
 * every page.
 */
export function corpusHash(corpus: Corpus): string {
  let hex = hashes.get(corpus);
  if (hex === undefined) {
    const hash = createHash("sha1");
    hash.update(JSON.stringify(corpus.summaries));
    for (const page of corpus.pages.values()) hash.update(JSON.stringify(page));
    hex = hash.digest("hex").slice(0, 10);
    hashes.set(corpus, hex);
  }
  return hex;
}

/** Build: the data chunks' file names, relative to outDir. */
export const dataFolder = (hash: string) => `assets/news-${hash}`;
export const articleFile = (hash: string, slug: string) => `${dataFolder(hash)}/a/${slug}.js`;
export const listFile = (hash: string, page: number) => `${dataFolder(hash)}/p/${page}.js`;
export const searchFolder = (hash: string) => `${dataFolder(hash)}/search/`;

/** Where the browser finds the search index's files: a folder URL, each file's path after it. */
export const buildSearchUrl = (base: string, hash: string): string => base + searchFolder(hash);
export const devSearchUrl = (base: string): string => base + DEV_SEARCH_PREFIX;

/** How the browser reaches the data modules: a prefix and a suffix around a slug or a number. */
export type DataAddress = { article: [string, string]; list: [string, string] };

/** One data module's URL: an article's slug or a page number between prefix and suffix. */
export const dataUrl = ([prefix, suffix]: readonly [string, string], key: string | number): string => `${prefix}${key}${suffix}`;

export function buildAddress(base: string, hash: string): DataAddress {
  return {
    article: [base + articleFile(hash, "\0").split("\0")[0]!, ".js"],
    list: [base + listFile(hash, 0).replace(/0\.js$/, ""), ".js"],
  };
}

/** The dev server serves a virtual module at /@id/__x00__<id> (Vite's documented convention). */
export function devAddress(base: string): DataAddress {
  return { article: [`${base}@id/__x00__${ARTICLE_PREFIX}`, ""], list: [`${base}@id/__x00__${LIST_PREFIX}`, ""] };
}

export function indexModule(options: {
  corpus: Corpus;
  address: DataAddress;
  broken?: boolean;
  moved?: Record<string, string>;
  /** The search index's folder URL; without it the site has no search index. */
  search?: string;
}): string {
  const { corpus, address } = options;
  return `export const latest = ${jsonModuleValue(latestOf(corpus))};
export const pageCount = ${pageCountOf(corpus)};
export const broken = ${jsonModuleValue(options.broken ? corpus.broken : [])};
export const moved = ${jsonModuleValue(options.moved ?? {})};
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARTICLE = ${JSON.stringify(address.article)};
const LIST = ${JSON.stringify(address.list)};
export function loadArticle(slug) {
  if (!SLUG.test(slug)) return null;
  return import(/* @vite-ignore */ ARTICLE[0] + slug + ARTICLE[1]).then((m) => m.default);
}
export function loadList(page) {
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return import(/* @vite-ignore */ LIST[0] + page + LIST[1]).then((m) => m.default);
}
export const searchUrl = ${JSON.stringify(options.search ?? null)};
`;
}

const slugIndexes = new WeakMap<Corpus, Map<string, ArticlePage>>();

export function pageBySlug(corpus: Corpus, slug: string): ArticlePage | undefined {
  let index = slugIndexes.get(corpus);
  if (!index) slugIndexes.set(corpus, (index = new Map([...corpus.pages.values()].map((p) => [p.article.slug, p]))));
  return index.get(slug);
}

/**
 * Build: every data module as [file name relative to outDir, contents], one at a time. They
 * import nothing, so they are written as they are instead of going through the bundler: at
 * 10,000 articles bundling them as chunks took gigabytes of memory for nothing to resolve.
 */
export function* dataFiles(corpus: Corpus): Generator<[string, string | Uint8Array]> {
  const hash = corpusHash(corpus);
  for (const page of corpus.pages.values()) {
    yield [articleFile(hash, page.article.slug), defaultExport(page)];
  }
  for (let n = 1; n <= pageCountOf(corpus); n++) {
    yield [listFile(hash, n), defaultExport(listPage(corpus, n))];
  }
  const folder = searchFolder(hash);
  const builder = new SearchIndexBuilder();
  for (const doc of searchDocuments(corpus)) {
    const [name, json] = builder.add(doc);
    yield [folder + name, json];
  }
  for (const [name, data] of builder.files()) yield [folder + name, data];
}

/**
 * The corpus's search documents, oldest first (the index numbers them so: ties go to the higher
 * number, the newer), undated before them all, so they come last among equals. One at a time:
 * each is garbage once indexed.
 */
export function* searchDocuments(corpus: Corpus): Generator<SearchDocument> {
  for (let i = corpus.summaries.length - 1; i >= 0; i--) {
    const summary = corpus.summaries[i]!;
    yield searchDocument(pageBySlug(corpus, summary.slug)!.article, summary.excerpt);
  }
}

const devSearchFiles = new WeakMap<Corpus, Map<string, string | Uint8Array>>();

/** Dev: the search index's files for a corpus, built on the first request, kept until the corpus changes. */
export function searchFilesOf(corpus: Corpus): Map<string, string | Uint8Array> {
  let files = devSearchFiles.get(corpus);
  if (!files) devSearchFiles.set(corpus, (files = buildSearchFiles(searchDocuments(corpus))));
  return files;
}

/** The module for a resolved virtual id, or null when the id is not one of ours. */
export function dataModule(corpus: Corpus, id: string): string | null {
  if (id.startsWith(ARTICLE_PREFIX)) {
    const slug = id.slice(ARTICLE_PREFIX.length);
    const page = pageBySlug(corpus, slug);
    // Unknown (or deleted since the index was served): null is "not found", not a crash.
    return defaultExport(page ?? null);
  }
  if (id.startsWith(LIST_PREFIX)) {
    return defaultExport(listPage(corpus, Number(id.slice(LIST_PREFIX.length))));
  }
  return null;
}
