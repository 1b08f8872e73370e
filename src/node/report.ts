/** Problems as terminal lines: "seeds/x.txt:3: error: not valid UTF-8 …", like a compiler's. */
import type { ParseResult, Problem, RecordResult } from "../content/types.ts";
import { hasError } from "../content/corpus.ts";
import { removedCounts } from "../content/records.ts";

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity}: ${p.message}`;
}

export type Tally = { files: number; articles: number; skipped: number; errors: number; warnings: number };

export function tally(results: ReadonlyArray<ParseResult | RecordResult>): Tally {
  const all = results.flatMap((r) => r.problems);
  const skipped = results.filter(hasError).length;
  return {
    files: results.length,
    articles: results.length - skipped,
    skipped,
    errors: all.filter((p) => p.severity === "error").length,
    warnings: all.filter((p) => p.severity === "warning").length,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function summaryLine(t: Tally): string {
  return (
    `news: ${plural(t.articles, "article")} from ${plural(t.files, "file")}, ` +
    `${plural(t.skipped, "skipped file")}, ${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}`
  );
}

/**
 * What a problem is about, without the advice and the parenthesised details of one file: "not
 * valid UTF-8 (byte 0xE1 at offset 561); re-save …" → "not valid UTF-8". Messages say what, then
 * "; what to do". Numbers stay: which of them vary between files is for `skippedReasons` to say.
 */
export function reasonOf(message: string): string {
  return message.split(";")[0]!.replace(/\s*\([^)]*\)/g, "").trim();
}

/**
 * A number as a reason may hold one: a date, a count, a line. One glued to a letter or a hyphen
 * ("UTF-16", "0xE1", "GMT+7") is part of a name and never a slot.
 */
const NUMBER = /(?<![\p{L}\p{N}+-])\d+(?:[/:.,]\d+)*(?![\p{L}\p{N}])/gu;

/** A reason with its numbers as slots: the text around them, and the numbers in order. */
function slotsOf(reason: string): { shape: string; numbers: string[] } {
  const numbers = reason.match(NUMBER) ?? [];
  return { shape: reason.replace(NUMBER, "\0"), numbers };
}

/**
 * Reasons grouped by their text with the numbers set aside, each printed with the numbers that
 * are the same in every file of its group and "N" for those that vary: "impossible date N" for
 * two different dates, "is UTF-16 text" always, "title over 300 characters" when all say 300.
 */
export function groupReasons(reasons: readonly string[]): Array<[reason: string, files: number]> {
  const groups = new Map<string, { count: number; numbers: Array<string | null> }>();
  for (const reason of reasons) {
    const { shape, numbers } = slotsOf(reason);
    const group = groups.get(shape);
    if (!group) groups.set(shape, { count: 1, numbers });
    else {
      group.count++;
      group.numbers = group.numbers.map((n, i) => (n === numbers[i] ? n : null));
    }
  }
  const out: Array<[string, number]> = [];
  for (const [shape, { count, numbers }] of groups) {
    let slot = 0;
    out.push([shape.replace(/\0/g, () => numbers[slot++] ?? "N"), count]);
  }
  return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Skipped files counted by the reason of their first error, most common first. */
export function skippedReasons(results: ReadonlyArray<ParseResult | RecordResult>): Array<[reason: string, files: number]> {
  const reasons: string[] = [];
  for (const r of results) {
    if (!hasError(r)) continue;
    const first = r.problems.find((p) => p.severity === "error");
    reasons.push(first ? reasonOf(first.message) : "could not be read");
  }
  return groupReasons(reasons);
}

/** "skipped 114 files: 29 not valid UTF-8, 28 has no text, …" or null when none was skipped. */
export function skippedLine(results: ReadonlyArray<ParseResult | RecordResult>): string | null {
  const reasons = skippedReasons(results);
  if (reasons.length === 0) return null;
  const total = reasons.reduce((sum, [, n]) => sum + n, 0);
  return `news: ${plural(total, "skipped file")}, by reason: ${reasons.map(([reason, n]) => `${n} ${reason}`).join("; ")}`;
}

/** "news: 2 lines recur in 3 or more dumps (an outlet's boilerplate), kept out of 57 articles" or null. */
export function boilerplateLine({ lines, articles }: { lines: number; articles: number }, threshold: number): string | null {
  if (lines === 0) return null;
  return `news: ${plural(lines, "line")} recur${lines === 1 ? "s" : ""} in ${threshold} or more dumps (an outlet's boilerplate), kept out of ${plural(articles, "article")}`;
}

/** 1234 → "1.2 s", 87 → "87 ms": build times as a person reads them. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * "news: 14 lines of page furniture kept out of the body, by reason: 6 related, 4 share, …" or
 * null when none was: read from each record's counts, so no body is opened for it.
 */
export function removedLine(results: ReadonlyArray<ParseResult | RecordResult>): string | null {
  const counts = new Map<string, number>();
  for (const r of results) {
    const article = r.article;
    const byReason = article && ("removedCounts" in article ? article.removedCounts : "removed" in article && article.removed ? removedCounts(article.removed) : undefined);
    for (const [reason, n] of Object.entries(byReason ?? {})) counts.set(reason, (counts.get(reason) ?? 0) + (n ?? 0));
  }
  if (counts.size === 0) return null;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const reasons = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return `news: ${total === 1 ? "1 line" : `${total} lines`} of page furniture kept out of the body, by reason: ${reasons.map(([reason, n]) => `${n} ${reason}`).join(", ")}`;
}
