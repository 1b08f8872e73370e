/**
 * The pruned ranking (related.ts) against the exact one it replaced (related-exact.ts), on the
 * corpus generator's 10,000 dumps (seed 1): of every article's exact top 5, at least 95 % must
 * be in its pruned top 5, and the seeds' lists must not change at all.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus, compareChronological, hasError, relatedInputOf } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import { rankRelated } from "../../src/content/related";
import type { RelatedInput } from "../../src/content/related-terms";
import { rankRelatedExactly } from "../../src/content/related-exact";
import { generateDump, indexWidth } from "../../scripts/corpus/generate";

/** Of the exact lists' entries, the share the pruned lists also hold. */
function agreement(exact: Map<string, string[]>, pruned: Map<string, string[]>): number {
  let listed = 0;
  let kept = 0;
  for (const [id, list] of exact) {
    const mine = new Set(pruned.get(id));
    listed += list.length;
    kept += list.filter((other) => mine.has(other)).length;
  }
  return listed === 0 ? 1 : kept / listed;
}

function inputsOf(results: ReturnType<typeof parseArticle>[]): RelatedInput[] {
  return results.filter((r) => !hasError(r)).map((r) => r.article!).sort(compareChronological).map(relatedInputOf);
}

describe("related ranking, pruned vs exact", () => {
  it("agrees on at least 95 % of the generated 10,000's top-5 lists", () => {
    const width = indexWidth(10_000);
    const results = Array.from({ length: 10_000 }, (_, i) => {
      const dump = generateDump("1", i, width);
      return parseArticle(dump.name, dump.bytes);
    });
    const docs = inputsOf(results);
    expect(docs.length).toBeGreaterThan(9_500);
    const share = agreement(rankRelatedExactly(docs), rankRelated(docs));
    expect(share).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it("keeps the seeds' neighbours exactly", () => {
    const dir = path.resolve(__dirname, "../../seeds");
    const results = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort().map((n) => parseArticle(n, readFileSync(path.join(dir, n))));
    const docs = inputsOf(results);
    const exact = rankRelatedExactly(docs);
    expect(rankRelated(docs)).toEqual(exact);
    // And the real dump has neighbours at all.
    const real = buildCorpus(results).page("kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha")!;
    expect(real.related.length).toBeGreaterThan(0);
  });
});
