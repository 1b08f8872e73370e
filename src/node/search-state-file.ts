/**
 * The search index's state (search-update.ts SearchState) in the disk cache (state-file.ts):
 * words, slugs and keys as JSON; each document's words as numbers.
 */
import type { SearchState } from "../content/search-update.ts";
import type { DiskCache } from "./disk-cache.ts";
import { readStateFile, writeStateFile } from "./state-file.ts";

type Header = Omit<SearchState, "wordOffsets" | "wordIds">;

export function writeSearchState(disk: DiskCache, name: string, state: SearchState): void {
  const { wordOffsets, wordIds, ...header } = state;
  writeStateFile(disk, name, header, [wordOffsets, wordIds]);
}

export function readSearchState(disk: DiskCache, name: string): SearchState | null {
  const read = readStateFile<Header>(disk, name);
  if (!read || read.arrays.length !== 2) return null;
  const [wordOffsets, wordIds] = read.arrays as [Int32Array, Int32Array];
  const { header } = read;
  if (header.slugs.length !== header.count || header.keys.length !== header.count || wordOffsets.length !== header.count + 1 || wordOffsets[header.count] !== wordIds.length) return null;
  return { ...header, wordOffsets, wordIds };
}
