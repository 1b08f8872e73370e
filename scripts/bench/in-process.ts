/**
 * bench:scale's in-process step, in a process of its own: parses a folder of dumps through the
 * content core and ranks related articles, timing each, and prints what the bench needs as one
 * line of JSON. Its own process because 100,000 parsed articles are ~1.5 GB of heap: held by the
 * bench (and collected by it) while the builds it measures ran, they slowed those builds by ~10 %.
 *
 * Usage: node --import tsx scripts/bench/in-process.ts SEEDS_DIR KEEP_ID
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildCorpus, hasError, relatedInputOf } from "../../src/content/corpus.ts";
import { parseArticle } from "../../src/content/parse.ts";
import { rankRelated } from "../../src/content/related.ts";
import { articleEntities, splitResult } from "../../src/content/records.ts";

/** What the bench keeps of the step: its times and counts, the kept article's slug, and a good article to remove. */
export type InProcess = {
  parseMs: number;
  /** A parse worker's work after the parse (splitResult: record with entities, body, ranking terms, search words), and of it entity finding's. */
  splitMs: number;
  entityMs: number;
  relatedMs: number;
  articles: number;
  skipped: number;
  keptSlug: string | null;
  /** The kept article's most specific topic: its page's first visit is measured at every size. */
  topicSlug: string | null;
  removable: { id: string; slug: string };
};

function measure(dir: string, keepId: string): InProcess {
  let started = performance.now();
  const results = readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => parseArticle(n, readFileSync(join(dir, n))));
  const parseMs = performance.now() - started;
  const good = results.filter((r) => !hasError(r)).map((r) => r.article!);
  // What a parse worker does after the parse, and how much of it is entity finding (issue 13: at most 20 % more).
  started = performance.now();
  for (const r of results) splitResult(r);
  const splitMs = performance.now() - started;
  started = performance.now();
  for (const article of good) articleEntities(article);
  const entityMs = performance.now() - started;
  started = performance.now();
  rankRelated(good.map(relatedInputOf));
  const relatedMs = performance.now() - started;
  const corpus = buildCorpus(results, { ranker: () => () => [] });
  const slugOf = new Map(corpus.summaries.map((s) => [s.id, s.slug]));
  // A good article, not the kept one: the rebuild removes it, and its page must be gone after.
  const gone = good.find((a) => a.id !== keepId)!;
  return {
    parseMs,
    splitMs,
    entityMs,
    relatedMs,
    articles: corpus.summaries.length,
    skipped: corpus.broken.length,
    keptSlug: slugOf.get(keepId) ?? null,
    topicSlug: corpus.topics.ofArticle(slugOf.get(keepId) ?? "")[0]?.slug ?? null,
    removable: { id: gone.id, slug: slugOf.get(gone.id)! },
  };
}

const [dir, keepId] = process.argv.slice(2);
if (!dir || !keepId) {
  console.error("usage: node --import tsx scripts/bench/in-process.ts SEEDS_DIR KEEP_ID");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(measure(dir, keepId))}\n`);
