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
