/**
 * Browser: queries over the sharded index (search-shards.ts), fetching only the files a query
 * needs, each once per visit (and kept by the service worker, so a search made once works
 * offline): the dictionary shards of its words, their title sets (and spellings when typed with
 * marks), then only as far as its first results need them their lead sets and member blocks, and
 * the stored fields of the results shown. search-rank.ts says when what is in hand is enough.
 *
 * Ranking: every word must match (AND). Each word adds its rarity (ln(1 + N/df)) times 6 when
 * it is in the title, 3 in the lead, 1 anywhere; doubled when the query wrote it with marks and
 * the document has it spelled exactly so ("Hải Hà" before "hai hà"). Ties: the newer first.
 * The word being typed also matches as a prefix in titles (from 2 letters) and leads (from 3):
 * of the completions most often found there, PREFIX_EXPANSIONS at most.
 *
 * The count is exact unless making it so would fetch more than EAGER_BYTES beyond what the first
 * results needed (common words of a large archive): then it is estimated from the newest member
 * block, rounded to two figures and marked `approximate`, and becomes exact when a later page of
 * results needs every block anyway.
 */
import { LEAD_PREFIX, MIN_PREFIX, queryTerms } from "./search.ts";
import { writtenWords } from "./search-build.ts";
import { standing, twoFigures, type CompletionKnowledge, type Knowledge, type Standing, type WordKnowledge } from "./search-rank.ts";
import type { SearchFiles } from "./search-files.ts";
import {
  ByteReader,
  SEARCH_FORMAT_VERSION,
  has,
  noDocuments,
  searchPaths,
  setBytesAbout,
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
/**
 * Bytes (about, uncompressed) of lead sets and member blocks a query fetches at once rather than
 * step by step: every query of a 10,000-article site, so there counts are always exact.
 */
export const EAGER_BYTES = 24_000;

/** One result: what a list shows of it, its score, and the folded words it matched (for highlights). */
export type ShardedHit = Pick<ArticleSummary, "slug" | "title" | "dateline" | "publishedAt" | "hasTime" | "excerpt"> & {
  score: number;
  terms: string[];
};

/** `approximate`: the total is an estimate (two figures), not a count. */
export type ShardedOutcome = { total: number; approximate: boolean; hits: ShardedHit[] };

/** A query word: folded, and as typed when typed with marks (then an exact spelling counts more). */
type QueryWord = { folded: string; exact: string | null };

/**
 * One query's words, what is known of them so far, the standing that knowledge gives (null once
 * a fetch adds to it), and the count once known.
 */
type Run = {
  knowledge: Knowledge;
  entries: Array<DictionaryEntry | null>;
  completions: DictionaryEntry[];
  block: number;
  standing: Standing | null;
  total: number | null;
  approximate: boolean;
};

const NO_RESULTS: ShardedOutcome = { total: 0, approximate: false, hits: [] };

export class ShardedSearch {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly runs = new Map<string, Promise<Run | null>>();

  /** `rememberResults: false` ranks every query afresh (the bench times ranking over loaded files); `eagerBytes` overrides EAGER_BYTES. */
  constructor(
    private readonly files: SearchFiles,
    private readonly options: { rememberResults?: boolean; eagerBytes?: number } = {},
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

  private set(path: string, count: number): Promise<Uint8Array> {
    return this.once(path, async () => new ByteReader(await this.files.bytes(path)).set(count));
  }

  /** A set the dictionary says is empty is not fetched. */
  private setOrNone(path: string, size: number, count: number): Promise<Uint8Array> {
    return size > 0 ? this.set(path, count) : Promise.resolve(noDocuments(count));
  }

  /** The best `limit` results from `offset` on, and how many matched in all. */
  async search(query: string, offset = 0, limit = PAGE_OF_RESULTS): Promise<ShardedOutcome> {
    const key = queryTerms(query).join(" ") + "\0" + exactForms(query).join(" ");
    let run = this.options.rememberResults === false ? undefined : this.runs.get(key);
    if (!run) {
      run = this.start(query);
      run.catch(() => this.runs.delete(key));
      this.runs.set(key, run);
    }
    const known = await run;
    if (!known) return NO_RESULTS;
    const { docs, scores, terms } = await this.rankAsFar(known, offset + limit);
    const shown = Array.from(docs.subarray(offset, offset + limit));
    const stored = await Promise.all(
      shown.map((doc) => this.once(searchPaths.document(doc), () => this.files.json<StoredDocument>(searchPaths.document(doc)))),
    );
    const hits = shown.map((doc, i): ShardedHit => {
      const [slug, title, dateline, publishedAt, hasTime, excerpt] = stored[i]!;
      return { slug, title, dateline, publishedAt, hasTime: hasTime === 1, excerpt, score: scores[offset + i]!, terms: terms.get(doc) ?? [] };
    });
    return { total: known.total!, approximate: known.approximate, hits };
  }

  /** A query's words, their title sets and typed spellings: null when some word is in no document. */
  private async start(query: string): Promise<Run | null> {
    const words = queryWords(query);
    if (words.length === 0) return null;
    const { count, block } = await this.meta();
    const last = words[words.length - 1]!;
    const prefix = last.folded.length >= MIN_PREFIX ? last.folded : null;
    const [entries, completions] = await Promise.all([
      Promise.all(words.map((w) => this.entry(w.folded))),
      prefix ? this.completions(prefix) : Promise.resolve([]),
    ]);
    // Every word but the last must be a word of the index; the last may be a start of one.
    if (entries.slice(0, -1).some((e) => e === null)) return null;
    if (entries.at(-1) === null && completions.length === 0) return null;
    const leadsToo = last.folded.length >= LEAD_PREFIX;
    const rarity = (e: DictionaryEntry) => Math.log(1 + count / Math.max(1, e[2]));
    const known: Array<WordKnowledge | null> = await Promise.all(
      entries.map(async (e, i) => {
        if (!e) return null;
        const [titles, exact] = await Promise.all([this.setOrNone(searchPaths.titles(e[1]), e[3], count), this.exactTest(e, words[i]!.exact, count)]);
        return { rarity: rarity(e), titles, leads: e[4] > 0 ? null : noDocuments(count), members: noDocuments(count), from: count, exact, word: e[0] };
      }),
    );
    const typed: CompletionKnowledge[] = await Promise.all(
      completions.map(async (e) => ({
        rarity: rarity(e),
        titles: await this.setOrNone(searchPaths.titles(e[1]), e[3], count),
        leads: leadsToo && e[4] > 0 ? null : noDocuments(count),
        leadsCount: leadsToo,
        word: e[0],
      })),
    );
    const run: Run = { knowledge: { count, words: known, completions: typed }, entries, completions, block, standing: null, total: null, approximate: false };
    // A small index's rest comes at once: one round of fetches, an exact count; and with it the
    // files a query of the same words typed with marks needs most (the documents lacking each
    // word's most used spelling), so that one answers at once, offline too.
    if (this.restBytes(run) <= (this.options.eagerBytes ?? EAGER_BYTES)) {
      const mostUsed = entries.flatMap((e) => (e && e[5].length > 1 ? [this.set(searchPaths.spellings(e[1], 0), count)] : []));
      await Promise.all([this.fetchRest(run), ...mostUsed]);
    }
    return run;
  }

  /**
   * The certain results as far as `want` (or all there are), fetching leads, then every member
   * block, only while what is in hand does not settle them; then the count.
   */
  private async rankAsFar(run: Run, want: number): Promise<Standing> {
    const unsettled = () => {
      const now = this.standingOf(run);
      return now.settled < want && now.open > 0;
    };
    // Leads first (none missing: nothing fetched), then every member block.
    if (unsettled()) await this.fetchLeads(run);
    if (unsettled()) await this.fetchRest(run);
    if (run.total === null || run.approximate) await this.count(run);
    return this.standingOf(run);
  }

  /** What the knowledge in hand gives, worked out once per change to it (every document is visited). */
  private standingOf(run: Run): Standing {
    return (run.standing ??= standing(run.knowledge));
  }

  /** The total: exact when every member is known (or one word alone: its document count), else estimated from the newest block. */
  private async count(run: Run): Promise<void> {
    const { knowledge: k, entries, completions } = run;
    const set = (total: number, approximate: boolean) => {
      run.total = total;
      run.approximate = approximate;
    };
    const now = this.standingOf(run);
    if (now.open === 0) return set(now.docs.length, false);
    if (entries.length === 1 && completions.length === 0) return set(entries[0]![2], false);
    if (this.restBytes(run) <= (this.options.eagerBytes ?? EAGER_BYTES)) {
      await this.fetchRest(run);
      return set(this.standingOf(run).docs.length, false);
    }
    await this.fetchMembers(run, Math.max(0, Math.floor((k.count - run.block) / run.block)));
    const sampled = this.standingOf(run);
    const estimate = Math.round((sampled.sampleHits * k.count) / Math.max(1, k.count - sampled.sampleFrom));
    set(Math.max(sampled.docs.length, twoFigures(estimate)), true);
  }

  /** About the bytes of the lead sets and member blocks not yet fetched. */
  private restBytes({ knowledge: k, entries, completions, block }: Run): number {
    let bytes = 0;
    entries.forEach((e, i) => {
      const w = k.words[i];
      if (!e || !w) return;
      if (!w.leads) bytes += setBytesAbout(e[4], k.count);
      const unknown = e[6].filter((b) => b * block < w.from).length;
      if (unknown > 0) bytes += unknown * setBytesAbout(Math.ceil(e[2] / e[6].length), block);
    });
    completions.forEach((e, i) => {
      if (!k.completions[i]!.leads) bytes += setBytesAbout(e[4], k.count);
    });
    return bytes;
  }

  /** The lead sets not yet in hand (words' and completions'); what they add to the knowledge voids its standing. */
  private async fetchLeads(run: Run): Promise<void> {
    const { knowledge: k, entries, completions } = run;
    const missing = [...entries.map((e, i) => [e, k.words[i]] as const), ...completions.map((e, i) => [e, k.completions[i]] as const)].filter(
      ([e, w]) => e && w && !w.leads,
    );
    if (missing.length === 0) return;
    await Promise.all(
      missing.map(async ([e, w]) => {
        w!.leads = await this.set(searchPaths.leads(e![1]), k.count);
      }),
    );
    run.standing = null;
  }

  private async fetchRest(run: Run): Promise<void> {
    await Promise.all([this.fetchLeads(run), this.fetchMembers(run, 0)]);
  }

  /** Every word's member blocks from block `from` on (the newest), into its member bitmap; fetched ones void the standing. */
  private async fetchMembers(run: Run, from: number): Promise<void> {
    const { knowledge: k, entries, block } = run;
    const missing = entries.flatMap((e, i) => {
      const w = k.words[i];
      return e && w && w.from > from * block ? [{ e, w }] : [];
    });
    if (missing.length === 0) return;
    await Promise.all(
      missing.map(async ({ e, w }) => {
        const wanted = e[6].filter((b) => b >= from && b * block < w.from);
        const sets = await Promise.all(wanted.map((b) => this.set(searchPaths.members(e[1], b), block)));
        wanted.forEach((b, j) => {
          const at = (b * block) / 8;
          w.members.set(sets[j]!.subarray(0, w.members.length - at), at);
        });
        w.from = Math.min(w.from, from * block);
      }),
    );
    run.standing = null;
  }

  /** Whether a document spells the word as the query typed it; null for a query word typed without marks. */
  private async exactTest(entry: DictionaryEntry, spelling: string | null, count: number): Promise<((doc: number) => boolean) | null> {
    if (spelling === null) return null;
    const at = entry[5].indexOf(spelling);
    if (at < 0) return () => false;
    if (entry[5].length === 1) return () => true;
    // Set 0 is the documents lacking the most used spelling; set k, those having the k-th other one.
    const set = await this.set(searchPaths.spellings(entry[1], at), count);
    return at === 0 ? (doc) => !has(set, doc) : (doc) => has(set, doc);
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
