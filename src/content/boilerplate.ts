/**
 * An outlet's boilerplate (issue 11): a line that recurs across many dumps of a corpus — a
 * slogan, a hotline, "Mời bạn đọc xem video" — is page furniture no single dump can show to be
 * so. Each dump's candidates (short body lines without a sentence's end: a sentence that recurs
 * is more often a corpus's own repetition than furniture) are hashed at parse time and kept in its
 * record; the corpus counts them, and a line in enough dumps is taken out of every body that has
 * it, into `removed` with the reason "recurring", when the record and its body are joined
 * (records.ts articleOf). So a page, its data file and the dev server agree, and an article's data
 * file is remade when its boilerplate changes (its record says which lines).
 */
import type { Block, RemovedLine } from "./types.ts";
import { fnv1a } from "./slug.ts";

/** Longer lines are prose, never counted. */
export const BOILERPLATE_MAX_CHARS = 100;
/** A line in at least this many dumps … */
export const BOILERPLATE_MIN_FILES = 3;
/** … and in at least this share of them (at 100,000 dumps, 500) is boilerplate. */
export const BOILERPLATE_MIN_SHARE = 0.005;

const SENTENCE_END = /[.?!\u2026:;,"”’)]$/u;

/** A line's key (FNV-1a, 32 bits). A collision would need two recurring lines; none is likely. */
export const lineKey = fnv1a;

function candidateText(block: Block): string | null {
  if (block.type !== "paragraph" && block.type !== "heading") return null;
  const { text } = block;
  return text.length <= BOILERPLATE_MAX_CHARS && !SENTENCE_END.test(text) ? text : null;
}

/** A body's candidate lines, as keys, each once; undefined when it has none (most dumps). */
export function boilerplateCandidates(body: readonly Block[]): number[] | undefined {
  let keys: Set<number> | undefined;
  for (const block of body) {
    const text = candidateText(block);
    if (text !== null) (keys ??= new Set()).add(lineKey(text));
  }
  return keys ? [...keys] : undefined;
}

/** How many dumps a line must be in to count, for a corpus of `articles`. */
export function boilerplateThreshold(articles: number): number {
  return Math.max(BOILERPLATE_MIN_FILES, Math.ceil(articles * BOILERPLATE_MIN_SHARE));
}

/** The keys found in enough of the records' candidate lists. */
export function recurringKeys(candidates: Iterable<readonly number[] | undefined>, articles: number): Set<number> {
  const counts = new Map<number, number>();
  for (const keys of candidates) for (const key of keys ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
  const threshold = boilerplateThreshold(articles);
  const out = new Set<number>();
  for (const [key, n] of counts) if (n >= threshold) out.add(key);
  return out;
}

/** The body without its boilerplate lines, and `removed` with them added, in line order. */
export function withoutBoilerplate(
  body: readonly Block[],
  removed: readonly RemovedLine[] | undefined,
  keys: readonly number[],
): { body: Block[]; removed: RemovedLine[] } {
  const wanted = new Set(keys);
  const taken: RemovedLine[] = [];
  const kept = body.filter((block) => {
    const text = candidateText(block);
    if (text === null || !wanted.has(lineKey(text))) return true;
    taken.push({ line: block.line, text, reason: "recurring" });
    return false;
  });
  const all = [...(removed ?? []), ...taken].sort((a, b) => a.line - b.line);
  return { body: kept, removed: all };
}
