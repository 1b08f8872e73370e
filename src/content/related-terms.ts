/**
 * The terms related ranking compares (related.ts): each syllable that is not a function word or
 * a number, and each pair of adjacent syllables within a phrase, counted per article as 30-bit
 * numbers. Walked once per article, beside the parse (records.ts), so ranking reads numbers.
 */

import { WORD, kindOf } from "./characters.ts";

export type RelatedInput = { id: string; title: string; text: string; publishedAt: string | null };
/** [term number, count, term number, count, …]: an article's terms, each once. */
export type TermCounts = Int32Array;

// Function syllables that join any two Vietnamese sentences; never a sign of a shared topic.
const STOP = new Set(
  ("và của là các những được có trong cho với đã đang sẽ này đó khi thì mà để từ theo về tại ra " +
    "không cũng như nhiều một hai ba năm người việc làm lại rất còn nên nhưng hay hoặc vào bị do " +
    "trên dưới qua sau trước đến cùng nhau nhằm vẫn chỉ mỗi mọi tới bởi vì nếu nơi đây ấy").split(" "),
);

/** Punctuation that ends a phrase: no pair of syllables spans it. */
const PHRASE_END = new Set([..."\n.,;:!?…()“”\""].map((c) => c.charCodeAt(0)));
/** A letter or digit: a surrogate half is neither, so astral letters are no part of any term (as before). */
const isWordUnit = (c: number): boolean => (kindOf(c) & WORD) !== 0;

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

