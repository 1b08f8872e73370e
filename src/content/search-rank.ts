/**
 * Ranking with part of the index in hand: what a query knows after fetching its words' title
 * sets, then their lead sets, then (newest first) their member blocks — and whether that is enough
 * to name its first results for certain.
 *
 * A word adds its rarity times 7 in a title (6 + 1), 4 in a lead (3 + 1), 1 in the body, doubled
 * when spelled exactly as typed; a completion of the word being typed adds its rarity times 6 in a
 * title, 3 in a lead. Titles are always known here. For every document the score has a floor (what
 * is known) and a ceiling (what the unknown could still add: a word not in the title may be in the
 * lead while leads are not in hand, in the body while its member block is not). A document is a
 * certain hit when every word's floor is above 0, with a certain score when floor = ceiling; the
 * first n results are settled when each of them has a certain score above every other possible
 * hit's ceiling. Documents are numbered oldest first; equal scores rank the newer first.
 */
import { FIELD_BOOST } from "./search.ts";
import { has } from "./search-shards.ts";

/** What the query knows of one word. */
export type WordKnowledge = {
  rarity: number;
  titles: Uint8Array;
  /** null while not fetched. */
  leads: Uint8Array | null;
  /** The word's documents, known for numbers from `from` on (from = count: none known). */
  members: Uint8Array;
  from: number;
  /** Doubles the score of a document that spells the word as typed (null: the query wrote no marks). */
  exact: ((doc: number) => boolean) | null;
  /** The folded word, for the terms a result matched. */
  word: string;
};

/** A completion of the word being typed: it counts in titles, and in leads when `leadsCount`. */
export type CompletionKnowledge = {
  rarity: number;
  titles: Uint8Array;
  leads: Uint8Array | null;
  leadsCount: boolean;
  word: string;
};

export type Knowledge = {
  count: number;
  /** The query's words in order; the last may be null (no such whole word: completions only). */
  words: Array<WordKnowledge | null>;
  /** Completions of the last word. */
  completions: CompletionKnowledge[];
};

/** The results as far as they are certain. */
export type Standing = {
  /** Certain hits with certain scores, best first (equal scores: the newer first). */
  docs: Int32Array;
  scores: Float64Array;
  terms: Map<number, string[]>;
  /** How many of `docs`, from the first, no other document can still outrank. */
  settled: number;
  /** Documents that may still be hits beyond the certain ones (0: the list is whole and exact). */
  open: number;
  /** Certain hits among the documents numbered from `sampleFrom` on (where every member is known). */
  sampleHits: number;
  sampleFrom: number;
};

/** A word spelled exactly as typed (marks and all) counts this many times. */
export const EXACT_BOOST = 2;

const TITLE = FIELD_BOOST.title + FIELD_BOOST.body;
const LEAD = FIELD_BOOST.lead + FIELD_BOOST.body;
const BODY = FIELD_BOOST.body;
/** Scores are sums of floating products: closer than this counts as a tie (and a tie is not certain). */
const EPSILON = 1e-9;

export function standing(k: Knowledge): Standing {
  const { count, words, completions } = k;
  const last = words.length - 1;
  const sampleFrom = Math.max(0, ...words.map((w) => (w ? w.from : 0)));
  const certain: number[] = [];
  const certainScores: number[] = [];
  const terms = new Map<number, string[]>();
  let ceilingOfOthers = 0;
  let open = 0;
  let sampleHits = 0;
  for (let doc = count - 1; doc >= 0; doc--) {
    let floor = 0;
    let ceiling = 0;
    let hit = true;
    let possible = true;
    for (let i = 0; i <= last && possible; i++) {
      const w = words[i]!;
      let lo = 0;
      let hi = 0;
      if (w) [lo, hi] = bounds(w, doc);
      if (i === last) {
        for (const c of completions) {
          const [clo, chi] = completionBounds(c, doc);
          if (clo > lo) lo = clo;
          if (chi > hi) hi = chi;
        }
      }
      if (hi === 0) possible = false;
      if (lo === 0) hit = false;
      floor += lo;
      ceiling += hi;
    }
    if (!possible) continue;
    if (hit && doc >= sampleFrom) sampleHits++;
    if (hit && ceiling - floor <= EPSILON) {
      certain.push(doc);
      certainScores.push(floor);
      terms.set(doc, matchedTerms(k, doc));
    } else {
      open++;
      if (ceiling > ceilingOfOthers) ceilingOfOthers = ceiling;
    }
  }
  const order = certain.map((_, i) => i).sort((a, b) => certainScores[b]! - certainScores[a]! || certain[b]! - certain[a]!);
  const docs = Int32Array.from(order, (i) => certain[i]!);
  const scores = Float64Array.from(order, (i) => certainScores[i]!);
  let settled = 0;
  if (open === 0) settled = docs.length;
  else while (settled < docs.length && scores[settled]! > ceilingOfOthers + EPSILON) settled++;
  return { docs, scores, terms, settled, open, sampleHits, sampleFrom };
}

/** A word's floor and ceiling for one document. */
function bounds(w: WordKnowledge, doc: number): [number, number] {
  const unit = w.rarity * (w.exact && w.exact(doc) ? EXACT_BOOST : 1);
  if (has(w.titles, doc)) return [unit * TITLE, unit * TITLE];
  const known = doc >= w.from;
  const member = known && has(w.members, doc);
  if (w.leads) {
    if (has(w.leads, doc)) return [unit * LEAD, unit * LEAD];
    if (known) return member ? [unit * BODY, unit * BODY] : [0, 0];
    return [0, unit * BODY];
  }
  if (known) return member ? [unit * BODY, unit * LEAD] : [0, 0];
  return [0, unit * LEAD];
}

function completionBounds(c: CompletionKnowledge, doc: number): [number, number] {
  if (has(c.titles, doc)) return [c.rarity * FIELD_BOOST.title, c.rarity * FIELD_BOOST.title];
  if (!c.leadsCount) return [0, 0];
  const lead = c.rarity * FIELD_BOOST.lead;
  if (!c.leads) return [0, lead];
  return has(c.leads, doc) ? [lead, lead] : [0, 0];
}

/**
 * The folded words a certain hit matched (for highlights): its words, and the completions found in
 * its title or lead — or perhaps in its lead, while leads are not in hand (a highlight marks a word
 * only where the text shows it, so naming one more is harmless; leaving one out would not be).
 */
function matchedTerms(k: Knowledge, doc: number): string[] {
  const out = new Set<string>();
  for (const w of k.words) if (w && bounds(w, doc)[0] > 0) out.add(w.word);
  for (const c of k.completions) if (completionBounds(c, doc)[1] > 0) out.add(c.word);
  return [...out];
}

/** An estimate shown with the two figures it can stand behind: 4,762 → 4,800. */
export function twoFigures(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}
