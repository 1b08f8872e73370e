/** The search part of `npm run bench` (scripts/bench/search.ts), on a small corpus so it stays quick. */
import { describe, expect, it } from "vitest";
import { formatReport, type BenchReport } from "../../scripts/bench/report";
import { SEARCH_QUERIES, benchSearch } from "../../scripts/bench/search";

describe("benchSearch", async () => {
  const result = await benchSearch({ count: 60, runs: 3 });

  it("builds the index over the generated articles and measures the shipped files", () => {
    expect(result.dumps).toBe(60);
    expect(result.articles).toBeGreaterThan(50);
    expect(result.index.raw).toBeGreaterThan(0);
    expect(result.index.gzip).toBeGreaterThan(0);
    expect(result.index.files).toBeGreaterThan(result.articles);
    expect(result.words).toBeGreaterThan(100);
  });
  it("counts what each query of one visit fetches beyond the ones before it", () => {
    const [first, upper, marked] = result.queries;
    expect(first!.files).toBeGreaterThan(0);
    expect(first!.gzipBytes).toBeGreaterThan(0);
    // The same words in capitals need no new file but the results' own stored fields.
    expect(upper!.files).toBe(0);
    expect(marked!.files).toBe(0);
  });
  it("times every query, with its hits", () => {
    expect(result.queries.map((q) => q.query)).toEqual(SEARCH_QUERIES.map((q) => q.query));
    for (const q of result.queries) {
      expect(q.samples).toHaveLength(3);
      expect(q.medianMs).toBeGreaterThanOrEqual(0);
      expect(q.maxMs).toBeGreaterThanOrEqual(q.p95Ms);
      expect(q.p95Ms).toBeGreaterThanOrEqual(Math.min(...q.samples));
    }
    const hits = Object.fromEntries(result.queries.map((q) => [q.query, q.hits]));
    expect(hits["hai ha"]).toBeGreaterThan(0);
    expect(hits["HẢI HÀ"]).toBe(hits["hai ha"]);
    expect(hits["Hải Hà"]).toBe(hits["hai ha"]);
    expect(hits["xqzvw jjkkq"]).toBe(0);
  });
  it("is a section of the bench's table", () => {
    const report = {
      meta: { commit: "abc1234", dirty: false, date: "2026-11-26", node: "v20", chromium: "Chromium", cpus: 2, loadAverage: 0.5 },
      build: { seconds: 2, summary: "" },
      firstLoad: [],
      lighthouse: null,
      navigation: null,
      search: result,
    } satisfies BenchReport;
    const text = formatReport(report, 1);
    expect(text).toContain("Search at 60 generated dumps");
    expect(text).toMatch(/"hai ha"\s+words\s+\d+\s+\d+\s+[\d.]+ kB\s+[\d.]+ ms\s+[\d.]+ ms\s+[\d.]+ ms\s+[\d.]+ ms/);
    expect(text).toContain("over 3 runs once loaded");
  });
});
