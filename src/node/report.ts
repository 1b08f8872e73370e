/** Problems as terminal lines: "seeds/x.txt:3: error: not valid UTF-8 …", like a compiler's. */
import type { ParseResult, Problem } from "../content/types.ts";
import { hasError } from "../content/corpus.ts";

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity}: ${p.message}`;
}

export type Tally = { files: number; articles: number; skipped: number; errors: number; warnings: number };

export function tally(results: readonly ParseResult[]): Tally {
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
 * What a problem is about, without the details of one file: "not valid UTF-8 (byte 0xE1 at
 * offset 561); re-save …" → "not valid UTF-8". Messages say what, then "; what to do".
 */
export function reasonOf(message: string): string {
  return message
    .split(";")[0]!
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/(?<![\p{L}-])\d+(?:[/:.,]\d+)*/gu, "N")
    .trim();
}

/** Skipped files counted by the reason of their first error, most common first. */
export function skippedReasons(results: readonly ParseResult[]): Array<[reason: string, files: number]> {
  const counts = new Map<string, number>();
  for (const r of results) {
    if (!hasError(r)) continue;
    const first = r.problems.find((p) => p.severity === "error");
    const reason = first ? reasonOf(first.message) : "could not be read";
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** "skipped 114 files: 29 not valid UTF-8, 28 has no text, …" or null when none was skipped. */
export function skippedLine(results: readonly ParseResult[]): string | null {
  const reasons = skippedReasons(results);
  if (reasons.length === 0) return null;
  const total = reasons.reduce((sum, [, n]) => sum + n, 0);
  return `news: ${plural(total, "skipped file")}, by reason: ${reasons.map(([reason, n]) => `${n} ${reason}`).join("; ")}`;
}

/** 1234 → "1.2 s", 87 → "87 ms": build times as a person reads them. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
