/**
 * The exact related ranking, kept as the reference the pruned one (related.ts) is checked
 * against: every term of every article, every posting of each term below the common-word share.
 * Its cost grows with the square of the corpus (61 s at 100,000 generated articles), so nothing
 * ships it; tests/content/related-agreement.test.ts and `npm run bench:scale` compare the two.
 */
import { MIN_SIMILARITY, RELATED_LIMIT } from "./related.ts";
import { COMMON_MIN_DF, COMMON_SHARE } from "./related-vectors.ts";
import { terms, type RelatedInput } from "./related-terms.ts";

/** A document's weighted terms as parallel arrays of term ids and unit-length weights. */
type Vector = { terms: Int32Array; weights: Float64Array };

/**
 * The corpus as TF-IDF vectors with an inverted index (postings stored flat, term by term), so
 * ranking one article touches only the articles that share its rarer terms. Build it once;
 * `relatedTo` answers per article, which lets the dev server rank only the pages it serves.
 */
export class ExactRelatedIndex {
  private readonly docs: readonly RelatedInput[];
  private readonly vectors: Vector[];
  private readonly offsets: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingWeights: Float64Array;
  private readonly maxDf: number;
  private readonly times: Float64Array;
  private readonly positions = new Map<string, number>();
  // One dense accumulator reused for every query, and the entries it touched: at 10,000
  // articles ranking all of them is tens of millions of additions, far too many for a Map.
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  constructor(docs: readonly RelatedInput[]) {
    this.docs = docs;
    docs.forEach((d, i) => this.positions.set(d.id, i));
    this.times = Float64Array.from(docs, (d) => (d.publishedAt ? Date.parse(d.publishedAt) : Number.NEGATIVE_INFINITY));
    const vocabulary = new Map<string, number>();
    const counts = docs.map((d) => {
      const tf = new Map<number, number>();
      // The headline says what the article is about: its terms count twice.
      const add = (t: string, by: number) => {
        let id = vocabulary.get(t);
        if (id === undefined) vocabulary.set(t, (id = vocabulary.size));
        tf.set(id, (tf.get(id) ?? 0) + by);
      };
      for (const t of terms(d.title)) add(t, 2);
      for (const t of terms(d.text)) add(t, 1);
      return tf;
    });
    const df = new Int32Array(vocabulary.size);
    for (const tf of counts) for (const t of tf.keys()) df[t]!++;
    const n = docs.length;
    this.vectors = counts.map((tf) => {
      const ids: number[] = [];
      const weights: number[] = [];
      let norm = 0;
      for (const [t, c] of tf) {
        const idf = Math.log(n / df[t]!);
        if (idf <= 0) continue;
        const w = (1 + Math.log(c)) * idf;
        ids.push(t);
        weights.push(w);
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      return { terms: Int32Array.from(ids), weights: Float64Array.from(weights, (w) => w / norm) };
    });
    // Postings, flat: term t's articles are postingDocs[offsets[t] .. offsets[t + 1]).
    this.offsets = new Int32Array(vocabulary.size + 1);
    for (const v of this.vectors) for (const t of v.terms) this.offsets[t + 1]!++;
    for (let t = 0; t < vocabulary.size; t++) this.offsets[t + 1]! += this.offsets[t]!;
    const fill = this.offsets.slice(0, vocabulary.size);
    this.postingDocs = new Int32Array(this.offsets[vocabulary.size]!);
    this.postingWeights = new Float64Array(this.postingDocs.length);
    this.vectors.forEach((v, i) => {
      for (let k = 0; k < v.terms.length; k++) {
        const at = fill[v.terms[k]!]!++;
        this.postingDocs[at] = i;
        this.postingWeights[at] = v.weights[k]!;
      }
    });
    this.maxDf = Math.max(COMMON_MIN_DF, Math.ceil(n * COMMON_SHARE));
    this.scores = new Float64Array(n);
    this.touched = new Int32Array(n);
  }

  /** Up to `limit` ids related to the article `id`, best first; ties go to the newer article. */
  relatedTo(id: string, limit = RELATED_LIMIT): string[] {
    const i = this.positions.get(id);
    return i === undefined ? [] : this.rank(i, limit).map((j) => this.docs[j]!.id);
  }

  private rank(i: number, limit: number): number[] {
    const { scores, touched, offsets, postingDocs, postingWeights } = this;
    const v = this.vectors[i]!;
    let count = 0;
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k]!;
      const from = offsets[t]!;
      const to = offsets[t + 1]!;
      if (to - from > this.maxDf) continue;
      const w = v.weights[k]!;
      for (let p = from; p < to; p++) {
        const j = postingDocs[p]!;
        if (j === i) continue;
        if (scores[j] === 0) touched[count++] = j;
        scores[j] = scores[j]! + w * postingWeights[p]!;
      }
    }
    // Keep the best `limit` as we go (insertion into a short sorted list), not a full sort.
    const best: number[] = [];
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      const score = scores[j]!;
      scores[j] = 0;
      if (score < MIN_SIMILARITY) continue;
      if (best.length === limit && this.compare(j, score, best[limit - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && this.compare(j, score, best[at - 1]!) < 0) at--;
      best.splice(at, 0, j);
      if (best.length > limit) best.pop();
      this.bestScores.set(j, score);
    }
    this.bestScores.clear();
    return best;
  }

  /** Scores of the entries currently in the best list, for comparisons while it is built. */
  private readonly bestScores = new Map<number, number>();

  /** Negative when candidate j (with `score`) ranks before entry b of the best list. */
  private compare(j: number, score: number, b: number): number {
    const byScore = this.bestScores.get(b)! - score;
    if (Math.abs(byScore) > 1e-9) return byScore;
    const byDate = this.times[b]! - this.times[j]!;
    if (byDate !== 0 && !Number.isNaN(byDate)) return byDate;
    return this.docs[j]!.id < this.docs[b]!.id ? -1 : 1;
  }
}

/** id → up to `limit` related ids, best first; ties go to the newer article. */
export function rankRelatedExactly(docs: readonly RelatedInput[], limit = RELATED_LIMIT): Map<string, string[]> {
  const index = new ExactRelatedIndex(docs);
  return new Map(docs.map((d) => [d.id, index.relatedTo(d.id, limit)]));
}
