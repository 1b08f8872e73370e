import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus, summarize } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";

const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const results = seeds.map((f) => parseArticle(`seeds/${f}`, readFileSync(`seeds/${f}`)));
const SEED_ID = "000_5f679b6fde1a2fd2";
const SEED_SLUG = "kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha";

describe("buildCorpus on the sample seeds", () => {
  const corpus = buildCorpus(results);

  it("lists every article newest first", () => {
    expect(corpus.summaries).toHaveLength(seeds.length);
    const times = corpus.summaries.map((s) => Date.parse(s.publishedAt!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
  it("gives the seed at least 3 related articles, never itself, at most 5", () => {
    const related = corpus.page(SEED_SLUG)!.related;
    expect(related.length).toBeGreaterThanOrEqual(3);
    expect(related.length).toBeLessThanOrEqual(5);
    expect(related.map((r) => r.id)).not.toContain(SEED_ID);
  });
  it("finds the seed's places and people as topics, and no sentence start or always-capitalised word (issue 13)", () => {
    const names = [...corpus.topics.topics.values()].map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Hải Hà", "Quảng Thành", "Hải Đông", "Trần Văn Trí", "Đặng Xuân Túc"]));
    for (const never of ["Đảng", "Đảng ủy", "Huyện ủy", "Bí thư", "Nhiệm kỳ", "Đặc biệt", "Từ đó", "Vì vậy"]) expect(names).not.toContain(never);
    const kinds = Object.fromEntries([...corpus.topics.topics.values()].map((t) => [t.name, t.kind]));
    expect(kinds).toMatchObject({ "Hải Hà": "place", "Quảng Thành": "place", "Hải Đông": "place", "Trần Văn Trí": "person", "Đặng Xuân Túc": "person" });
    // Each of them lists the seed.
    for (const name of ["Hải Hà", "Quảng Thành", "Hải Đông", "Trần Văn Trí", "Đặng Xuân Túc"]) {
      const topic = [...corpus.topics.topics.values()].find((t) => t.name === name)!;
      expect(topic.newestFirst.map((s) => s.slug), name).toContain(SEED_SLUG);
    }
  });
  it("gives the seed's page its topics (at most 6) and says which its related articles share", () => {
    const page = corpus.page(SEED_SLUG)!;
    expect(page.topics!.length).toBeGreaterThan(0);
    expect(page.topics!.length).toBeLessThanOrEqual(6);
    expect(page.topics!.map((t) => t.name)).toEqual(expect.arrayContaining(["Quảng Thành", "Trần Văn Trí", "Đặng Xuân Túc"]));
    // Its headline, "… ở Hải Hà", names the district most of the seed's stories name: shown first all the same.
    expect(page.topics![0]!.name).toBe("Hải Hà");
    const shared = page.related.filter((r) => r.about);
    expect(shared.length).toBeGreaterThan(0);
    for (const r of shared) for (const name of r.about!) expect(page.topics!.map((t) => t.name)).toContain(name);
    // Those sharing more topics come first.
    const counts = page.related.map((r) => r.about?.length ?? 0);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });
  it("links previous and next by date, both ways", () => {
    const byDate = [...corpus.summaries].reverse();
    byDate.forEach((s, i) => {
      const page = corpus.page(s.slug)!;
      expect(page.previous?.id ?? null).toBe(byDate[i - 1]?.id ?? null);
      expect(page.next?.id ?? null).toBe(byDate[i + 1]?.id ?? null);
    });
  });
  it("has unique slugs, and every page under its article's slug", () => {
    expect(new Set(corpus.summaries.map((s) => s.slug)).size).toBe(seeds.length);
    for (const [slug, entry] of corpus.entries) {
      expect(entry.record.slug).toBe(slug);
      expect(corpus.page(slug)!.article.slug).toBe(slug);
    }
  });
});

describe("buildCorpus with bad files", () => {
  const bad = parseArticle("seeds/zz_bad.txt", new Uint8Array([0xff, 0xfe, 0x00]));
  const titled = parseArticle("seeds/zz_nul.txt", "Tiêu đề hỏng\n\u0000");
  const corpus = buildCorpus([...results, bad, titled]);

  it("keeps every good article", () => expect(corpus.summaries).toHaveLength(seeds.length));
  it("reports each broken file with its problems and a slug for its page", () => {
    expect(corpus.broken.map((b) => [b.file, b.slug])).toEqual([
      ["seeds/zz_bad.txt", "zz-bad"],
      ["seeds/zz_nul.txt", "zz-nul"],
    ]);
    expect(corpus.broken[0]!.problems[0]).toMatchObject({ severity: "error", line: 1 });
  });
  it("puts undated articles after dated ones", () => {
    const undated = parseArticle("seeds/zz_undated.txt", "Bài không ngày\n\nMở đầu.");
    const c = buildCorpus([...results, undated]);
    expect(c.summaries.at(-1)!.id).toBe("zz_undated");
  });
});

describe("summarize", () => {
  it("gives lists what they need and an excerpt of the lead, never the body", () => {
    const s = summarize(results[0]!.article!);
    expect(s).toMatchObject({ id: SEED_ID, title: "Kinh nghiệm từ một đảng bộ tiêu biểu ở Hải Hà", hasTime: true });
    expect(s.excerpt!.length).toBeLessThanOrEqual(201);
    expect(Object.keys(s)).not.toContain("body");
  });
});

describe("buildCorpus ranks related articles on demand", () => {
  it("asks the ranker nothing until a page's related list is read, then once per page", () => {
    const asked: string[] = [];
    const corpus = buildCorpus(results, {
      ranker: () => (id) => {
        asked.push(id);
        return [];
      },
    });
    expect(corpus.summaries.length).toBeGreaterThan(1);
    expect(asked).toEqual([]);
    const seed = corpus.entries.get(SEED_SLUG)!;
    expect(seed.related).toEqual([]);
    void seed.related;
    expect(asked).toEqual([SEED_ID]);
  });

  it("puts the related list in the page's JSON, in the page's field order", () => {
    const page = buildCorpus(results).page(SEED_SLUG)!;
    const json = JSON.parse(JSON.stringify(page)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["article", "related", "previous", "next", "topics"]);
    expect(json.related).toEqual(page.related);
    expect(page.related.length).toBeGreaterThan(0);
  });
});
