import { describe, expect, it } from "vitest";
import { cacheCounts, type ScaleRow } from "../../scripts/bench/scale";
import { formatScaleReport, growth } from "../../scripts/bench/scale-report";

const row = (count: number, scale: number): ScaleRow => ({
  count,
  articles: count - Math.floor(count / 50),
  skipped: Math.floor(count / 50),
  parseMs: 0.2 * count,
  relatedMs: 0.3 * count,
  build: { seconds: 2 + count / 1000, peakBytes: 430e6 + count * 1e4, parsed: count, cached: 0, summary: "" },
  rebuild: { seconds: 1.5, peakBytes: 430e6, parsed: 101, cached: count - 1, summary: "", files: 30 + count, written: 250, removed: 3, removedPageGone: true },
  distBytes: 5e5 + count * 9000,
  distFiles: 30 + count,
  devReadyMs: { cold: 900 + count / 3, warm: 800 },
  devRssBytes: { cold: 400e6, warm: 380e6 },
  search: { firstBytes: 30_000, laterMaxBytes: 20_000, firstMs: 12, laterMaxMs: 8, codeBytes: 8_000 },
  home: { path: "/", bytes: 152_000 * scale, jsGzip: 92_000, requests: 12 },
  article: { path: "/bai-viet/x", bytes: 153_000, jsGzip: 93_000, requests: 13 },
});

describe("growth", () => {
  it("prints the factor between two sizes, = when unchanged, — when there is nothing to compare", () => {
    expect(growth(100, 980)).toBe("×9.80");
    expect(growth(100, 2500)).toBe("×25.0");
    expect(growth(152_000, 152_300)).toBe("=");
    expect(growth(0, 5)).toBe("—");
  });
});

describe("formatScaleReport", () => {
  const text = formatScaleReport({ date: "2026-11-26", commit: "abc1234", cpus: 2, seed: "1", rows: [row(10_000, 1.01), row(10, 1)] });

  it("has a column per size, smallest first, and one per step of growth", () => {
    const header = text.split("\n").find((line) => line.startsWith("N dumps"))!;
    expect(header.split(/\s{2,}/)).toEqual(["N dumps", "10", "10,000", "10→10,000"]);
  });

  it("prints every measurement the issue asks for", () => {
    for (const label of ["parse", "related ranking", "vite build, empty cache", "peak memory", "dist/ size", "first visit home", "first visit article", "dev ready", "files reparsed", "files rewritten", "resident memory", "search, first query", "later query"]) {
      expect(text).toContain(label);
    }
    expect(text).toMatch(/articles \(skipped files\)\s+10 \(0\)\s+9,800 \(200\)/);
  });

  it("ends with the first-visit comparison between the smallest and largest corpus", () => {
    expect(text.trim().split("\n").at(-1)).toBe("first visit at 10,000 vs 10 dumps: home ×1.01, article = (the goal: within ×1.10)");
  });
});

describe("cacheCounts", () => {
  it("reads how many files a build parsed and took from the cache from its summary line", () => {
    expect(cacheCounts("news: 9886 articles from 10000 files … in 11.9 s (parse 997 ms (1 parsed, 9999 cached), related 509 ms; from x)")).toEqual({ parsed: 1, cached: 9999 });
  });
});

describe("entityShare", () => {
  it("is entity finding's time over the parse worker's time without it, in percent; none when not measured", async () => {
    const { entityShare } = await import("../../scripts/bench/scale-report");
    expect(entityShare({ parseMs: 3000, splitMs: 1500, entityMs: 500 })).toBeCloseTo(12.5);
    expect(entityShare({ parseMs: 3000 })).toBeNaN();
  });
});
