/**
 * A build's data files into its output folder (site-data.ts), each rewritten only when its bytes
 * changed (a deploy uploads little), what it kept named for the sweep, and what the next build
 * into the same folder resumes from: the articles' data-file keys and the search index's state.
 * The search index and the list pages come first: they read no related list, so they are written
 * while ranking runs on the other core (rank-pool.ts); the articles' files wait for `ranked`,
 * asked for by the render step at its first article, its list pages already on their way.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { Corpus } from "../content/corpus.ts";
import type { SearchState } from "../content/search-update.ts";
import { dataPaths } from "../app/data/data-paths.ts";
import { cacheKey, type DiskCache } from "./disk-cache.ts";
import { keep, writeIfChanged } from "./output.ts";
import { readSearchState, writeSearchState } from "./search-state-file.ts";
import { articleDataFiles, listDataFiles, searchDataFiles, type ArticleDataFile, type DataFileOptions } from "./site-data.ts";
import type { BuiltCorpus } from "./static-build.ts";
import type { ArticleParts } from "./article-data.ts";

type Kept = Record<string, { key: string; digest: string }>;

export async function writeDataFiles(options: {
  dir: string;
  corpus: Corpus;
  base: string;
  disk: DiskCache;
  /** The store's key of what a dump's body is made of (SeedStore.bodyKey). */
  bodyKey: (file: string) => string | null;
  /** An article's parts, for a data file made with its page (article-data.ts). */
  partsOf: (slug: string) => ArticleParts;
  /** Settles once every related list can be read. */
  ranked: () => Promise<unknown>;
  /** Where the prerender step finds the data files: their names (spared by the sweep) and the articles'. */
  built: BuiltCorpus;
}): Promise<{ written: number; unchanged: number; articles(): Promise<ArticlesDone> }> {
  const { dir, corpus, base, disk, built } = options;
  let written = 0;
  let unchanged = 0;
  // The articles' data files of the last build into this folder: one made of the same is kept unread.
  const articlesName = `articles-${cacheKey(dir)}`;
  const previous = new Map(Object.entries(disk.read<Kept>(articlesName) ?? {}));
  const made: Kept = {};
  /** The keys of the data files left to be made with their pages: their digests come after. */
  const pending = new Map<string, string | null>();
  // Each article's data file, for the prerender step: pages are rendered from these files.
  const onArticle = ({ slug, name, digest, key }: ArticleDataFile) => {
    built.dataFiles.push(name);
    if (digest === null) {
      const partsOf = options.partsOf;
      built.articles.set(slug, { name, digest: null, parts: () => partsOf(slug) });
      pending.set(slug, key);
      return;
    }
    built.articles.set(slug, { name, digest });
    if (key !== null) made[slug] = { key, digest };
    keep(dir, name);
    unchanged++;
  };
  const articles = { bodyKey: options.bodyKey, previous, exists: (name: string) => existsSync(path.join(dir, name)), onArticle, defer: true };
  // The search index of the last build into this folder: updated, not built again.
  const searchName = `search-state-${cacheKey(dir)}`;
  const state = readSearchState(disk, searchName);
  const searchDir = path.join(dir, dataPaths.search);
  const read = (name: string) => {
    try {
      return readFileSync(path.join(searchDir, name));
    } catch {
      return null;
    }
  };
  const search = { ...(state ? { previous: { state, read } } : {}), done: (next: SearchState) => writeSearchState(disk, searchName, next) };
  const dataOptions: DataFileOptions = { articles, search };
  const write = (files: Iterable<[string, string | Uint8Array | null]>) => {
    for (const [name, data] of files) {
      built.dataFiles.push(name);
      if (data === null) {
        keep(dir, name);
        unchanged++;
      } else if (writeIfChanged(dir, name, data)) written++;
      else unchanged++;
    }
  };
  write(searchDataFiles(corpus, dataOptions));
  write(listDataFiles(corpus, base));
  return {
    written,
    unchanged,
    // Once ranked (the render step asks at its first article, its list pages on their way).
    articles: async () => {
      await options.ranked();
      const before = { written, unchanged };
      write(articleDataFiles(corpus, dataOptions));
      return {
        kept: unchanged - before.unchanged,
        written: written - before.written,
        deferred: pending.size,
        // After the pages: the digests of the files made with them join the keys the next build compares.
        finish: (digests) => {
          for (const [slug, key] of pending) {
            const digest = digests.get(slug);
            if (key !== null && digest !== undefined) made[slug] = { key, digest };
          }
          disk.write(articlesName, made);
        },
      };
    },
  };
}

/** What became of the articles' data files: kept, written now, left to be made with their pages; `finish` after the pages. */
export type ArticlesDone = { kept: number; written: number; deferred: number; finish(digests: ReadonlyMap<string, string>): void };
