/**
 * Updating the last build's search index instead of building it again: a rebuild after 100 new
 * dumps reads the words of those 100, not of all 100,000 (about 15 s at that size), and writes
 * the files of the words they touch.
 *
 * The last build's files are the index's own record of every word's documents: a word the
 * changes touch is read back from them (its sets, its spellings), the removed documents taken
 * out, the added ones put in, and written again with the same code a whole build uses
 * (search-words.ts), so an update and a whole build write the same bytes. What the files do not
 * say — which words a removed or edited document had — the state (SearchState) kept by the last
 * build does. Touched are: the words of the added, edited and removed documents, and, when the
 * bitmaps grow a byte (the number of documents passed a multiple of 8), every word common
 * enough that one of its sets may be a bitmap. Every other word's files, and the dictionary
 * shards holding no touched word, are named as kept (null) and not read.
 */
import { ByteReader, SEARCH_FORMAT_VERSION, searchPaths, shardKey, type DictionaryEntry, type SearchMeta } from "./search-shards.ts";
import { union, updateWord, type WordFiles } from "./search-update-word.ts";
import { encodeWord, entryFiles, metaFile, shardFile, type WordSets } from "./search-words.ts";

/** What a build keeps of its index for the next one, by document number (a gap: slug null). */
export type SearchState = {
  count: number;
  /** Folded words, by id. */
  words: string[];
  slugs: Array<string | null>;
  /** What each document's stored fields and words were made of (its dump, its slug). */
  keys: Array<string | null>;
  /** Each document's words, as ids into `words`: document n's are wordIds[wordOffsets[n] .. wordOffsets[n + 1]). */
  wordOffsets: Int32Array;
  wordIds: Int32Array;
};

/** Document n's words (ids into state.words). */
export function documentWords(state: SearchState, n: number): Int32Array {
  return state.wordIds.subarray(state.wordOffsets[n]!, state.wordOffsets[n + 1]!);
}

/** The last build's index: its state, and its files (search-folder relative; null when missing). */
export type PreviousIndex = { state: SearchState; read(path: string): Uint8Array | null };

/** The last build's files do not match its state (a folder emptied by hand, a failed write): build whole. */
export class StaleIndexError extends Error {}

const EMPTY_SETS: WordSets = { docs: [], titles: [], leads: [], spellings: [] };

/**
 * Every file of the updated index but the stored documents: [path, bytes] for what changed,
 * [path, null] for the last build's files kept as they are. `added`: the added (or edited)
 * documents' sets by word; `kept`: the numbers of the documents kept unchanged; `count`: the
 * new bound of document numbers. Throws StaleIndexError when the last build's files are not
 * what its state says.
 */
export function* updatedFiles(
  previous: PreviousIndex,
  added: ReadonlyMap<string, WordSets>,
  kept: ReadonlySet<number>,
  count: number,
  block: number,
): Generator<[path: string, data: string | Uint8Array | null]> {
  const { state, read } = previous;
  const meta = parse<SearchMeta>(read(searchPaths.meta));
  if (!meta || meta.version !== SEARCH_FORMAT_VERSION || meta.count !== state.count || meta.block !== block) {
    throw new StaleIndexError("the last search index's meta.json does not match its state");
  }
  const shards = new Map<string, Map<string, DictionaryEntry>>();
  for (const key of meta.shards) {
    const entries = parse<DictionaryEntry[]>(read(searchPaths.dictionary(key)));
    if (!entries) throw new StaleIndexError(`the last search index has no dictionary shard ${key}`);
    shards.set(key, new Map(entries.map((e) => [e[0], e])));
  }

  const removed = new Set<number>();
  state.slugs.forEach((slug, n) => {
    if (slug !== null && !kept.has(n)) removed.add(n);
  });
  const touched = new Set<string>(added.keys());
  /** Each word's removed documents, ascending. */
  const goneOf = new Map<string, number[]>();
  for (const n of removed) {
    for (const w of documentWords(state, n)) {
      const word = state.words[w]!;
      touched.add(word);
      let gone = goneOf.get(word);
      if (!gone) goneOf.set(word, (gone = []));
      gone.push(n);
    }
  }
  const oldBytes = Math.ceil(state.count / 8);
  const newBytes = Math.ceil(count / 8);
  if (oldBytes !== newBytes) {
    // A list of n documents takes at most 4 (n + 1) bytes: below the bitmap's size it stays a list.
    const least = Math.min(oldBytes, newBytes);
    for (const entries of shards.values()) for (const [word, entry] of entries) if (4 * (entry[2] + 1) >= least) touched.add(word);
  }

  const changedShards = new Map<string, Map<string, DictionaryEntry>>();
  // Every touched word read before the first file is named, so a stale index throws before any is.
  const written: WordFiles["files"] = [];
  for (const word of touched) {
    const key = shardKey(word);
    const old = shards.get(key)?.get(word);
    const add = added.get(word);
    // Only the blocks the changes reach, when that is enough; else the word read whole.
    let update = old ? updateWord(old, opener(read, word), goneOf.get(word) ?? [], add ?? EMPTY_SETS, state.count, count, block) : null;
    if (!update) {
      const sets = merge(old ? without(setsFrom(old, read, state.count, block), removed) : EMPTY_SETS, add);
      update = sets.docs.length === 0 ? { files: [], entry: null } : encodeWord(word, sets, count, block);
    }
    let entries = changedShards.get(key);
    if (!entries) changedShards.set(key, (entries = new Map(shards.get(key) ?? [])));
    written.push(...update.files);
    if (update.entry) entries.set(word, update.entry);
    else entries.delete(word);
  }
  yield* written;
  for (const [key, entries] of shards) {
    for (const [word, entry] of entries) if (!touched.has(word)) for (const file of entryFiles(entry)) yield [file, null];
    if (!changedShards.has(key)) yield [searchPaths.dictionary(key), null];
  }
  const live: string[] = [...shards.keys()].filter((key) => !changedShards.has(key));
  for (const [key, entries] of changedShards) {
    if (entries.size === 0) continue;
    live.push(key);
    yield shardFile(key, [...entries.values()]);
  }
  yield metaFile(count, live, block);
}

function parse<T>(bytes: Uint8Array | null): T | null {
  if (bytes === null) return null;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch {
    return null;
  }
}

/** A word's sets as the last build wrote them (its dictionary entry names the files). */
function setsFrom([word, file, , , , spellings, blocks]: DictionaryEntry, read: PreviousIndex["read"], count: number, block: number): WordSets {
  const open = opener(read, word);
  const docs = blocks.flatMap((b) => open(searchPaths.members(file, b)).list(block).map((d) => d + b * block));
  const sets: WordSets = { docs, titles: open(searchPaths.titles(file)).list(count), leads: open(searchPaths.leads(file)).list(count), spellings: [] };
  if (spellings.length === 1) sets.spellings.push({ spelling: spellings[0]!, docs });
  if (spellings.length > 1) {
    const lacking = new Set(open(searchPaths.spellings(file, 0)).list(count));
    sets.spellings.push({ spelling: spellings[0]!, docs: docs.filter((d) => !lacking.has(d)) });
    spellings.slice(1).forEach((spelling, k) => sets.spellings.push({ spelling, docs: open(searchPaths.spellings(file, k + 1)).list(count) }));
  }
  return sets;
}

/** Reads the last build's file of a word's, which must be there. */
function opener(read: PreviousIndex["read"], word: string): (path: string) => ByteReader {
  return (path) => {
    const bytes = read(path);
    if (!bytes) throw new StaleIndexError(`the last search index lacks ${path} (the word "${word}")`);
    return new ByteReader(bytes);
  };
}

function without(sets: WordSets, removed: ReadonlySet<number>): WordSets {
  if (removed.size === 0) return sets;
  const keep = (docs: number[]) => docs.filter((d) => !removed.has(d));
  return { docs: keep(sets.docs), titles: keep(sets.titles), leads: keep(sets.leads), spellings: sets.spellings.map((s) => ({ spelling: s.spelling, docs: keep(s.docs) })).filter((s) => s.docs.length > 0) };
}

/** Two words' sets of disjoint documents as one, still ascending. */
function merge(a: WordSets, b: WordSets | undefined): WordSets {
  if (!b) return a;
  const spellings = new Map(a.spellings.map((s) => [s.spelling, s.docs]));
  for (const s of b.spellings) spellings.set(s.spelling, union(spellings.get(s.spelling) ?? [], s.docs));
  return {
    docs: union(a.docs, b.docs),
    titles: union(a.titles, b.titles),
    leads: union(a.leads, b.leads),
    spellings: [...spellings].map(([spelling, docs]) => ({ spelling, docs })),
  };
}
