/**
 * Related news, ranked from the corpus itself (the dumps lost their links): TF-IDF over
 * syllables and adjacent-syllable pairs, so shared names and places ("Hải Hà", "Quảng Thành")
 * weigh more than shared common words, compared by cosine similarity.
 *
 * Pruned so that ranking stays near-linear in the corpus (the exact ranking, related-exact.ts,
 * grew with its square: 61 s at 100,000 articles):
 * - from PRUNE_FROM articles on, each keeps its VECTOR_TERMS strongest terms (weights still
 *   normalised over all of them, so scores are the exact cosine's share carried by those terms);
 * - a term found in many articles is read only in the WINDOW articles nearest in time to the one
 *   ranked, which is also where a reader wants the neighbours of a common subject.
 * On the generated 10,000 the top-5 lists agree with the exact ones at 99.99 % or more
 * (tests/content/related-agreement.test.ts).
 *
 * Built in two passes over the same documents (document frequencies, then vectors), so a build
 * can stream the texts from disk instead of holding them; terms are kept as 32-bit hashes, so
 * memory follows the number of distinct terms, not their spelling.
 */

import { LIST_SIZES } from "./list-sizes.ts";
import type { RelatedInput } from "./related-terms.ts";
import { DEFAULT_TUNING, documentFrequencies, termCounts, vectorOf, type Documents, type Frequencies, type RankedDocument, type RelatedTuning, type TermVector } from "./related-vectors.ts";

export const RELATED_LIMIT: number = LIST_SIZES.related;
/** Below this cosine two articles share only chance words (measured on the sample seeds: topic
 * neighbours score 0.07–0.25, unrelated stories of the same district 0.02–0.04). */
export const MIN_SIMILARITY = 0.04;

const instant = (publishedAt: string | null) => {
  const t = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** A document as the index holds it: its vector, already weighted (a rebuild's kept ones). */
export type VectorDocument = { id: string; publishedAt: string | null; vector: TermVector };

/** A related list with the score an article must beat to join it (MIN_SIMILARITY while it is not full). */
export type ScoredList = { ids: string[]; floor: number };

/**
 * The corpus as pruned TF-IDF vectors with an inverted index ordered by time. Build it once;
 * `relatedTo` answers per article, which lets the dev server rank only the pages it serves.
 */
export class RelatedIndex {
  private readonly ids: string[] = [];
  private readonly times: number[] = [];
  /** Per document (in input order): its kept terms' numbers and weights, VECTOR_TERMS at most. */
  private readonly vectorTerms: Int32Array[] = [];
  private readonly vectorWeights: Float64Array[] = [];
  /** A term's number here → its number in relatedTerms (the vectors' own). */
  private readonly termHashes: number[] = [];
  private readonly positions = new Map<string, number>();
  /** Input position → rank in time order (oldest first, then by id), and back. */
  private readonly rankOf: Int32Array;
  private readonly byRank: Int32Array;
  /** Term t's documents, by rank ascending: postingRanks[offsets[t] .. offsets[t + 1]). */
  private readonly offsets: Int32Array;
  private readonly postingRanks: Int32Array;
  private readonly postingWeights: Float64Array;
  // One dense accumulator (by rank) reused for every query, and the entries it touched.
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  private readonly window: number;

  /** Weighs the documents (two passes: frequencies, then vectors) and indexes them. */
  constructor(docs: ReadonlyArray<RelatedInput | RankedDocument> | Documents, tuning?: Partial<RelatedTuning>);
  /** Indexes documents already weighted: a rebuild's kept vectors beside its new ones. */
  constructor(docs: { vectors: Iterable<VectorDocument> }, tuning?: Partial<RelatedTuning>);
  constructor(docs: ReadonlyArray<RelatedInput | RankedDocument> | Documents | { vectors: Iterable<VectorDocument> }, tuning: Partial<RelatedTuning> = {}) {
    this.window = { ...DEFAULT_TUNING, ...tuning }.window;
    const termNumbers = new Map<number, number>();
    const add = (id: string, publishedAt: string | null, vector: TermVector) => {
      const numbers = new Int32Array(vector.terms.length);
      vector.terms.forEach((h, k) => {
        let t = termNumbers.get(h);
        if (t === undefined) termNumbers.set(h, (t = this.termHashes.push(h) - 1));
        numbers[k] = t;
      });
      this.positions.set(id, this.ids.length);
      this.ids.push(id);
      this.times.push(instant(publishedAt));
      this.vectorTerms.push(numbers);
      this.vectorWeights.push(vector.weights);
    };
    if ("vectors" in docs) {
      for (const { id, publishedAt, vector } of docs.vectors) add(id, publishedAt, vector);
    } else {
      const each: Documents = typeof docs === "function" ? docs : (visit) => docs.forEach((d) => visit(d));
      const { n, counts } = documentFrequencies(each);
      const frequencies: Frequencies = { n, df: (h) => counts.get(h) ?? 0 };
      each((doc) => add(doc.id, doc.publishedAt, vectorOf(termCounts(doc), frequencies, tuning)));
    }

    const count = this.ids.length;
    this.byRank = Int32Array.from(this.ids.keys()).sort((a, b) => this.times[a]! - this.times[b]! || (this.ids[a]! < this.ids[b]! ? -1 : 1));
    this.rankOf = new Int32Array(count);
    this.byRank.forEach((doc, rank) => (this.rankOf[doc] = rank));
    // Postings, flat, each term's in rank order (filled walking the documents by rank).
    const terms = termNumbers.size;
    this.offsets = new Int32Array(terms + 1);
    for (const v of this.vectorTerms) for (const t of v) this.offsets[t + 1]!++;
    for (let t = 0; t < terms; t++) this.offsets[t + 1]! += this.offsets[t]!;
    const fill = this.offsets.slice(0, terms);
    this.postingRanks = new Int32Array(this.offsets[terms]!);
    this.postingWeights = new Float64Array(this.postingRanks.length);
    for (let rank = 0; rank < count; rank++) {
      const doc = this.byRank[rank]!;
      const v = this.vectorTerms[doc]!;
      for (let k = 0; k < v.length; k++) {
        const at = fill[v[k]!]!++;
        this.postingRanks[at] = rank;
        this.postingWeights[at] = this.vectorWeights[doc]![k]!;
      }
    }
    this.scores = new Float64Array(count);
    this.touched = new Int32Array(count);
  }

  /** The documents' ids, in input order. */
  get documentIds(): readonly string[] {
    return this.ids;
  }

  /** A document's vector, in relatedTerms' numbers (what a rebuild keeps); undefined for an unknown id. */
  vector(id: string): TermVector | undefined {
    const i = this.positions.get(id);
    if (i === undefined) return undefined;
    return { terms: Int32Array.from(this.vectorTerms[i]!, (t) => this.termHashes[t]!), weights: this.vectorWeights[i]! };
  }

  /**
   * Every document sharing a kept term with `id`, with its whole score (no time window): the
   * most any ranking could give the pair, the same from either side (the cosine is symmetric).
   */
  reach(id: string): Array<[id: string, score: number]> {
    const i = this.positions.get(id);
    if (i === undefined) return [];
    const { scores, touched, offsets, postingRanks, postingWeights } = this;
    const own = this.rankOf[i]!;
    const v = this.vectorTerms[i]!;
    let count = 0;
    for (let k = 0; k < v.length; k++) {
      const w = this.vectorWeights[i]![k]!;
      for (let p = offsets[v[k]!]!; p < offsets[v[k]! + 1]!; p++) {
        const j = postingRanks[p]!;
        if (j === own) continue;
        if (scores[j] === 0) touched[count++] = j;
        scores[j] = scores[j]! + w * postingWeights[p]!;
      }
    }
    const out: Array<[string, number]> = [];
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      out.push([this.ids[this.byRank[j]!]!, scores[j]!]);
      scores[j] = 0;
    }
    return out;
  }

  /** Up to `limit` ids related to `id`, best first, with the score a newcomer must beat to join. */
  scoredList(id: string, limit = RELATED_LIMIT): ScoredList {
    const i = this.positions.get(id);
    if (i === undefined) return { ids: [], floor: MIN_SIMILARITY };
    const best = this.rank(i, limit);
    return { ids: best.map(([rank]) => this.ids[this.byRank[rank]!]!), floor: best.length === limit ? best[limit - 1]![1] : MIN_SIMILARITY };
  }

  /** Up to `limit` ids related to the article `id`, best first; ties go to the newer article. */
  relatedTo(id: string, limit = RELATED_LIMIT): string[] {
    const i = this.positions.get(id);
    return i === undefined ? [] : this.rank(i, limit).map(([rank]) => this.ids[this.byRank[rank]!]!);
  }

  /** Every article's related ids (by id, in input order), best first. */
  lists(limit = RELATED_LIMIT): Map<string, string[]> {
    return new Map(this.ids.map((id, i) => [id, this.rank(i, limit).map(([rank]) => this.ids[this.byRank[rank]!]!)]));
  }

  /** The first posting of term t at or after `rank` (binary search). */
  private seek(from: number, to: number, rank: number): number {
    while (from < to) {
      const mid = (from + to) >>> 1;
      if (this.postingRanks[mid]! < rank) from = mid + 1;
      else to = mid;
    }
    return from;
  }

  private rank(i: number, limit: number): Array<[rank: number, score: number]> {
    const { scores, touched, offsets, postingRanks, postingWeights } = this;
    const own = this.rankOf[i]!;
    const v = this.vectorTerms[i]!;
    const weights = this.vectorWeights[i]!;
    let count = 0;
    for (let k = 0; k < v.length; k++) {
      const t = v[k]!;
      let from = offsets[t]!;
      let to = offsets[t + 1]!;
      if (to - from > this.window) {
        // The `window` postings around this article's own place in time.
        const at = this.seek(from, to, own);
        const start = Math.min(Math.max(from, at - (this.window >> 1)), to - this.window);
        from = start;
        to = start + this.window;
      }
      const w = weights[k]!;
      for (let p = from; p < to; p++) {
        const j = postingRanks[p]!;
        if (j === own) continue;
        if (scores[j] === 0) touched[count++] = j;
        scores[j] = scores[j]! + w * postingWeights[p]!;
      }
    }
    // Keep the best `limit` as we go (insertion into a short sorted list), not a full sort.
    const best: Array<[rank: number, score: number]> = [];
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      const score = scores[j]!;
      scores[j] = 0;
      if (score < MIN_SIMILARITY) continue;
      if (best.length === limit && this.before(best[limit - 1]!, j, score)) continue;
      let at = best.length;
      while (at > 0 && !this.before(best[at - 1]!, j, score)) at--;
      best.splice(at, 0, [j, score]);
      if (best.length > limit) best.pop();
    }
    return best;
  }

  /** True when the entry already listed ranks before candidate j (score, then newer, then id). */
  private before([b, bScore]: [number, number], j: number, score: number): boolean {
    const byScore = bScore - score;
    if (Math.abs(byScore) > 1e-9) return byScore > 0;
    const tb = this.times[this.byRank[b]!]!;
    const tj = this.times[this.byRank[j]!]!;
    if (tb !== tj) return tb > tj;
    return this.ids[this.byRank[b]!]! < this.ids[this.byRank[j]!]!;
  }
}

/** id → up to `limit` related ids, best first; ties go to the newer article. */
export function rankRelated(docs: ReadonlyArray<RelatedInput | RankedDocument> | Documents, limit = RELATED_LIMIT): Map<string, string[]> {
  return new RelatedIndex(docs).lists(limit);
}
