/**
 * Related ranking's weights (related.ts ranks with them): each article's terms (related-terms.ts)
 * as a pruned, normalised TF-IDF vector, from the corpus's document frequencies. A vector once
 * computed can be kept: a rebuild weighs only the articles that are new (related-update.ts).
 */
import { relatedTerms, type RelatedInput, type TermCounts } from "./related-terms.ts";

/**
 * An article as ranking reads it once its text has been walked: its term counts (relatedTerms),
 * which a parse worker computes beside the parse and the cache keeps, so ranking a large corpus
 * reads a few kilobytes an article instead of every body's text.
 */
export type RankedDocument = { id: string; publishedAt: string | null; terms: TermCounts };

/**
 * Terms found in more than 2 % of a large corpus ("xã", "huyện") carry almost no weight
 * but have the longest postings; skipping them (never below 50 articles, so small corpora lose
 * nothing) took ranking of a generated 10,000 from 13.9 s to 8.1 s with the same seed results.
 */
export const COMMON_SHARE = 0.02;
export const COMMON_MIN_DF = 50;
/** Terms kept per article: 64 agree with the exact lists at 99.99 %, 48 at 98.4 %, 32 at 85 %. */
export const VECTOR_TERMS = 64;
/**
 * Below this many articles every shared term is kept: ranking them all takes well under a second
 * (0.4 s at 1,000), and in a small corpus most of an article's strongest terms are its own, so
 * 64 of them would leave it with no neighbour above MIN_SIMILARITY.
 */
export const PRUNE_FROM = 2000;
/** Postings read per term and article, nearest in time: at 10,000 no kept term has more. */
export const WINDOW = 300;

export function termCounts(doc: RelatedInput | RankedDocument): TermCounts {
  return "terms" in doc ? doc.terms : relatedTerms(doc);
}

/**
 * The `count` heaviest of [term, weight] pairs, in their given order; among equal weights the
 * lower term numbers. A threshold from a typed-array sort, not a sort of the pairs with a
 * comparator, which at 10,000 articles was tens of millions of calls.
 */
function strongest(pairs: Array<[number, number]>, count: number): Array<[number, number]> {
  if (pairs.length <= count) return pairs;
  const weights = Float64Array.from(pairs, ([, w]) => w).sort();
  const threshold = weights[weights.length - count]!;
  let ties = count - pairs.filter(([, w]) => w > threshold).length;
  const tied = pairs.filter(([, w]) => w === threshold).map(([h]) => h).sort((a, b) => a - b).slice(0, ties);
  const keepTied = new Set(tied);
  return pairs.filter(([h, w]) => w > threshold || (w === threshold && keepTied.has(h) && ties-- > 0));
}

/** The pruning's settings: the constants above, smaller in tests that need pruning on a small corpus. */
export type RelatedTuning = { vectorTerms: number; pruneFrom: number; window: number };
export const DEFAULT_TUNING: RelatedTuning = { vectorTerms: VECTOR_TERMS, pruneFrom: PRUNE_FROM, window: WINDOW };

/** Every document, once per call: the builder reads them twice. */
export type Documents = (visit: (doc: RelatedInput | RankedDocument) => void) => void;

/** An article's pruned, normalised TF-IDF vector: its kept terms (relatedTerms' numbers) and their weights. */
export type TermVector = { terms: Int32Array; weights: Float64Array };

/** What weighting reads of the corpus: how many documents there are, and how many have a term. */
export type Frequencies = { n: number; df(term: number): number };

/**
 * An article's vector: each term weighted (1 + log count) × log(n / df), normalised over all its
 * terms; kept are those another article can share (df > 1) that are not common, and from
 * `pruneFrom` articles on only the `vectorTerms` strongest of them.
 */
export function vectorOf(counts: TermCounts, { n, df }: Frequencies, tuning: Partial<RelatedTuning> = {}): TermVector {
  const { vectorTerms, pruneFrom } = { ...DEFAULT_TUNING, ...tuning };
  const maxDf = Math.max(COMMON_MIN_DF, Math.ceil(n * COMMON_SHARE));
  const kept: Array<[number, number]> = [];
  let norm = 0;
  for (let k = 0; k < counts.length; k += 2) {
    const h = counts[k]!;
    const d = Math.max(1, df(h));
    const idf = Math.log(n / d);
    if (idf <= 0) continue;
    const w = (1 + Math.log(counts[k + 1]!)) * idf;
    norm += w * w;
    // A term of this article alone can match nothing; one in most articles is skipped as common.
    if (d > 1 && d <= maxDf) kept.push([h, w]);
  }
  norm = Math.sqrt(norm);
  const top = n < pruneFrom ? kept : strongest(kept, vectorTerms);
  return { terms: Int32Array.from(top, ([h]) => h), weights: Float64Array.from(top, ([, w]) => w / norm) };
}

/** The document frequencies of some documents (one pass), as a Map of term → count. */
export function documentFrequencies(each: Documents): { n: number; counts: Map<number, number> } {
  const counts = new Map<number, number>();
  let n = 0;
  each((doc) => {
    n++;
    const terms = termCounts(doc);
    for (let k = 0; k < terms.length; k += 2) counts.set(terms[k]!, (counts.get(terms[k]!) ?? 0) + 1);
  });
  return { n, counts };
}
