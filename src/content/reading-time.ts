/**
 * "N phút đọc". Written Vietnamese separates syllables, not words, by spaces, so we count
 * syllables (space-separated runs holding a letter or digit) and read 250 a minute.
 *
 * Why 250: Brysbaert's 2019 meta-analysis puts silent reading of non-fiction at about 238
 * words a minute in English, and a Vietnamese word averages about 1.5 syllables, so a practised
 * reader reaches ~350 syllables a minute. News dumps are dense with names, numbers and titles,
 * and our readers are mostly on phones, so we round down to 250: a promise the page keeps
 * rather than one that flatters it. Always at least one minute, rounded up.
 */
import type { Article } from "./types.ts";
import { readableTexts } from "./readable-text.ts";
import { SPACE, SURROGATE, WORD, astralKind, kindOf } from "./characters.ts";

export const SYLLABLES_PER_MINUTE = 250;

/** Runs of non-space characters that hold a letter or a digit: one pass, no split, no regex per token. */
export function countSyllables(text: string): number {
  let count = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    let kind = kindOf(text.charCodeAt(i));
    if (kind & SURROGATE) {
      kind = astralKind(text, i);
      if (kind !== 0) i++;
    }
    if (kind & SPACE) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (kind & WORD && !counted) {
      counted = true;
      count++;
    }
  }
  return count;
}

export function readingMinutes(article: Pick<Article, "title" | "lead" | "body">): number {
  let syllables = countSyllables(article.title) + countSyllables(article.lead ?? "");
  for (const text of readableTexts(article.body)) syllables += countSyllables(text);
  return Math.max(1, Math.ceil(syllables / SYLLABLES_PER_MINUTE));
}
