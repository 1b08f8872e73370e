/**
 * Full-text search over the corpus: what a document holds, how Vietnamese text becomes terms,
 * how fields weigh, and which words of a result to highlight. The index is built at build time
 * (search-build.ts) and queried in the browser (search-query.ts) with these same rules, so index
 * and query always fold text the same way.
 *
 * Folding (`searchTerms`): lower case, every tone mark and vowel mark removed, đ → d (and the
 * look-alike ð, sometimes typed for it), so "hai ha", "HẢI HÀ" and "Hải Hà" are the same words,
 * and so are "Hoà" and "Hòa" (old and new tone placement: the marks are gone either way). Words
 * are runs of letters and digits.
 *
 * Ranking (search-query.ts): a title match weighing 6, a lead match 3 and a body match 1; every
 * word of the query must match (AND), the last one also as a prefix of a longer word, since
 * that is the word being typed.
 */
import { fold } from "./fold.ts";
import type { Article, ArticleSummary } from "./types.ts";
import { readableTexts } from "./readable-text.ts";

/**
 * How much body text each article contributes, in characters (cut at a word). Enough for a
 * typical article's first ten paragraphs; a long article's tail is rarely what a reader searches
 * by, and the index grows with every distinct word of every body (see docs/search.md).
 */
export const BODY_LIMIT = 1000;

export const FIELD_BOOST = { title: 6, lead: 3, body: 1 } as const;

/** What a result shows of an article: what a list shows (ArticleSummary), but its reading time. */
export type Listed = Pick<ArticleSummary, "slug" | "title" | "dateline" | "publishedAt" | "hasTime" | "excerpt">;

/** What the index is built from: the fields searched, and the stored fields a result shows. */
export type SearchDocument = Listed & { lead: string; body: string };

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
  for (const text of readableTexts(article.body)) {
    if (length > BODY_LIMIT) break;
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

/**
 * The word being typed (the last) also matches as a prefix: of a title's words from MIN_PREFIX
 * letters on, of a lead's too from LEAD_PREFIX letters on. Never of a body's: "th" or "ngh" begin
 * hundreds of words, and expanding them over every body touches most of a large corpus's postings
 * for a word nobody has finished typing (docs/search.md).
 */
export const LEAD_PREFIX = 3;

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
