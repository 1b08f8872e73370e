/**
 * Related lists kept from build to build, so that a rebuild after a few dumps were added, edited
 * or removed ranks again only the lists those change, not the whole corpus (at 100,000 articles
 * a whole ranking is about 15 s, reading every article's term counts twice).
 *
 * What a rebuild keeps (RankingState): each article's vector, its list and the score a newcomer
 * must beat to join that list (its floor), and the document frequencies the vectors were weighed
 * with. On a rebuild:
 * - an article whose dump is unchanged keeps its vector; a new or edited one is weighed with the
 *   kept frequencies plus the new articles' own;
 * - lists ranked again: the new and edited articles', those that named a removed or edited
 *   article, and those a new article could enter: every article it shares a kept term with,
 *   scored without the time window (RelatedIndex.reach, the most any ranking gives the pair),
 *   at or above that list's floor;
 * - every other list is kept as it was.
 * The kept weights drift from a fresh count as the corpus changes, so once the articles added
 * and removed since the last whole ranking pass MAX_DRIFT of it, everything is weighed and
 * ranked again. Below the pruning threshold (PRUNE_FROM) ranking is exact and cheap: always whole.
 */
import type { TermCounts } from "./related-terms.ts";
import { MIN_SIMILARITY, RELATED_LIMIT, RelatedIndex } from "./related.ts";
import { DEFAULT_TUNING, documentFrequencies, vectorOf, type Frequencies, type RelatedTuning, type TermVector } from "./related-vectors.ts";

/** An article as a rebuild compares it: `key` names what its terms were made from (its dump's bytes). */
export type RankingArticle = { id: string; publishedAt: string | null; key: string };

/** Bumped when the state's meaning changes: an older state is ignored (ranked whole). */
export const RANKING_STATE_VERSION = 1;
/** The share of the corpus added or removed since the last whole ranking that starts a new one. */
export const MAX_DRIFT = 0.1;

export type RankingState = {
  version: number;
  tuning: RelatedTuning;
  limit: number;
  /** Articles when the frequencies were counted, and articles added or removed since. */
  counted: number;
  drift: number;
  /** Document frequencies of the terms found in two articles or more: terms ascending, their counts. */
  dfTerms: Int32Array;
  dfCounts: Int32Array;
  /** Per article (in the order given): what it is, its vector, its list and that list's floor. */
  articles: RankingArticle[];
  vectors: TermVector[];
  lists: string[][];
  floors: Float64Array;
};

/** Pruning as related.ts tunes it, list length, and the drift that starts a whole ranking (MAX_DRIFT). */
export type RankingOptions = { tuning?: Partial<RelatedTuning>; limit?: number; maxDrift?: number };

export type RankingUpdate = {
  state: RankingState;
  /** Every article's related ids, best first. */
  lists: Map<string, string[]>;
  /** How many lists were ranked (the rest were kept), and whether everything was weighed again. */
  ranked: number;
  whole: boolean;
};

/** Weighs and ranks every article. `termsOf` is read twice per article (frequencies, then vectors). */
export function rankWhole(articles: readonly RankingArticle[], termsOf: (id: string) => TermCounts, options: RankingOptions = {}): RankingUpdate {
  const { tuning = {}, limit = RELATED_LIMIT } = options;
  const { n, counts } = documentFrequencies((visit) => articles.forEach((a) => visit({ id: a.id, publishedAt: a.publishedAt, terms: termsOf(a.id) })));
  const frequencies: Frequencies = { n, df: (h) => counts.get(h) ?? 0 };
  const vectors = articles.map((a) => vectorOf(termsOf(a.id), frequencies, tuning));
  const shared = [...counts].filter(([, c]) => c > 1).sort(([a], [b]) => a - b);
  counts.clear();
  const index = indexOf(articles, vectors, tuning);
  const lists: string[][] = [];
  const floors = new Float64Array(articles.length);
  articles.forEach((a, i) => {
    const { ids, floor } = index.scoredList(a.id, limit);
    lists.push(ids);
    floors[i] = floor;
  });
  const state: RankingState = {
    version: RANKING_STATE_VERSION,
    tuning: { ...DEFAULT_TUNING, ...tuning },
    limit,
    counted: n,
    drift: 0,
    dfTerms: Int32Array.from(shared, ([h]) => h),
    dfCounts: Int32Array.from(shared, ([, c]) => c),
    articles: [...articles],
    vectors,
    lists,
    floors,
  };
  return { state, lists: listsOf(state), ranked: articles.length, whole: true };
}

/**
 * The related lists of `articles` from the last build's state: only the lists the changes can
 * touch are ranked again (see the file's comment); the whole corpus when there is no usable state.
 */
export function rankUpdate(
  previous: RankingState | null | undefined,
  articles: readonly RankingArticle[],
  termsOf: (id: string) => TermCounts,
  options: RankingOptions = {},
): RankingUpdate {
  const { tuning = {}, limit = RELATED_LIMIT, maxDrift = MAX_DRIFT } = options;
  const settings = { ...DEFAULT_TUNING, ...tuning };
  if (!previous || !usable(previous, settings, limit) || articles.length < settings.pruneFrom) return rankWhole(articles, termsOf, options);
  const before = new Map(previous.articles.map((a, i) => [a.id, i]));
  /** Per article, its place in the previous state when it is unchanged, else -1. */
  const keptFrom = articles.map((a) => {
    const j = before.get(a.id);
    const was = j === undefined ? undefined : previous.articles[j]!;
    return was && was.key === a.key && was.publishedAt === a.publishedAt ? j! : -1;
  });
  const kept = new Set(keptFrom.filter((j) => j >= 0));
  const added = keptFrom.flatMap((j, i) => (j < 0 ? [i] : []));
  // Removed or edited: no list may keep naming them as they were.
  const gone = new Set(previous.articles.filter((_, j) => !kept.has(j)).map((a) => a.id));
  const drift = previous.drift + added.length + gone.size;
  if (drift > maxDrift * previous.counted) return rankWhole(articles, termsOf, options);

  const addedTerms = added.map((i) => termsOf(articles[i]!.id));
  const extra = new Map<number, number>();
  for (const counts of addedTerms) for (let k = 0; k < counts.length; k += 2) extra.set(counts[k]!, (extra.get(counts[k]!) ?? 0) + 1);
  const frequencies: Frequencies = { n: articles.length, df: (h) => frequencyOf(previous, h) + (extra.get(h) ?? 0) };
  const vectors = keptFrom.map((j) => (j >= 0 ? previous.vectors[j]! : null));
  added.forEach((i, k) => (vectors[i] = vectorOf(addedTerms[k]!, frequencies, tuning)));
  const index = indexOf(articles, vectors as TermVector[], tuning);

  const rank = new Set<number>(added);
  keptFrom.forEach((j, i) => {
    if (j >= 0 && previous.lists[j]!.some((id) => gone.has(id))) rank.add(i);
  });
  const position = new Map(articles.map((a, i) => [a.id, i]));
  for (const i of added) {
    for (const [id, score] of index.reach(articles[i]!.id)) {
      const j = position.get(id)!;
      const from = keptFrom[j]!;
      // A hair below the floor still enters on a tie (the newer wins one).
      if (from >= 0 && score >= MIN_SIMILARITY && score >= previous.floors[from]! - 1e-9) rank.add(j);
    }
  }
  const lists: string[][] = [];
  const floors = new Float64Array(articles.length);
  articles.forEach((a, i) => {
    const from = keptFrom[i]!;
    if (from >= 0 && !rank.has(i)) {
      lists.push(previous.lists[from]!);
      floors[i] = previous.floors[from]!;
    } else {
      const { ids, floor } = index.scoredList(a.id, limit);
      lists.push(ids);
      floors[i] = floor;
    }
  });
  const [dfTerms, dfCounts] = mergeFrequencies(previous, extra);
  const state: RankingState = { ...previous, drift, dfTerms, dfCounts, articles: [...articles], vectors: vectors as TermVector[], lists, floors };
  return { state, lists: listsOf(state), ranked: rank.size, whole: false };
}

function usable(state: RankingState, tuning: RelatedTuning, limit: number): boolean {
  const t = state.tuning;
  return state.version === RANKING_STATE_VERSION && state.limit === limit && t.vectorTerms === tuning.vectorTerms && t.pruneFrom === tuning.pruneFrom && t.window === tuning.window;
}

function indexOf(articles: readonly RankingArticle[], vectors: readonly TermVector[], tuning: Partial<RelatedTuning>): RelatedIndex {
  return new RelatedIndex({ vectors: articles.map((a, i) => ({ id: a.id, publishedAt: a.publishedAt, vector: vectors[i]! })) }, tuning);
}

function listsOf(state: RankingState): Map<string, string[]> {
  return new Map(state.articles.map((a, i) => [a.id, state.lists[i]!]));
}

/** A term's kept frequency (binary search of the sorted terms); 0 when it was in one article or none. */
function frequencyOf({ dfTerms, dfCounts }: RankingState, term: number): number {
  let from = 0;
  let to = dfTerms.length;
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (dfTerms[mid]! < term) from = mid + 1;
    else to = mid;
  }
  return dfTerms[from] === term ? dfCounts[from]! : 0;
}

/** The kept frequencies plus the new articles' counts, still sorted, still only terms in two articles or more. */
function mergeFrequencies(previous: RankingState, extra: Map<number, number>): [Int32Array, Int32Array] {
  const added = [...extra.keys()].sort((a, b) => a - b);
  const terms: number[] = [];
  const counts: number[] = [];
  let a = 0;
  let b = 0;
  const { dfTerms, dfCounts } = previous;
  while (a < dfTerms.length || b < added.length) {
    const ta = a < dfTerms.length ? dfTerms[a]! : Infinity;
    const tb = b < added.length ? added[b]! : Infinity;
    const term = Math.min(ta, tb);
    const count = (ta === term ? dfCounts[a++]! : 0) + (tb === term ? extra.get(added[b++]!)! : 0);
    if (count > 1) {
      terms.push(term);
      counts.push(count);
    }
  }
  return [Int32Array.from(terms), Int32Array.from(counts)];
}
