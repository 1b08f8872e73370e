/**
 * A ranking's state (related-update.ts RankingState) in the disk cache: what names articles as
 * JSON (ids, dates, keys, lists as positions), the numbers as one binary file beside it
 * (frequencies, vectors, floors: at 100,000 articles some 80 MB, read in a fraction of a second
 * where JSON would take many). A token in both says they were written together; a state that
 * cannot be read is no state, and the next ranking is whole.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync, renameSync } from "node:fs";
import path from "node:path";
import type { RankingState } from "../content/related-update.ts";
import type { TermVector } from "../content/related-vectors.ts";
import type { DiskCache } from "./disk-cache.ts";

type Header = Omit<RankingState, "dfTerms" | "dfCounts" | "articles" | "vectors" | "lists" | "floors"> & {
  token: string;
  articles: Array<[id: string, publishedAt: string | null, key: string]>;
  /** Each list as the positions of its articles in `articles`. */
  lists: number[][];
};

const TOKEN_BYTES = 16;
const stateName = (name: string) => `${name}-state`;

export function writeRankingState(disk: DiskCache, name: string, state: RankingState): void {
  const folder = disk.folder(stateName(name));
  if (!folder) return;
  const token = randomBytes(TOKEN_BYTES);
  const position = new Map(state.articles.map((a, i) => [a.id, i]));
  let total = 0;
  for (const v of state.vectors) total += v.terms.length;
  const offsets = new Int32Array(state.vectors.length + 1);
  const terms = new Int32Array(total);
  const weights = new Float64Array(total);
  state.vectors.forEach((v, i) => {
    terms.set(v.terms, offsets[i]!);
    weights.set(v.weights, offsets[i]!);
    offsets[i + 1] = offsets[i]! + v.terms.length;
  });
  const sizes = Int32Array.from([state.dfTerms.length, state.vectors.length, total, 0]);
  const parts = [token, sizes, state.dfTerms, state.dfCounts, offsets, terms, weights, state.floors].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  const file = path.join(folder, "state.bin");
  try {
    writeFileSync(`${file}.tmp`, Buffer.concat(parts));
    renameSync(`${file}.tmp`, file);
  } catch {
    return;
  }
  const { dfTerms, dfCounts, articles, vectors, lists, floors, ...rest } = state;
  const header: Header = {
    ...rest,
    token: token.toString("hex"),
    articles: articles.map((a) => [a.id, a.publishedAt, a.key]),
    lists: lists.map((list) => list.map((id) => position.get(id)!)),
  };
  disk.write(stateName(name), header);
}

export function readRankingState(disk: DiskCache, name: string): RankingState | null {
  const header = disk.read<Header | null>(stateName(name));
  const folder = header ? disk.folder(stateName(name)) : null;
  if (!header || !folder) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(folder, "state.bin"));
  } catch {
    return null;
  }
  if (bytes.length < TOKEN_BYTES + 16 || bytes.subarray(0, TOKEN_BYTES).toString("hex") !== header.token) return null;
  // Copied out (slice) so each array starts aligned, whatever the Buffer's offset.
  let at = TOKEN_BYTES;
  const take = <T>(make: (buffer: ArrayBuffer) => T, length: number, width: number): T => {
    const part = bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + length * width) as ArrayBuffer;
    at += length * width;
    return make(part);
  };
  const [dfLength, articleCount, total] = take((b) => new Int32Array(b), 4, 4);
  if (articleCount !== header.articles.length || bytes.length !== TOKEN_BYTES + 16 + dfLength! * 8 + (articleCount + 1) * 4 + total! * 12 + articleCount * 8) return null;
  const dfTerms = take((b) => new Int32Array(b), dfLength!, 4);
  const dfCounts = take((b) => new Int32Array(b), dfLength!, 4);
  const offsets = take((b) => new Int32Array(b), articleCount + 1, 4);
  const terms = take((b) => new Int32Array(b), total!, 4);
  const weights = take((b) => new Float64Array(b), total!, 8);
  const floors = take((b) => new Float64Array(b), articleCount, 8);
  const vectors: TermVector[] = header.articles.map((_, i) => ({
    terms: terms.subarray(offsets[i]!, offsets[i + 1]!),
    weights: weights.subarray(offsets[i]!, offsets[i + 1]!),
  }));
  const { token: _, articles, lists, ...rest } = header;
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
