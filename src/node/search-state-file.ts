/**
 * The search index's state (search-update.ts SearchState) in the disk cache (state-file.ts):
 * words, slugs and keys as JSON; each document's words as numbers.
 */
import type { SearchState } from "../content/search-update.ts";
import type { DiskCache } from "./disk-cache.ts";
import { readStateFile, writeStateFile } from "./state-file.ts";

type Header = Omit<SearchState, "docWords">;

export function writeSearchState(disk: DiskCache, name: string, state: SearchState): void {
  const { docWords, ...header } = state;
  const offsets = new Int32Array(docWords.length + 1);
  docWords.forEach((w, n) => (offsets[n + 1] = offsets[n]! + w.length));
  const words = new Int32Array(offsets[docWords.length]!);
  docWords.forEach((w, n) => words.set(w, offsets[n]!));
  writeStateFile(disk, name, header, [offsets, words]);
}

export function readSearchState(disk: DiskCache, name: string): SearchState | null {
  const read = readStateFile<Header>(disk, name);
  if (!read || read.arrays.length !== 2) return null;
  const [offsets, words] = read.arrays as [Int32Array, Int32Array];
  const { header } = read;
  if (header.slugs.length !== header.count || header.keys.length !== header.count || offsets.length !== header.count + 1 || offsets[header.count] !== words.length) return null;
  return { ...header, docWords: Array.from({ length: header.count }, (_, n) => words.subarray(offsets[n]!, offsets[n + 1]!)) };
}
