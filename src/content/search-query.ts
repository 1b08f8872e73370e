/**
 * Browser: queries over the sharded index (search-shards.ts), fetching only the files a query
 * needs — the dictionary shards of its words, their document sets, the title (and, from three
 * letters, lead) sets of the word being typed's completions, and the stored fields of the results shown — each once
 * per visit (and kept by the service worker, so a search made once works offline).
 *
 * Ranking: every word must match (AND). Each word adds its rarity (ln(1 + N/df)) times 6 when
 * it is in the title, 3 in the lead, 1 anywhere; doubled when the query wrote it with marks and
 * the document has it spelled exactly so ("Hải Hà" before "hai hà"). Ties: the newer first.
 * The word being typed also matches as a prefix in titles (from 2 letters) and leads (from 3):
 * of the completions most often found there, PREFIX_EXPANSIONS at most.
 */
import { FIELD_BOOST, LEAD_PREFIX, MIN_PREFIX, queryTerms } from "./search.ts";
import { writtenWords } from "./search-build.ts";
import {
  ByteReader,
  SEARCH_FORMAT_VERSION,
  has,
  searchPaths,
  shardKey,
  type DictionaryEntry,
  type SearchMeta,
  type StoredDocument,
} from "./search-shards.ts";
import type { ArticleSummary } from "./types.ts";

/** Results shown at a time; the next ones come on demand. */
export const PAGE_OF_RESULTS = 20;
/** Completions of the word being typed that are looked up, the most frequent in titles and leads. */
export const PREFIX_EXPANSIONS = 10;
/** A word spelled exactly as typed (marks and all) counts this many times. */
export const EXACT_BOOST = 2;

/** How the index's files are fetched: the browser's fetch under the index's URL, or a test's map. */
export type SearchFiles = {
  json<T>(path: string): Promise<T>;
  bytes(path: string): Promise<Uint8Array>;
};

/** One result: what a list shows of it, its score, and the folded words it matched (for highlights). */
export type ShardedHit = Pick<ArticleSummary, "slug" | "title" | "dateline" | "publishedAt" | "hasTime" | "excerpt"> & {
  score: number;
  terms: string[];
};

export type ShardedOutcome = { total: number; hits: ShardedHit[] };

/** A word's documents; `others`, its other spellings' documents, only when a query wrote one of them. */
type Members = { all: Uint8Array; lacksMain: Uint8Array; others: Uint8Array[] | null };
type Fields = { titles: Uint8Array; leads: Uint8Array };
/** A query word: folded, and as typed when typed with marks (then an exact spelling counts more). */
type QueryWord = { folded: string; exact: string | null };

/** Scored matches of a query, best first, before any stored field is fetched. */
type Ranked = { total: number; docs: Int32Array; scores: Float64Array; terms: Map<number, string[]> };

export class ShardedSearch {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly ranked = new Map<string, Promise<Ranked>>();

  /** `rememberResults: false` ranks every query afresh (the bench times ranking over loaded files). */
  constructor(
    private readonly files: SearchFiles,
    private readonly options: { rememberResults?: boolean } = {},
  ) {}

  /** Each file once; a failed fetch is forgotten so the next query tries again. */
  private once<T>(path: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(path) as Promise<T> | undefined;
    if (!p) {
      p = load();
      p.catch(() => this.cache.delete(path));
      this.cache.set(path, p);
    }
    return p;
  }

  private meta(): Promise<SearchMeta> {
    return this.once(searchPaths.meta, async () => {
      const meta = await this.files.json<SearchMeta>(searchPaths.meta);
      if (meta.version !== SEARCH_FORMAT_VERSION) throw new Error(`search index version ${meta.version}, expected ${SEARCH_FORMAT_VERSION}`);
      return meta;
    });
  }

  /** A dictionary shard; one the index does not have is empty (no word starts so), not fetched. */
  private async shard(key: string): Promise<DictionaryEntry[]> {
    const { shards } = await this.meta();
    if (!shards.includes(key)) return [];
    const path = searchPaths.dictionary(key);
    return this.once(path, () => this.files.json<DictionaryEntry[]>(path));
  }

  private async entry(word: string): Promise<DictionaryEntry | null> {
    const shard = await this.shard(shardKey(word));
    let lo = 0;
    let hi = shard.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (shard[mid]![0] < word) lo = mid + 1;
      else hi = mid;
    }
    return shard[lo]?.[0] === word ? shard[lo]! : null;
  }

  /** A word's documents, and its other spellings' when `spelling` is one of them (not the most used). */
  private async members(entry: DictionaryEntry, count: number, spelling: string | null): Promise<Members> {
    const path = searchPaths.members(entry[1]);
    const main = await this.once(path, async () => {
      const read = new ByteReader(await this.files.bytes(path));
      return { all: read.set(count), lacksMain: read.set(count) };
    });
    if (spelling === null || entry[5].indexOf(spelling) < 1) return { ...main, others: null };
    const other = searchPaths.spellings(entry[1]);
    const others = await this.once(other, async () => {
      const read = new ByteReader(await this.files.bytes(other));
      return entry[5].slice(1).map(() => read.set(count));
    });
    return { ...main, others };
  }

  private set(path: string, count: number): Promise<Uint8Array> {
    return this.once(path, async () => new ByteReader(await this.files.bytes(path)).set(count));
  }

  /** A word's title and lead documents; for a completion of two letters, its titles only (leads: none). */
  private async fields(entry: DictionaryEntry, count: number, leads = true): Promise<Fields> {
    const none = new Uint8Array(Math.ceil(count / 8));
    const [titles, inLeads] = await Promise.all([
      entry[3] > 0 ? this.set(searchPaths.titles(entry[1]), count) : none,
      leads && entry[4] > 0 ? this.set(searchPaths.leads(entry[1]), count) : none,
    ]);
    return { titles, leads: inLeads };
  }

  /** The best `limit` results from `offset` on, and how many matched in all. */
  async search(query: string, offset = 0, limit = PAGE_OF_RESULTS): Promise<ShardedOutcome> {
    const key = queryTerms(query).join(" ") + "\0" + exactForms(query).join(" ");
    let ranked = this.options.rememberResults === false ? undefined : this.ranked.get(key);
    if (!ranked) {
      ranked = this.rank(query);
      ranked.catch(() => this.ranked.delete(key));
      this.ranked.set(key, ranked);
    }
    const { total, docs, scores, terms } = await ranked;
    const shown = Array.from(docs.subarray(offset, offset + limit));
    const stored = await Promise.all(
      shown.map((doc) => this.once(searchPaths.document(doc), () => this.files.json<StoredDocument>(searchPaths.document(doc)))),
    );
    const hits = shown.map((doc, i): ShardedHit => {
      const [slug, title, dateline, publishedAt, hasTime, excerpt] = stored[i]!;
      return { slug, title, dateline, publishedAt, hasTime: hasTime === 1, excerpt, score: scores[offset + i]!, terms: terms.get(doc) ?? [] };
    });
    return { total, hits };
  }

  private async rank(query: string): Promise<Ranked> {
    const words = queryWords(query);
    const none: Ranked = { total: 0, docs: new Int32Array(0), scores: new Float64Array(0), terms: new Map() };
    if (words.length === 0) return none;
    const { count } = await this.meta();
    const last = words[words.length - 1]!;
    const prefix = last.folded.length >= MIN_PREFIX ? last.folded : null;
    const [entries, completions] = await Promise.all([
      Promise.all(words.map((w) => this.entry(w.folded))),
      prefix ? this.completions(prefix) : Promise.resolve([]),
    ]);
    // Every word but the last must be a word of the index; the last may be a start of one.
    if (entries.slice(0, -1).some((e) => e === null)) return none;
    if (entries.at(-1) === null && completions.length === 0) return none;

    const whole = await Promise.all(
      entries.map(async (e, i) => (e ? { entry: e, members: await this.members(e, count, words[i]!.exact), fields: await this.fields(e, count) } : null)),
    );
    const leadsToo = last.folded.length >= LEAD_PREFIX;
    const typed = await Promise.all(completions.map(async (e) => ({ entry: e, fields: await this.fields(e, count, leadsToo) })));
    const rarity = (e: DictionaryEntry) => Math.log(1 + count / Math.max(1, e[2]));

    const docs: number[] = [];
    const scores: number[] = [];
    const terms = new Map<number, string[]>();
    for (let doc = count - 1; doc >= 0; doc--) {
      let score = 0;
      const matched: string[] = [];
      let ok = true;
      for (let i = 0; i < words.length && ok; i++) {
        const w = whole[i];
        let best = 0;
        if (w && has(w.members.all, doc)) {
          const field = has(w.fields.titles, doc) ? FIELD_BOOST.title : has(w.fields.leads, doc) ? FIELD_BOOST.lead : 0;
          const exact = words[i]!.exact !== null && spelledExactly(w.entry, w.members, words[i]!.exact!, doc);
          best = rarity(w.entry) * (field + FIELD_BOOST.body) * (exact ? EXACT_BOOST : 1);
          matched.push(w.entry[0]);
        }
        if (i === words.length - 1) {
          for (const c of typed) {
            const field = has(c.fields.titles, doc) ? FIELD_BOOST.title : leadsToo && has(c.fields.leads, doc) ? FIELD_BOOST.lead : 0;
            if (field === 0) continue;
            matched.push(c.entry[0]);
            best = Math.max(best, rarity(c.entry) * field);
          }
        }
        if (best === 0) ok = false;
        score += best;
      }
      if (!ok) continue;
      docs.push(doc);
      scores.push(score);
      terms.set(doc, [...new Set(matched)]);
    }
    // Best first; equal scores newest first (higher numbers are newer, and they came first).
    const order = docs.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || docs[b]! - docs[a]!);
    return {
      total: docs.length,
      docs: Int32Array.from(order, (i) => docs[i]!),
      scores: Float64Array.from(order, (i) => scores[i]!),
      terms,
    };
  }

  /** Words of the index that start with `prefix` (and are longer), most found in titles and leads first. */
  private async completions(prefix: string): Promise<DictionaryEntry[]> {
    const shard = await this.shard(shardKey(prefix));
    return shard
      .filter((e) => e[0].length > prefix.length && e[0].startsWith(prefix) && e[3] + e[4] > 0)
      .sort((a, b) => b[3] + b[4] - (a[3] + a[4]) || (a[0] < b[0] ? -1 : 1))
      .slice(0, PREFIX_EXPANSIONS);
  }
}

/** Does document `doc` have word `entry` spelled `spelling` (lower case, marks and all)? */
function spelledExactly(entry: DictionaryEntry, members: Members, spelling: string, doc: number): boolean {
  const at = entry[5].indexOf(spelling);
  if (at === 0) return !has(members.lacksMain, doc);
  const set = at > 0 ? members.others?.[at - 1] : undefined;
  return set !== undefined && has(set, doc);
}

/** The query's words typed with marks, lower case: those an exact spelling counts for. */
function exactForms(query: string): string[] {
  return writtenWords(query).flatMap(([spelling, folded]) => (spelling !== folded ? [spelling] : []));
}

/** The query's words as searched (queryTerms' rules), each with its spelling when typed with marks. */
export function queryWords(query: string): QueryWord[] {
  const folded = queryTerms(query);
  const written = writtenWords(query);
  return folded.map((f, i) => {
    const spelling = written[i]?.[1] === f ? written[i]![0] : null;
    return { folded: f, exact: spelling !== null && spelling !== f ? spelling : null };
  });
}

/** Files held in memory (a build's output, a test's index) as SearchFiles; a missing one is an error. */
export function memoryFiles(files: ReadonlyMap<string, string | Uint8Array>): SearchFiles {
  const get = (path: string) => {
    const data = files.get(path);
    return data === undefined ? Promise.reject(new Error(`search index: no file ${path}`)) : Promise.resolve(data);
  };
  return {
    json: async <T,>(path: string) => {
      const data = await get(path);
      return JSON.parse(typeof data === "string" ? data : new TextDecoder().decode(data)) as T;
    },
    bytes: async (path) => {
      const data = await get(path);
      return typeof data === "string" ? new TextEncoder().encode(data) : data;
    },
  };
}
