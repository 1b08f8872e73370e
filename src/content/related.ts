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

export type RelatedInput = { id: string; title: string; text: string; publishedAt: string | null };
/**
 * An article as ranking reads it once its text has been walked: its term counts (relatedTerms),
 * which a parse worker computes beside the parse and the cache keeps, so ranking a large corpus
 * reads a few kilobytes an article instead of every body's text.
 */
export type RankedDocument = { id: string; publishedAt: string | null; terms: TermCounts };
/** [term number, count, term number, count, …]: an article's terms, each once. */
export type TermCounts = Int32Array;

export const RELATED_LIMIT = 5;
/** Below this cosine two articles share only chance words (measured on the sample seeds: topic
 * neighbours score 0.07–0.25, unrelated stories of the same district 0.02–0.04). */
export const MIN_SIMILARITY = 0.04;
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

// Function syllables that join any two Vietnamese sentences; never a sign of a shared topic.
const STOP = new Set(
  ("và của là các những được có trong cho với đã đang sẽ này đó khi thì mà để từ theo về tại ra " +
    "không cũng như nhiều một hai ba năm người việc làm lại rất còn nên nhưng hay hoặc vào bị do " +
    "trên dưới qua sau trước đến cùng nhau nhằm vẫn chỉ mỗi mọi tới bởi vì nếu nơi đây ấy").split(" "),
);

/** Punctuation that ends a phrase: no pair of syllables spans it. */
const PHRASE_END = new Set([..."\n.,;:!?…()“”\""].map((c) => c.charCodeAt(0)));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit: 1 a letter or digit, 2 not, 0 not looked at yet (the regex is slow per character). */
const kinds = new Uint8Array(0x10000);
function isWordUnit(c: number): boolean {
  let kind = kinds[c]!;
  if (kind === 0) kinds[c] = kind = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/**
 * The terms of a text, as they come: each syllable (a run of letters and digits) that is not a
 * function word or a number, and each pair of adjacent syllables within a phrase whose first is
 * a term and whose second is not a function word. `pair` gets the pair's two syllables, so a
 * caller can combine what it already computed for them instead of building the pair's string.
 * One pass over the characters: at 100,000 articles a regex iterator's match arrays were most of
 * the ranking's time.
 */
export function walkTerms(text: string, syllable: (s: string) => void, pair: (first: string, second: string) => void): void {
  const lower = text.toLowerCase();
  let previous: string | null = null;
  let start = -1;
  let digits = true;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 10;
    if (isWordUnit(c)) {
      if (start < 0) {
        start = i;
        digits = true;
      }
      if (c < 48 || c > 57) digits = false;
      continue;
    }
    if (start >= 0) {
      const token = lower.slice(start, i);
      start = -1;
      const stop = STOP.has(token);
      if (previous !== null && !stop) pair(previous, token);
      const term = !stop && !digits;
      if (term) syllable(token);
      previous = term ? token : null;
    }
    if (PHRASE_END.has(c)) previous = null;
  }
}

/** Terms of a text as strings: syllables and pairs of adjacent syllables within a phrase. */
export function terms(text: string): string[] {
  const out: string[] = [];
  walkTerms(text, (s) => out.push(s), (a, b) => out.push(`${a} ${b}`));
  return out;
}

/**
 * Term numbers are 30 bits: V8 keeps integers below 2^30 unboxed (small integers), and a Map
 * keyed by boxed numbers took most of the ranking's time.
 */
const TERM_BITS = 0x3fffffff;

/** FNV-1a: a syllable as a term number. */
function hashSyllable(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h & TERM_BITS;
}

/** A pair of syllables' numbers as one (murmur3's finaliser over both), never a syllable's own. */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & TERM_BITS;
}

/**
 * A document's term counts by number (two terms of one corpus rarely share a number; if they
 * do, they share a weight). The headline says what the article is about: its terms count twice.
 */
function termCountMap(doc: Pick<RelatedInput, "title" | "text">): Map<number, number> {
  const tf = new Map<number, number>();
  const add = (h: number, by: number) => tf.set(h, (tf.get(h) ?? 0) + by);
  // walkTerms names a pair's second syllable just before the syllable itself: hash it once.
  let last = "";
  let lastHash = 0;
  const hashOf = (s: string) => (s === last ? lastHash : ((last = s), (lastHash = hashSyllable(s))));
  const count = (text: string, by: number) => {
    let previousHash = 0;
    walkTerms(
      text,
      (s) => add((previousHash = hashOf(s)), by),
      (_, b) => add(hashPair(previousHash, hashOf(b)), by),
    );
  };
  count(doc.title, 2);
  count(doc.text, 1);
  return tf;
}

/** An article's term counts (see termCountMap), flat, for the cache and for a worker's message. */
export function relatedTerms(doc: Pick<RelatedInput, "title" | "text">): TermCounts {
  const map = termCountMap(doc);
  const flat = new Int32Array(map.size * 2);
  let at = 0;
  for (const [h, c] of map) {
    flat[at++] = h;
    flat[at++] = c;
  }
  return flat;
}

function termCounts(doc: RelatedInput | RankedDocument): TermCounts {
  return "terms" in doc ? doc.terms : relatedTerms(doc);
}

const instant = (publishedAt: string | null) => {
  const t = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

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
const DEFAULT_TUNING: RelatedTuning = { vectorTerms: VECTOR_TERMS, pruneFrom: PRUNE_FROM, window: WINDOW };

/** Every document, once per call: the builder reads them twice. */
export type Documents = (visit: (doc: RelatedInput | RankedDocument) => void) => void;

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

  constructor(docs: ReadonlyArray<RelatedInput | RankedDocument> | Documents, tuning: Partial<RelatedTuning> = {}) {
    const { vectorTerms, pruneFrom, window } = { ...DEFAULT_TUNING, ...tuning };
    this.window = window;
    const each: Documents = typeof docs === "function" ? docs : (visit) => docs.forEach((d) => visit(d));
    const df = new Map<number, number>();
    let n = 0;
    each((doc) => {
      n++;
      const counts = termCounts(doc);
      for (let k = 0; k < counts.length; k += 2) df.set(counts[k]!, (df.get(counts[k]!) ?? 0) + 1);
    });
    const maxDf = Math.max(COMMON_MIN_DF, Math.ceil(n * COMMON_SHARE));
    const termNumbers = new Map<number, number>();
    each((doc) => {
      const kept: Array<[number, number]> = [];
      let norm = 0;
      const counts = termCounts(doc);
      for (let k = 0; k < counts.length; k += 2) {
        const h = counts[k]!;
        const c = counts[k + 1]!;
        const d = df.get(h)!;
        const idf = Math.log(n / d);
        if (idf <= 0) continue;
        const w = (1 + Math.log(c)) * idf;
        norm += w * w;
        // A term of this article alone can match nothing; one in most articles is skipped as common.
        if (d > 1 && d <= maxDf) kept.push([h, w]);
      }
      norm = Math.sqrt(norm);
      const top = n < pruneFrom ? kept : strongest(kept, vectorTerms);
      const numbers = top.map(([h]) => {
        let t = termNumbers.get(h);
        if (t === undefined) termNumbers.set(h, (t = termNumbers.size));
        return t;
      });
      this.positions.set(doc.id, this.ids.length);
      this.ids.push(doc.id);
      this.times.push(instant(doc.publishedAt));
      this.vectorTerms.push(Int32Array.from(numbers));
      this.vectorWeights.push(Float64Array.from(top, ([, w]) => w / norm));
    });
    df.clear();

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

  /** Up to `limit` ids related to the article `id`, best first; ties go to the newer article. */
  relatedTo(id: string, limit = RELATED_LIMIT): string[] {
    const i = this.positions.get(id);
    return i === undefined ? [] : this.rank(i, limit).map((rank) => this.ids[this.byRank[rank]!]!);
  }

  /** Every article's related ids (by id, in input order), best first. */
  lists(limit = RELATED_LIMIT): Map<string, string[]> {
    return new Map(this.ids.map((id, i) => [id, this.rank(i, limit).map((rank) => this.ids[this.byRank[rank]!]!)]));
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

  private rank(i: number, limit: number): number[] {
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
    return best.map(([rank]) => rank);
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
