/**
 * A query of a large archive fetches its words' titles first, their leads and member blocks only
 * when the first results need them: the results must be those of an engine that fetched it all.
 */
import { describe, expect, it } from "vitest";
import type { SearchDocument } from "../../src/content/search";
import { buildSearchFiles } from "../../src/content/search-build";
import { doc } from "./search-documents";
import { PAGE_OF_RESULTS, ShardedSearch } from "../../src/content/search-query";
import { memoryFiles, type SearchFiles } from "../../src/content/search-files";
import { twoFigures } from "../../src/content/search-rank";


/** A deterministic corpus: words drawn from a small vocabulary (common and rare, with and without marks). */
function corpus(size: number, seed: number): SearchDocument[] {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocabulary = ["Đảng", "bộ", "tiêu", "biểu", "nông", "thôn", "mới", "mỗi", "Hải", "Hà", "hai", "ha", "Quảng", "Thành", "thu", "thuận", "thực", "kinh", "nghiệm", "nghề"];
  const words = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(random() ** 1.6 * vocabulary.length)]).join(" ");
  return Array.from({ length: size }, (_, i) => doc(`bai-${i}`, { title: words(3 + Math.floor(random() * 4)), lead: words(8), body: words(30) }));
}

function engines(docs: SearchDocument[], block: number) {
  const files = buildSearchFiles(docs, undefined, block);
  const memory = memoryFiles(files);
  const fetched: string[] = [];
  const tracked: SearchFiles = { json: (p) => (fetched.push(p), memory.json(p)), bytes: (p) => (fetched.push(p), memory.bytes(p)) };
  return {
    staged: new ShardedSearch(tracked, { eagerBytes: 0 }),
    whole: new ShardedSearch(memory, { eagerBytes: Infinity }),
    fetched,
  };
}

const QUERIES = ["dang bo", "Đảng bộ tiêu biểu", "nông thôn mới", "Mỗi", "hai ha", "Hải Hà", "thu", "th", "kinh ngh", "quang thanh hai", "moi"];

describe("a query fetched step by step", () => {
  const { staged, whole } = engines(corpus(600, 7), 64);

  it.each(QUERIES)("%j: the same results, page after page, as an engine that fetched everything", async (q) => {
    const all = await whole.search(q, 0, 10_000);
    expect(all.approximate).toBe(false);
    for (let offset = 0; offset < Math.min(all.total, 3 * PAGE_OF_RESULTS); offset += PAGE_OF_RESULTS) {
      const page = await staged.search(q, offset);
      const expected = all.hits.slice(offset, offset + PAGE_OF_RESULTS);
      expect(page.hits.map((h) => h.slug)).toEqual(expected.map((h) => h.slug));
      expect(page.hits.map((h) => h.score)).toEqual(expected.map((h) => h.score));
      // Highlights: every word the result matched; a completion whose lead set is not in hand yet may be named too (marked only where the text has it).
      page.hits.forEach((h, i) => expect(h.terms).toEqual(expect.arrayContaining(expected[i]!.terms)));
      if (!page.approximate) expect(page.total).toBe(all.total);
    }
    // The last page makes the count exact.
    const end = await staged.search(q, Math.max(0, all.total - 1), 1);
    expect(end).toMatchObject({ total: all.total, approximate: false });
  });
});

describe("what a settled query leaves unfetched", () => {
  // 300 articles with both words in the title, 2,000 with them in the body only.
  const docs = [
    ...Array.from({ length: 2000 }, (_, i) => doc(`than-${i}`, { title: `Bài ${i}`, lead: "Tin trong ngày.", body: "Người dân nông thôn." })),
    ...Array.from({ length: 300 }, (_, i) => doc(`tieu-de-${i}`, { title: `Nông thôn ${i}`, lead: "Tin trong ngày.", body: "Bài viết." })),
  ];

  it("ranks the first page from titles alone, fetches the newest member block to estimate the count", async () => {
    const { staged, fetched } = engines(docs, 256);
    const page = await staged.search("nong thon");
    expect(page.hits.map((h) => h.slug)).toEqual(Array.from({ length: PAGE_OF_RESULTS }, (_, i) => `tieu-de-${299 - i}`));
    expect(fetched.filter((p) => p.startsWith("l/"))).toEqual([]);
    // Numbers 0..2299 in blocks of 256: the newest holds 252, so the two newest (1792..2303) for each word.
    expect(fetched.filter((p) => p.startsWith("m/")).sort()).toEqual(["m/nong.7.bin", "m/nong.8.bin", "m/thon.7.bin", "m/thon.8.bin"]);
    expect(page.approximate).toBe(true);
    expect(page.total).toBe(twoFigures(page.total));
    expect(Math.abs(page.total - 2300) / 2300).toBeLessThan(0.15);
  });

  it("counts a single word exactly without its members: its document count", async () => {
    const { staged, fetched } = engines(docs, 256);
    expect(await staged.search("nong")).toMatchObject({ total: 2300, approximate: false });
    expect(fetched.filter((p) => p.startsWith("m/"))).toEqual([]);
  });

  it("fetches every block once a later page needs body matches, and then counts exactly", async () => {
    const { staged, fetched } = engines(docs, 256);
    const page = await staged.search("nong thon", 300, PAGE_OF_RESULTS);
    expect(page).toMatchObject({ total: 2300, approximate: false });
    expect(page.hits.map((h) => h.slug)[0]).toBe("than-1999");
    expect(fetched.filter((p) => p.startsWith("m/"))).toHaveLength(2 * 9);
  });
});

describe("estimates", () => {
  it.each([
    [37, 37],
    [4762, 4800],
    [30467, 30000],
    [99, 99],
    [155, 160],
  ])("%d is shown as %d", (n, shown) => expect(twoFigures(n)).toBe(shown));
});
