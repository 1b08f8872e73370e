/**
 * Search at scale, for `npm run bench`: the corpus generator's dumps (10,000, seed 1) parsed in
 * this process, the search index built exactly as a build ships it (src/node/news-modules.ts),
 * its file's size raw and gzipped, the time to read it as the browser does (JSON.parse, then
 * loadSearchIndex), and each query's time over many runs — words, prefixes being typed, nothing
 * found — as src/content/search.ts answers the search page. Times are reported, never asserted.
 */
import { gzipSync } from "node:zlib";
import { buildCorpus } from "../../src/content/corpus.ts";
import { parseArticle } from "../../src/content/parse.ts";
import { search, type SearchData } from "../../src/content/search.ts";
import { loadSearchIndex } from "../../src/content/search-index.ts";
import { searchDataOf } from "../../src/node/news-modules.ts";
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
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Every timed run, in order. */
  samples: number[];
};

export type SearchBench = {
  dumps: number;
  articles: number;
  /** The index as written into assets/news-<hash>/search.json. */
  file: { raw: number; gzip: number };
  words: number;
  /** Building the index from the corpus (what the build adds). */
  buildMs: number;
  /** JSON.parse of the index and loadSearchIndex: what the search page waits for once. */
  loadMs: number;
  queries: QueryTiming[];
};

const WARM_UP = 3;

/** The value at a quantile of sorted numbers (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function benchSearch(options: { count?: number; seed?: string; runs?: number; log?: (line: string) => void } = {}): SearchBench {
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

  log(`bench: search: building the index over ${corpus.pages.size} articles…`);
  let started = performance.now();
  const data: SearchData = searchDataOf(corpus);
  const buildMs = performance.now() - started;
  const json = JSON.stringify(data);

  started = performance.now();
  const index = loadSearchIndex(JSON.parse(json) as SearchData);
  const loadMs = performance.now() - started;

  log(`bench: search: ${SEARCH_QUERIES.length} queries × ${runs} runs…`);
  const queries = SEARCH_QUERIES.map(({ query, kind }): QueryTiming => {
    for (let i = 0; i < WARM_UP; i++) search(index, query);
    const samples: number[] = [];
    let hits = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      hits = search(index, query).total;
      samples.push(performance.now() - t);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      query,
      kind,
      hits,
      medianMs: median(samples),
      p95Ms: quantile(sorted, 0.95),
      maxMs: sorted[sorted.length - 1]!,
      samples,
    };
  });

  return {
    dumps: count,
    articles: corpus.pages.size,
    file: { raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length },
    words: data.terms.length,
    buildMs,
    loadMs,
    queries,
  };
}
