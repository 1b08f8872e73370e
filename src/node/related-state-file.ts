/**
 * A ranking's state (related-update.ts RankingState) in the disk cache (state-file.ts): ids,
 * dates, keys and lists (as positions) as JSON; frequencies, vectors and floors as numbers.
 */
import type { RankingState } from "../content/related-update.ts";
import type { TermVector } from "../content/related-vectors.ts";
import type { DiskCache } from "./disk-cache.ts";
import { readStateFile, writeStateFile } from "./state-file.ts";

type Header = Omit<RankingState, "dfTerms" | "dfCounts" | "articles" | "vectors" | "lists" | "floors"> & {
  articles: Array<[id: string, publishedAt: string | null, key: string]>;
  /** Each list as the positions of its articles in `articles`. */
  lists: number[][];
};

const stateName = (name: string) => `${name}-state`;

export function writeRankingState(disk: DiskCache, name: string, state: RankingState): void {
  const { dfTerms, dfCounts, articles, vectors, lists, floors, ...rest } = state;
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const offsets = new Int32Array(vectors.length + 1);
  vectors.forEach((v, i) => (offsets[i + 1] = offsets[i]! + v.terms.length));
  // The vectors' terms and weights written as they are, each list one array in the file.
  const terms = vectors.length > 0 ? vectors.map((v) => v.terms) : new Int32Array(0);
  const weights = vectors.length > 0 ? vectors.map((v) => v.weights) : new Float64Array(0);
  const header: Header = {
    ...rest,
    articles: articles.map((a) => [a.id, a.publishedAt, a.key]),
    lists: lists.map((list) => list.map((id) => position.get(id)!)),
  };
  writeStateFile(disk, stateName(name), header, [dfTerms, dfCounts, offsets, terms, weights, floors]);
}

export function readRankingState(disk: DiskCache, name: string): RankingState | null {
  const read = readStateFile<Header>(disk, stateName(name));
  if (!read || read.arrays.length !== 6) return null;
  const { header } = read;
  const [dfTerms, dfCounts, offsets, terms, weights, floors] = read.arrays as [Int32Array, Int32Array, Int32Array, Int32Array, Float64Array, Float64Array];
  const count = header.articles.length;
  if (offsets.length !== count + 1 || floors.length !== count || offsets[count] !== terms.length || terms.length !== weights.length) return null;
  const vectors: TermVector[] = header.articles.map((_, i) => ({
    terms: terms.subarray(offsets[i]!, offsets[i + 1]!),
    weights: weights.subarray(offsets[i]!, offsets[i + 1]!),
  }));
  const { articles, lists, ...rest } = header;
  return {
    ...rest,
    dfTerms,
    dfCounts,
    articles: articles.map(([id, publishedAt, key]) => ({ id, publishedAt, key })),
    vectors,
    lists: lists.map((list) => list.map((i) => articles[i]![0])),
    floors,
  };
}
