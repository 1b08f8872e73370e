/**
 * Related lists on disk: ranking 10,000 articles takes seconds, and a dev start or a rebuild
 * with unchanged text would repeat it for the same answer. Keyed by everything ranking reads
 * (each article's id, title, text and date), so any change to those recomputes; and when the
 * corpus comes from a store that keys its dumps, the last ranking's state is kept beside the
 * lists (related-state-file.ts), so a rebuild after a few changes ranks only the lists they touch.
 */
import { createHash } from "node:crypto";
import type { RelatedRanker } from "../content/corpus.ts";
import { RelatedIndex } from "../content/related.ts";
import { rankUpdate, type RankingArticle, type RankingOptions } from "../content/related-update.ts";
import type { TermCounts } from "../content/related-terms.ts";
import type { Documents } from "../content/related-vectors.ts";
import type { DiskCache } from "./disk-cache.ts";
import { readRankingState, writeRankingState } from "./related-state-file.ts";

type Stored = { key: string; lists: Record<string, string[]> };

/** What a ranking did: lists ranked (the rest kept from the last build) of how many, and whether everything was weighed again. */
export type RankingReport = { ranked: number; total: number; whole: boolean };

/** A key of everything ranking reads, from the documents themselves (when the caller has none cheaper). */
export function rankingKey(documents: Documents): string {
  const hash = createHash("sha1");
  documents((d) => {
    hash.update(`${d.id}\0${d.publishedAt ?? ""}\0`);
    if ("terms" in d) hash.update(new Uint8Array(d.terms.buffer, d.terms.byteOffset, d.terms.byteLength));
    else hash.update(`${d.title}\0${d.text}`);
    hash.update("\0\0");
  });
  return hash.digest("hex");
}

/** The stored lists, when they were made for a corpus of this key. */
export function storedLists(disk: DiskCache, name: string, key: string): Map<string, string[]> | null {
  const stored = disk.read<Stored>(name);
  // A Map, not the object: an article may be called "__proto__".
  return stored?.key === key ? new Map(Object.entries(stored.lists)) : null;
}

/**
 * Ranks a corpus whose articles are keyed, from the last ranking's state (only the lists the
 * changes touch; the whole corpus when there is no usable state), and stores the new state and
 * lists for next time. The same in this thread and on a worker (rank-worker.ts).
 */
export function rankKeyed(
  disk: DiskCache,
  name: string,
  input: { key: string; articles: readonly RankingArticle[]; termsOf: (id: string) => TermCounts },
  ranking?: RankingOptions,
): { lists: Map<string, string[]>; report: RankingReport } {
  const update = rankUpdate(readRankingState(disk, name), input.articles, input.termsOf, ranking);
  writeRankingState(disk, name, update.state);
  disk.write(name, { key: input.key, lists: Object.fromEntries(update.lists) } satisfies Stored);
  return { lists: update.lists, report: { ranked: update.ranked, total: input.articles.length, whole: update.whole } };
}

/**
 * A ranker that answers from the stored lists when the corpus is the one they were made for;
 * otherwise it ranks at the first question (one pass costs little more than one article, since
 * building the index dominates): from the last ranking's state when the input keys its articles
 * (only what changed is ranked again), else the whole corpus. Either way the lists are stored
 * for next time. `onRanked` hears what a ranking did; `ranking` tunes it (tests: small corpora pruned).
 */
export function cachedRanker(disk: DiskCache, name: string, options: { onRanked?: (report: RankingReport) => void; ranking?: RankingOptions } = {}): RelatedRanker {
  const { onRanked, ranking } = options;
  return ({ count, documents, key: given, articles, termsOf }) => {
    const key = given ?? rankingKey(documents);
    const known = storedLists(disk, name, key);
    if (known) return (id) => known.get(id) ?? [];
    let lists: Map<string, string[]> | undefined;
    return (id) => {
      if (!lists) {
        if (articles && termsOf) {
          const ranked = rankKeyed(disk, name, { key, articles, termsOf }, ranking);
          lists = ranked.lists;
          onRanked?.(ranked.report);
        } else {
          lists = new RelatedIndex(documents, ranking?.tuning).lists(ranking?.limit);
          disk.write(name, { key, lists: Object.fromEntries(lists) } satisfies Stored);
          onRanked?.({ ranked: count, total: count, whole: true });
        }
      }
      return lists.get(id) ?? [];
    };
  };
}
