/**
 * Search at scale, for `npm run bench` and `npm run bench:scale`: the corpus generator's dumps
 * parsed in this process, the sharded index built exactly as a build writes it
 * (src/node/site-data.ts), then each query as the search page runs it — the files a fresh
 * visit fetches for it (gzip, as a host serving compressed files sends them), the time to its
 * first page of results with those files in hand (decoding included), and the time once every
 * file it needs is loaded. Queries run in order, as one visit: a later query fetches only what
 * the earlier ones did not. Times are reported, never asserted.
 */
import { gzipSync } from "node:zlib";
import { buildCorpus } from "../../src/content/corpus.ts";
import { parseArticle } from "../../src/content/parse.ts";
import { ShardedSearch } from "../../src/content/search-query.ts";
import { memoryFiles, type SearchFiles } from "../../src/content/search-files.ts";
import { searchFilesOf } from "../../src/node/site-data.ts";
import { generateDump, indexWidth } from "../corpus/generate.ts";
import { median } from "./pages.ts";

export type QueryKind = "words" | "prefix" | "none";

/** The four spellings of the seed's place, a phrase, words being typed, and nonsense. */
export const SEARCH_QUERIES: ReadonlyArray<{ query: string; kind: QueryKind }> = [
  { query: "hai ha", kind: "words" },
  { query: "HẢI HÀ", kind: "words" },
  { query: "Hải Hà", kind: "words" },
  { query: "dang bo tieu bieu", kind: "words" },
  { query: "nông thôn mới", kind: "words" },
  { query: "quang", kind: "words" },
  { query: "th", kind: "prefix" },
  { query: "ngh", kind: "prefix" },
  { query: "thu", kind: "prefix" },
  { query: "ha", kind: "prefix" },
  { query: "hai h", kind: "prefix" },
  { query: "kinh ngh", kind: "prefix" },
  { query: "nong thon m", kind: "prefix" },
  { query: "xqzvw jjkkq", kind: "none" },
];

export type QueryTiming = {
  query: string;
  kind: QueryKind;
  /** How many articles matched. */
  hits: number;
  /** Files this query fetched that the visit's earlier queries had not, and their gzip bytes. */
  files: number;
  gzipBytes: number;
  /** First page of results with the files in hand, on a fresh engine (decoding included). */
  coldMs: number;
  /** Once every file is loaded: ranking and the first page, median, p95 and max of the runs. */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Every timed run, in order. */
  samples: number[];
};

export type SearchBench = {
  dumps: number;
  articles: number;
  /** The index as written into assets/news-<hash>/search/. */
  index: { files: number; raw: number; gzip: number };
  /** Distinct folded words. */
  words: number;
  /** Building the index from the corpus (what the build adds). */
  buildMs: number;
  queries: QueryTiming[];
};

const WARM_UP = 3;

/** The value at a quantile of sorted numbers (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const gzipSize = (data: string | Uint8Array) => gzipSync(data).length;

export async function benchSearch(options: { count?: number; seed?: string; runs?: number; log?: (line: string) => void } = {}): Promise<SearchBench> {
  const { count = 10_000, seed = "1", runs = 30, log = () => {} } = options;
  log(`bench: search: parsing ${count} generated dumps…`);
  const width = indexWidth(count);
  const results = [];
  for (let i = 0; i < count; i++) {
    const dump = generateDump(seed, i, width);
    results.push(parseArticle(dump.name, dump.bytes));
  }
  // Related lists play no part in search: no ranking.
  const corpus = buildCorpus(results, { ranker: () => () => [] });

  log(`bench: search: building the index over ${corpus.entries.size} articles…`);
  let started = performance.now();
  const files = searchFilesOf(corpus);
  const buildMs = performance.now() - started;
  let raw = 0;
  let gzip = 0;
  let words = 0;
  for (const [path, data] of files) {
    raw += typeof data === "string" ? Buffer.byteLength(data) : data.length;
    gzip += gzipSize(data);
    if (path.startsWith("m/")) words++;
  }

  // One visit: each query fetches what the ones before it did not.
  const fetched = new Set<string>();
  const memory = memoryFiles(files);
  const counting: SearchFiles = {
    json: (path) => (fetched.add(path), memory.json(path)),
    bytes: (path) => (fetched.add(path), memory.bytes(path)),
  };
  const visit = new ShardedSearch(counting);
  log(`bench: search: ${SEARCH_QUERIES.length} queries × ${runs} runs…`);
  const queries: QueryTiming[] = [];
  for (const { query, kind } of SEARCH_QUERIES) {
    const before = new Set(fetched);
    const outcome = await visit.search(query);
    const fresh = [...fetched].filter((path) => !before.has(path));
    started = performance.now();
    await new ShardedSearch(memory).search(query);
    const coldMs = performance.now() - started;
    const warm = new ShardedSearch(memory, { rememberResults: false });
    for (let i = 0; i < WARM_UP; i++) await warm.search(query);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await warm.search(query);
      samples.push(performance.now() - t);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    queries.push({
      query,
      kind,
      hits: outcome.total,
      files: fresh.length,
      gzipBytes: fresh.reduce((sum, path) => sum + gzipSize(files.get(path)!), 0),
      coldMs,
      medianMs: median(samples),
      p95Ms: quantile(sorted, 0.95),
      maxMs: sorted[sorted.length - 1]!,
      samples,
    });
  }
  return { dumps: count, articles: corpus.entries.size, index: { files: files.size, raw, gzip }, words, buildMs, queries };
}
