/**
 * One word's files and the dictionary that names them (format in search-shards.ts): what a
 * whole build of the search index (search-build.ts) and an update of the last one
 * (search-update.ts) both write, so the two cannot disagree about a byte.
 */
import { ByteWriter, SEARCH_FORMAT_VERSION, fileName, searchPaths, writeSet, type DictionaryEntry, type SearchMeta } from "./search-shards.ts";

/** Spellings kept per word beyond the most used: more are typing slips, not a reader's query. */
export const MAX_SPELLINGS = 8;

/** A word's documents, ascending: all of them, those with it in the title, in the lead, and per spelling. */
export type WordSets = { docs: number[]; titles: number[]; leads: number[]; spellings: Array<{ spelling: string; docs: number[] }> };

/** One set of documents numbered below `range` as its own file. */
export function setFile(path: string, docs: ArrayLike<number>, range: number): [path: string, data: Uint8Array] {
  const out = new ByteWriter();
  writeSet(out, docs, range);
  return [path, out.done()];
}

/** A word's set files and its dictionary entry, for a corpus numbered below `count`, member blocks of `block` numbers. */
export function encodeWord(word: string, sets: WordSets, count: number, block: number): { files: Array<[path: string, data: Uint8Array]>; entry: DictionaryEntry } {
  const spellings = storedSpellings(sets.spellings, (s) => s.docs.length);
  const file = fileName(word);
  const files: Array<[string, Uint8Array]> = [];
  const blocks: number[] = [];
  // Each block's numbers from its start, as a set of `block` bits: a block's bytes change only with its own documents.
  for (let at = 0; at < sets.docs.length; ) {
    const b = Math.floor(sets.docs[at]! / block);
    const start = b * block;
    const inBlock: number[] = [];
    while (at < sets.docs.length && sets.docs[at]! < start + block) inBlock.push(sets.docs[at++]! - start);
    files.push(setFile(searchPaths.members(file, b), inBlock, block));
    blocks.push(b);
  }
  if (spellings.length > 1) {
    const main = new Set(spellings[0]!.docs);
    const lacking = sets.docs.filter((d) => !main.has(d));
    [lacking, ...spellings.slice(1).map((other) => other.docs)].forEach((docs, k) => files.push(setFile(searchPaths.spellings(file, k), docs, count)));
  }
  files.push(setFile(searchPaths.titles(file), sets.titles, count), setFile(searchPaths.leads(file), sets.leads, count));
  return { files, entry: [word, file, sets.docs.length, sets.titles.length, sets.leads.length, spellings.map((s) => s.spelling), blocks] };
}

/** The spellings a word stores, by how many documents have them (the most used first, stored as its exceptions). */
export function storedSpellings<S extends { spelling: string }>(spellings: readonly S[], documents: (s: S) => number): S[] {
  return [...spellings].sort((a, b) => documents(b) - documents(a) || (a.spelling < b.spelling ? -1 : 1)).slice(0, MAX_SPELLINGS + 1);
}

/** The files of a word's dictionary entry: its member blocks, its spellings' when it has several, its titles and leads. */
export function entryFiles([, file, , , , spellings, blocks]: DictionaryEntry): string[] {
  const variants = spellings.length > 1 ? spellings.map((_, k) => searchPaths.spellings(file, k)) : [];
  return [...blocks.map((b) => searchPaths.members(file, b)), ...variants, searchPaths.titles(file), searchPaths.leads(file)];
}

/** A dictionary shard's file: its entries by word. */
export function shardFile(key: string, entries: DictionaryEntry[]): [path: string, json: string] {
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [searchPaths.dictionary(key), JSON.stringify(entries)];
}

/** meta.json for these shards. */
export function metaFile(count: number, shards: Iterable<string>, block: number): [path: string, json: string] {
  const meta: SearchMeta = { version: SEARCH_FORMAT_VERSION, count, shards: [...shards].sort(), block };
  return [searchPaths.meta, JSON.stringify(meta)];
}
