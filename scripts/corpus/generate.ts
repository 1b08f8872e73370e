/**
 * The corpus generator's one entry point for the CLI and the tests: file `index` of the corpus
 * of `seed`, as a name and bytes, with the facts a parser must find in it. Pure and
 * deterministic: the same seed and index give the same name and bytes, whatever the count.
 */
import { hex64, rngFor } from "./prng.ts";
import { compose, type DatelineFault, type Facts } from "./compose.ts";
import { pickEncoding, render, type Encoding } from "./render.ts";
import { addNul, breakUtf8, emptyText, malformedKind, placeholdersText, type MalformedKind } from "./malform.ts";

export type Dump = {
  index: number;
  /** "00042_3f9a0c1d2e4b5a67.txt" */
  name: string;
  bytes: Uint8Array;
  /** null for a well-formed dump. */
  malformed: MalformedKind | null;
  /** For a malformation that is an error: the line the parser must name. */
  errorLine: number | null;
  /** What the article holds; null for files that hold none (empty, placeholders only). */
  facts: Facts | null;
  encoding: Encoding | null;
};

/** Digits of the index in file names: at least 5, more for corpora past 100,000 files. */
export function indexWidth(count: number): number {
  return Math.max(5, String(Math.max(0, count - 1)).length);
}

export function dumpName(seed: string, index: number, width = 5): string {
  return `${String(index).padStart(width, "0")}_${hex64("name", seed, index)}.txt`;
}

const encoder = new TextEncoder();

export function generateDump(seed: string, index: number, width = 5): Dump {
  const name = dumpName(seed, index, width);
  const malformed = malformedKind(seed, index);
  const rng = rngFor(seed, index);
  const base = { index, name, malformed, errorLine: null };
  if (malformed === "empty" || malformed === "placeholders-only") {
    const text = malformed === "empty" ? emptyText(rng) : placeholdersText(rng);
    return { ...base, errorLine: 1, bytes: encoder.encode(text), facts: null, encoding: null };
  }
  const fault: DatelineFault | null =
    malformed === "impossible-date" || malformed === "weekday-mismatch" || malformed === "no-dateline" ? malformed : null;
  const { draft, facts } = compose(rng, fault);
  const encoding = pickEncoding(rng);
  const bytes = encoder.encode(render(draft, rng, encoding));
  if (malformed === "invalid-utf8" || malformed === "nul") {
    const damage = malformed === "nul" ? addNul(bytes, rng) : breakUtf8(bytes, rng);
    return { ...base, errorLine: damage.line, bytes: damage.bytes, facts, encoding };
  }
  return { ...base, bytes, facts, encoding };
}
