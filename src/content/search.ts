/**
 * Full-text search over the corpus (minisearch): what a document holds, how Vietnamese text
 * becomes terms, how fields weigh, how a query runs, and which words of a result to highlight.
 * The same module builds the index at build time (Node) and answers queries in the browser, so
 * index and query always fold text the same way.
 *
 * Folding (`searchTerms`): lower case, every tone mark and vowel mark removed, đ → d (and the
 * look-alike ð, sometimes typed for it), so "hai ha", "HẢI HÀ" and "Hải Hà" are the same words,
 * and so are "Hoà" and "Hòa" (old and new tone placement: the marks are gone either way). Words
 * are runs of letters and digits.
 *
 * Ranking: BM25+ per field, a title match weighing 6, a lead match 3 and a body match 1; every
 * word of the query must match (AND), the last one also as a prefix of a longer word, since
 * that is the word being typed.
 */
import MiniSearch, { type AsPlainObject, type Options, type Query, type SearchOptions } from "minisearch";
import { fold } from "./fold.ts";
import type { Article } from "./types.ts";

/** Bump when the document shape or the folding changes: an old index must not be read. */
export const SEARCH_INDEX_VERSION = 2;

/**
 * How much body text each article contributes, in characters (cut at a word). Enough for a
 * typical article's first ten paragraphs; a long article's tail is rarely what a reader searches
 * by, and the index grows with every distinct word of every body (see docs/search.md).
 */
export const BODY_LIMIT = 1000;

/** Results a page lists; the count says how many there are in all. */
export const RESULT_LIMIT = 50;

export const FIELD_BOOST = { title: 6, lead: 3, body: 1 } as const;

/** What the index is built from (fields searched) and what a result shows (stored fields). */
export type SearchDocument = {
  slug: string;
  title: string;
  lead: string;
  body: string;
  dateline: string | null;
  publishedAt: string | null;
  hasTime: boolean;
  excerpt: string | null;
};

/** One result: the stored fields, the score, and the folded index words it matched. */
export type SearchHit = {
  slug: string;
  title: string;
  dateline: string | null;
  publishedAt: string | null;
  hasTime: boolean;
  excerpt: string | null;
  score: number;
  terms: string[];
};

/**
 * The index as the build writes it and the browser loads it: minisearch's own serialisation
 * (toJSON) spends most of its bytes on JSON punctuation — every posting is `"1234":1,` — so the
 * postings are written as text instead, each field's document numbers delta-coded in base 36 with
 * a frequency only when it is not 1 ("0,3,1:2,a"): 2.5× smaller raw and 2.8× gzipped at 10,000
 * articles (docs/search.md). `loadSearchIndex` turns it back into minisearch's form.
 */
export type SearchData = {
  version: number;
  /** Average length of each field (title, lead, body), in words. */
  averages: number[];
  /** Per document, in index order: slug, title, dateline (only when there is no date), publishedAt, hasTime (1/0), excerpt, and each field's length. */
  documents: [string, string, string | null, string | null, 0 | 1, string | null, number, number, number][];
  /** Per word: the word, then its postings in the title, the lead and the body ("" for none). */
  terms: [string, string, string, string][];
};

const WORD = /[\p{L}\p{N}]+/gu;

/** Text → folded search words: "Hải Hà, Quảng Ninh" → ["hai", "ha", "quang", "ninh"]. */
export function searchTerms(text: string): string[] {
  return fold(text.replace(/[ðÐ]/g, "d")).match(WORD) ?? [];
}

/** One word folded as the index folds it ("Hoà" → "hoa"); "" when it holds no letter or digit. */
export function foldWord(word: string): string {
  return searchTerms(word).join("");
}

/**
 * An article as the index sees it: title, lead, and its paragraphs and captions (pull quotes
 * repeat the body; image alt text repeats the caption), the body up to BODY_LIMIT characters,
 * cut at a word. Only the blocks that fit are joined: a slice of the whole body would keep all of
 * it alive (V8 slices point into their parent), 60 MB at 10,000 articles.
 */
export function searchDocument(article: Article, excerpt: string | null): SearchDocument {
  const parts: string[] = [];
  let length = 0;
  for (const block of article.body) {
    if (length > BODY_LIMIT) break;
    const text = block.type === "paragraph" ? block.text : block.type === "figure" ? block.caption : "";
    if (text === "") continue;
    parts.push(text);
    length += text.length + 1;
  }
  let body = parts.join("\n");
  if (body.length > BODY_LIMIT) {
    const cut = body.lastIndexOf(" ", BODY_LIMIT);
    body = body.slice(0, cut > 0 ? cut : BODY_LIMIT);
  }
  return {
    slug: article.slug,
    title: article.title,
    lead: article.lead ?? "",
    body,
    dateline: article.dateline,
    publishedAt: article.publishedAt,
    hasTime: article.hasTime ?? false,
    excerpt,
  };
}

/**
 * The shortest word looked up as a prefix. A single letter stands for thousands of words, so
 * expanding it costs a query at 10,000 articles several times its budget and finds everything.
 */
export const MIN_PREFIX = 2;

/**
 * A query's words as searched: folded, and without a last word too short to be a prefix when
 * other words come before it ("hai h" searches "hai" until the next letter arrives). A
 * one-letter query stays: Vietnamese has one-letter words (ở, ý).
 */
export function queryTerms(query: string): string[] {
  const terms = searchTerms(query);
  const last = terms[terms.length - 1];
  return terms.length > 1 && last !== undefined && last.length < MIN_PREFIX ? terms.slice(0, -1) : terms;
}

/** Defaults under the query tree that `search` builds (queryTree): field weights, no fuzziness. */
const querySettings: SearchOptions = {
  boost: { ...FIELD_BOOST },
  combineWith: "AND",
  prefix: false,
  fuzzy: false,
};

/** The one configuration the index is built with and loaded with. */
export const searchOptions: Options<SearchDocument> = {
  idField: "slug",
  fields: ["title", "lead", "body"],
  storeFields: ["title", "dateline", "publishedAt", "hasTime", "excerpt"],
  // Folding happens once per field in tokenize; the terms come out final.
  tokenize: searchTerms,
  processTerm: (term) => term,
  searchOptions: querySettings,
};

export type SearchIndex = MiniSearch<SearchDocument>;

const FIELDS = ["title", "lead", "body"] as const;

/** An Int32Array that grows by doubling: the index is built in typed arrays, off the JS heap. */
class IntList {
  data = new Int32Array(1 << 12);
  length = 0;
  push(a: number, b: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
}

/**
 * Build: the index over every document, serialised. Computed directly rather than through
 * `new MiniSearch().addAll()` and toJSON(), which at 10,000 articles held the whole index as
 * maps and then again as objects, adding 280 MB to the build's peak memory: here each
 * document's words are counted into one typed array (word number, count), then regrouped by
 * word. The numbers are minisearch's own (MiniSearch#add in 7.2.0): a field's length is its
 * count of distinct words, its average is updated document by document in the same order, a
 * posting's frequency is the word's count in that field — tests/content/search.test.ts checks
 * every score against an index minisearch built itself.
 */
export function buildSearchData(documents: Iterable<SearchDocument>): SearchData {
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  /** Per document and field in turn: (word number, count) pairs; `ends` marks where each field's pairs end. */
  const pairs = new IntList();
  const ends = new IntList();
  const averages = [0, 0, 0];
  const out: SearchData["documents"] = [];
  const slugs = new Set<string>();
  for (const doc of documents) {
    if (slugs.has(doc.slug)) throw new Error(`two search documents have the slug ${doc.slug}`);
    slugs.add(doc.slug);
    const id = out.length;
    const lengths = FIELDS.map((field, f) => {
      const counts = new Map<string, number>();
      for (const word of searchTerms(doc[field])) counts.set(word, (counts.get(word) ?? 0) + 1);
      averages[f] = (averages[f]! * id + counts.size) / (id + 1);
      for (const [word, count] of counts) {
        let w = wordIds.get(word);
        if (w === undefined) wordIds.set(word, (w = words.push(word) - 1));
        pairs.push(w, count);
      }
      ends.push(pairs.length, 0);
      return counts.size;
    });
    // The page shows the dateline as written only when it gave no date.
    const dateline = doc.publishedAt === null ? doc.dateline : null;
    out.push([doc.slug, doc.title, dateline, doc.publishedAt, doc.hasTime ? 1 : 0, doc.excerpt, lengths[0]!, lengths[1]!, lengths[2]!]);
  }
  // Regroup by (word, field), documents in order: count, place, then encode each run.
  const slots = words.length * FIELDS.length;
  const starts = new Int32Array(slots + 1);
  const forEachPair = (visit: (slot: number, doc: number, count: number) => void) => {
    let at = 0;
    for (let k = 0; k < ends.length; k += 2) {
      const doc = Math.floor(k / 2 / FIELDS.length);
      const field = (k / 2) % FIELDS.length;
      for (const end = ends.data[k]!; at < end; at += 2) visit(pairs.data[at]! * FIELDS.length + field, doc, pairs.data[at + 1]!);
    }
  };
  forEachPair((slot) => starts[slot + 1]!++);
  for (let i = 0; i < slots; i++) starts[i + 1]! += starts[i]!;
  const next = starts.slice(0, slots);
  const postingDocs = new Int32Array(starts[slots]!);
  const postingCounts = new Int32Array(starts[slots]!);
  forEachPair((slot, doc, count) => {
    const at = next[slot]!++;
    postingDocs[at] = doc;
    postingCounts[at] = count;
  });
  const encode = (slot: number) => encodePostings(postingDocs, postingCounts, starts[slot]!, starts[slot + 1]!);
  const terms = words.map((word, w): SearchData["terms"][number] => [word, encode(w * 3), encode(w * 3 + 1), encode(w * 3 + 2)]);
  return { version: SEARCH_INDEX_VERSION, averages, documents: out, terms };
}

/** Documents (in order) and frequencies from..to → "delta[:frequency],…" in base 36. */
function encodePostings(docs: Int32Array, counts: Int32Array, from: number, to: number): string {
  let previous = 0;
  // Joined, not concatenated: a string built with += stays a tree of its pieces (V8 ropes).
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const frequency = counts[i]!;
    parts.push((docs[i]! - previous).toString(36) + (frequency === 1 ? "" : ":" + frequency.toString(36)));
    previous = docs[i]!;
  }
  return parts.join(",");
}

const COMMA = 44;
const COLON = 58;

/** The inverse of encodePostings, one character at a time: no split, no parseInt. */
function decodePostings(text: string): Record<number, number> {
  const out: Record<number, number> = {};
  let id = 0;
  let number = 0;
  let isFrequency = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : COMMA;
    if (c === COMMA) {
      if (isFrequency) out[id] = number;
      else out[(id += number)] = 1;
      number = 0;
      isFrequency = false;
    } else if (c === COLON) {
      id += number;
      number = 0;
      isFrequency = true;
    } else number = number * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  return out;
}

/** Browser: the serialised index, ready to query. */
export function loadSearchIndex(data: SearchData): SearchIndex {
  if (data.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${data.version}, expected ${SEARCH_INDEX_VERSION}`);
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const storedFields: Record<number, Record<string, unknown>> = {};
  data.documents.forEach(([slug, title, dateline, publishedAt, hasTime, excerpt, ...lengths], id) => {
    documentIds[id] = slug;
    fieldLength[id] = lengths;
    storedFields[id] = { title, dateline, publishedAt, hasTime: hasTime === 1, excerpt };
  });
  const index: AsPlainObject["index"] = data.terms.map(([term, ...postings]) => {
    const fields: Record<string, Record<number, number>> = {};
    postings.forEach((text, field) => {
      if (text !== "") fields[field] = decodePostings(text);
    });
    return [term, fields];
  });
  return MiniSearch.loadJS<SearchDocument>(
    {
      documentCount: data.documents.length,
      nextId: data.documents.length,
      documentIds,
      fieldIds: Object.fromEntries(FIELDS.map((field, i) => [field, i])),
      fieldLength,
      averageFieldLength: data.averages,
      storedFields,
      dirtCount: 0,
      index,
      serializationVersion: 2,
    },
    searchOptions,
  );
}

/**
 * Every word must match (AND), as a whole word, in any field. The last, being typed, also
 * matches as a prefix: of a title's words from MIN_PREFIX letters on, of a lead's too from
 * LEAD_PREFIX letters on. Never of a body's: "th" or "ngh" begin hundreds of words, and expanding
 * them over every body touches most of a large corpus's postings for a word nobody has finished
 * typing (a query at 10,000 articles took several times its 30 ms budget; docs/search.md).
 */
export const LEAD_PREFIX = 3;

function queryTree(terms: readonly string[]): Query {
  const head = terms.slice(0, -1).map((t): Query => ({ queries: [t], prefix: false }));
  const last = terms[terms.length - 1]!;
  if (last.length < MIN_PREFIX) return { combineWith: "AND", queries: [...head, { queries: [last], prefix: false }] };
  const expand = last.length < LEAD_PREFIX ? ["title"] : ["title", "lead"];
  const typing: Query = {
    combineWith: "OR",
    queries: [
      { queries: [last], fields: FIELDS.filter((f) => !expand.includes(f)), prefix: false },
      { queries: [last], fields: expand, prefix: true },
    ],
  };
  return { combineWith: "AND", queries: [...head, typing] };
}

export type SearchOutcome = { total: number; hits: SearchHit[] };

/** The best `limit` matches for a query, and how many matched in all. A query with no word finds nothing. */
export function search(index: SearchIndex, query: string, limit = RESULT_LIMIT): SearchOutcome {
  const terms = queryTerms(query);
  if (terms.length === 0) return { total: 0, hits: [] };
  const results = index.search(queryTree(terms));
  const hits = results.slice(0, limit).map(
    (r): SearchHit => ({
      slug: String(r.id),
      title: r.title as string,
      dateline: (r.dateline as string | null) ?? null,
      publishedAt: (r.publishedAt as string | null) ?? null,
      hasTime: r.hasTime === true,
      excerpt: (r.excerpt as string | null) ?? null,
      score: r.score,
      terms: r.terms,
    }),
  );
  return { total: results.length, hits };
}

/** A piece of text, marked when it is a word the search matched. */
export type Segment = { text: string; match: boolean };

// A word as written: letters, digits and any combining marks (a decomposed "ả" is a + mark).
const WRITTEN_WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The text cut into plain and matched pieces, for highlighting: a word matches when its folded
 * form is one of `terms` (a result's matched index words, so a prefix query marks the whole word
 * it found). Matched words separated only by spaces are one piece: "Hải Hà". Concatenating the
 * pieces gives the text back unchanged.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const wanted = new Set(terms);
  const out: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === "") return;
    const last = out[out.length - 1];
    if (last && last.match === match) last.text += piece;
    else out.push({ text: piece, match });
  };
  let at = 0;
  for (const m of text.matchAll(WRITTEN_WORD)) {
    const gap = text.slice(at, m.index);
    const match = wanted.has(foldWord(m[0]));
    const last = out[out.length - 1];
    if (match && last?.match && /^ +$/.test(gap)) last.text += gap + m[0];
    else {
      push(gap, false);
      push(m[0], match);
    }
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return out;
}
