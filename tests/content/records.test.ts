import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/parse";
import { articleEntities, articleOf, bodyOf, extractOf, recordOf, relatedInputOf, splitResult } from "../../src/content/records";
import { decodeEntities } from "../../src/content/topics";
import { buildCorpus } from "../../src/content/corpus";
import { relatedTerms } from "../../src/content/related-terms";
import { searchDocument } from "../../src/content/search";
import { SearchIndexBuilder, buildSearchFiles, searchTokens } from "../../src/content/search-build";

const seed = parseArticle("seeds/seed.txt", readFileSync("seeds/000_5f679b6fde1a2fd2.txt"));
const article = seed.article!;

describe("recordOf / articleOf", () => {
  it("keeps everything but the body, with the excerpt and reading time lists show", () => {
    const record = recordOf(article);
    expect(record).not.toHaveProperty("body");
    expect(record.readingMinutes).toBeGreaterThan(0);
    expect(recordOf(parseArticle("a.txt", "Tin\n16/03/2020\n\nMở đầu ngắn.\n\nThân bài.").article!).excerpt).toBe("Mở đầu ngắn.");
    // No lead: the first paragraph.
    expect(recordOf({ ...article, lead: null }).excerpt).toMatch(/^\S/);
  });

  it("gives the article back whole from its record and its body", () => {
    const { readingMinutes: _, ...rest } = articleOf(recordOf(article), bodyOf(article));
    const { readingMinutes: __, ...original } = article;
    expect(rest).toEqual(original);
  });
});

describe("articleEntities", () => {
  it("keeps the entities the seed's text names, marking those its headline names too", () => {
    const entities = decodeEntities(articleEntities(article));
    expect(recordOf(article).entities).toBe(articleEntities(article));
    // "Kinh nghiệm từ một đảng bộ tiêu biểu ở Hải Hà"
    expect(entities.filter((e) => e.headline).map((e) => e.name)).toEqual(["Hải Hà"]);
    expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Quảng Thành", "Trần Văn Trí", "Đặng Xuân Túc"]));
  });

  it("keeps none for a text that names none", () => {
    expect(articleEntities({ title: "Tin", lead: "Mở đầu ngắn.", body: [], tags: [] })).toBe("");
  });
});

describe("splitResult", () => {
  it("leaves the body aside with the term counts and search words its text gives", () => {
    const { result, extract } = splitResult(seed);
    expect(result.problems).toEqual(seed.problems);
    expect(extract!.body).toEqual(bodyOf(article));
    expect([...extract!.terms]).toEqual([...relatedTerms(relatedInputOf(article))]);
    expect(extract!.search).toBe(searchTokens(searchDocument(article, recordOf(article).excerpt)));
    expect(extractOf(article)).toEqual(extract);
  });

  it("gives a broken dump no extract", () => {
    expect(splitResult(parseArticle("seeds/bad.txt", "")).extract).toBeNull();
  });
});

describe("searchTokens", () => {
  it("lists each folded word once with its fields and every spelling met", () => {
    const tokens = searchTokens({ title: "Hải Hà", lead: "hai hà", body: "Đầm Hà" });
    expect(tokens.split("\n").filter(Boolean)).toEqual(["hai 3 hải hai", "ha 7 hà", "dam 4 đầm"]);
  });

  it("builds the same index from words as from documents", () => {
    const corpus = buildCorpus([seed, parseArticle("seeds/2.txt", "Tin thứ hai ở Hải Hà\n17/03/2020\n\nMở đầu.\n\nThân bài về Quảng Hà.")]);
    const oldestFirst = [...corpus.summaries].reverse();
    const fromDocs = buildSearchFiles(oldestFirst.map((s) => searchDocument(corpus.page(s.slug)!.article, s.excerpt)));
    const fromTokens = buildSearchFiles(oldestFirst.map((s) => [s, corpus.searchTokens(s.slug)] as const).map(([s, t]) => [s, t]));
    expect(fromTokens).toEqual(fromDocs);
    expect(() => new SearchIndexBuilder().addTokens(oldestFirst[0]!, "").length).not.toThrow();
  });
});

describe("the index builder past one chunk of rows (65,536)", () => {
  it("finds the words of the first and the last of 800 documents of 100 words each", async () => {
    const { ShardedSearch } = await import("../../src/content/search-query");
    const { memoryFiles } = await import("../../src/content/search-files");
    const builder = new SearchIndexBuilder();
    const files = new Map<string, string | Uint8Array>();
    const words = (n: number) => Array.from({ length: 100 }, (_, k) => `t${n}x${k}`).join(" ");
    for (let n = 0; n < 800; n++) {
      const listed = { slug: `bai-${n}`, title: `Bài ${n}`, dateline: null, publishedAt: null, hasTime: false, excerpt: null };
      const [name, json] = builder.addTokens(listed, searchTokens({ title: `Bài ${n}`, lead: "", body: words(n) }));
      files.set(name, json);
    }
    for (const [name, data] of builder.files()) if (data !== null) files.set(name, data);
    const index = new ShardedSearch(memoryFiles(files));
    expect((await index.search("t0x3")).hits.map((h) => h.slug)).toEqual(["bai-0"]);
    expect((await index.search("t799x99")).hits.map((h) => h.slug)).toEqual(["bai-799"]);
    expect((await index.search("bài")).total).toBe(800);
  });
});
