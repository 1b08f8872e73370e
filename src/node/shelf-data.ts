/**
 * The shelves' data files (addresses in src/app/data/data-paths.ts, shapes in
 * src/content/shelves.ts) from a corpus: the authors' index, each author's and each month's
 * shelf and their pages, and the archive's years. One function answers a path, for the build
 * that writes them all, the dev server that answers one, and the prerenderer that renders a
 * page from the files it reads; a generator yields them all.
 */
import type { Corpus } from "../content/corpus.ts";
import { listPage, pageCountOf } from "../content/listing.ts";
import { archiveIndex, authorHead, authorsPage, listingOrder, monthHead, shelfHead, shelvesOf, type Shelf, type ShelfHead, type Shelves } from "../content/shelves.ts";
import { DATA_FOLDER, dataPaths, shelfKeys } from "../app/data/data-paths.ts";
import { topicHead, topicsPage } from "../content/topic-index.ts";
import { topicNameShards, topicPrefixes } from "../content/topic-search.ts";

const built = new WeakMap<Corpus, Shelves>();

/** The corpus's shelves, built once per corpus. */
export function corpusShelves(corpus: Corpus): Shelves {
  let shelves = built.get(corpus);
  if (!shelves) {
    // Paged in the list pages' order, which a rebuild keeps: an added article changes only the last page of its shelves.
    const order = listingOrder(corpus.listing);
    shelves = shelvesOf(corpus.summaries, (slug) => corpus.entries.get(slug)?.record.authors, (slug) => order.get(slug) ?? Number.MAX_SAFE_INTEGER);
    built.set(corpus, shelves);
  }
  return shelves;
}

/** The shelf a data path's key names ("author/<slug>", "month/2020-03", "month/undated"), if any. */
function shelfOf(shelves: Shelves, topics: Corpus["topics"], key: string): { shelf: Shelf; head: () => unknown } | null {
  if (key === shelfKeys.undated) return { shelf: shelves.undated, head: () => shelfHead(shelves.undated) };
  const author = /^author\/([^/]+)$/.exec(key);
  if (author) {
    const shelf = shelves.authors.get(author[1]!);
    return shelf ? { shelf, head: () => authorHead(shelf) } : null;
  }
  const topic = /^topic\/([^/]+)$/.exec(key);
  if (topic) {
    const shelf = topics.topics.get(topic[1]!);
    return shelf ? { shelf, head: () => topicHead(shelf) } : null;
  }
  const month = /^month\/(\d{4}-\d{2})$/.exec(key);
  if (month) {
    const shelf = shelves.months.get(month[1]!);
    return shelf ? { shelf, head: () => monthHead(shelves, month[1]!) } : null;
  }
  return null;
}

/**
 * The data file at `path` (below the base) as a value, for the shelves' paths: null for one of
 * their shape that names nothing (an unknown author, a page past the last), undefined for a path
 * that is not theirs.
 */
export function shelfData(corpus: Corpus, path: string): unknown {
  if (!path.startsWith(DATA_FOLDER)) return undefined;
  const shelves = corpusShelves(corpus);
  if (path === dataPaths.archive) return archiveIndex(shelves);
  const authors = /^data\/authors\/(\d+)\.json$/.exec(path);
  if (authors) return authorsPage(shelves, Number(authors[1]));
  const topics = /^data\/topics\/(\d+)\.json$/.exec(path);
  if (topics) return topicsPage(corpus.topics, Number(topics[1]));
  if (path === dataPaths.topicPrefixes) return topicPrefixes(corpus.topics);
  const names = /^data\/topic-names\/([a-z0-9]{1,2})\.json$/.exec(path);
  if (names) return topicNameShards(corpus.topics).get(names[1]!) ?? null;
  const shelf = /^data\/((?:author|month|topic)\/[^/]+?)(?:\/(\d+))?\.json$/.exec(path);
  if (!shelf) return undefined;
  const found = shelfOf(shelves, corpus.topics, shelf[1]!);
  if (!found) return null;
  return shelf[2] === undefined ? found.head() : listPage(found.shelf.listing, Number(shelf[2]));
}

/** Every shelf data file, as [path, JSON]: what a build writes. */
export function* shelfDataFiles(corpus: Corpus): Generator<[path: string, json: string]> {
  const shelves = corpusShelves(corpus);
  yield [dataPaths.archive, JSON.stringify(archiveIndex(shelves))];
  for (let n = 1, page = authorsPage(shelves, 1); page; page = authorsPage(shelves, ++n)) yield [dataPaths.authors(n), JSON.stringify(page)];
  const each = function* (key: string, shelf: Shelf, head: unknown): Generator<[string, string]> {
    yield [dataPaths.shelf(key), JSON.stringify(head)];
    for (let n = 1; n <= pageCountOf(shelf.listing); n++) yield [dataPaths.shelf(key, n), JSON.stringify(listPage(shelf.listing, n))];
  };
  for (const shelf of shelves.authors.values()) yield* each(shelfKeys.author(shelf.slug), shelf, authorHead(shelf));
  for (const [key, shelf] of shelves.months) yield* each(shelfKeys.month(key), shelf, monthHead(shelves, key));
  for (let n = 1, page = topicsPage(corpus.topics, 1); page; page = topicsPage(corpus.topics, ++n)) yield [dataPaths.topics(n), JSON.stringify(page)];
  for (const shelf of corpus.topics.topics.values()) yield* each(shelfKeys.topic(shelf.slug), shelf, topicHead(shelf));
  for (const [prefix, shard] of topicNameShards(corpus.topics)) yield [dataPaths.topicNames(prefix), JSON.stringify(shard)];
  yield [dataPaths.topicPrefixes, JSON.stringify(topicPrefixes(corpus.topics))];
  yield* each(shelfKeys.undated, shelves.undated, shelfHead(shelves.undated));
}

/**
 * A shelf's pages' files, for the prerenderer, which asks for a shelf's pages one after another
 * (page-routes.ts lists them so): `files`, the values of a route's data files; `shown`, what its
 * HTML is made of as text, for its fingerprint. The head (a topic's newest pages, its related
 * topics) is made and serialised once for all the pages of its shelf: made again for each, it was
 * most of the main thread's work on the 26,000 topic pages of a 100,000-article build.
 */
export type ShelfPages = {
  files(paths: readonly string[]): unknown[];
  /**
   * Its files as text — but of a page below the landing only what it shows of the head: the
   * shelf's name or month, the months either side, and whether a newer page exists, so the page
   * is not rendered again when the shelf grows (as a list page of home's).
   */
  shown(paths: readonly string[]): string;
};

export function shelfPages(corpus: Corpus): ShelfPages {
  // The last head asked for: its path, its value, its JSON and its shown part's.
  let last: { path: string; value: unknown; json?: string; shown?: { text: string; pageCount: number } } | undefined;
  const head = (path: string) => (last?.path === path ? last : (last = { path, value: shelfData(corpus, path) }));
  return {
    files: (paths) => paths.map((path, i) => (i === 0 ? head(path).value : shelfData(corpus, path))),
    shown(paths) {
      const first = head(paths[0]!);
      if (paths.length < 2 || first.value === null || typeof first.value !== "object") return (first.json ??= JSON.stringify(first.value ?? null));
      if (!first.shown) {
        const { count: _count, newest: _newest, homePages: _pages, pageCount, ...shown } = first.value as ShelfHead;
        first.shown = { text: JSON.stringify(shown), pageCount };
      }
      const n = Number(/\/(\d+)\.json$/.exec(paths[1]!)?.[1]);
      return `${first.shown.text}\n${JSON.stringify(shelfData(corpus, paths[1]!) ?? null)}\n${n < first.shown.pageCount}`;
    },
  };
}
