/** An archive's topics from its records' entities (src/content/topic-index.ts). */
import { describe, expect, it } from "vitest";
import { POPULAR_TOPICS, TOPICS_PER_PAGE, topicHead, topicIndexOf, topicsPage } from "../../src/content/topic-index";
import { TOPICS_SHOWN, encodeEntities } from "../../src/content/topics";
import type { EntityKind } from "../../src/content/entities";
import type { ArticleSummary } from "../../src/content/types";

const summary = (n: number): ArticleSummary => ({
  id: `id${n}`,
  slug: `bai-${n}`,
  title: `Bài ${n}`,
  dateline: null,
  publishedAt: `2020-03-${String(28 - (n % 28)).padStart(2, "0")}T08:00:00+07:00`,
  hasTime: true,
  excerpt: null,
  readingMinutes: 1,
});
const named = (...entities: Array<[EntityKind, string, number?]>) => encodeEntities(entities.map(([kind, name, count = 1]) => ({ kind, name, count })));

function indexOf(perArticle: string[]) {
  const summaries = perArticle.map((_, i) => summary(i + 1));
  const entities = new Map(summaries.map((s, i) => [s.slug, perArticle[i]!]));
  return { summaries, index: topicIndexOf(summaries, (slug) => entities.get(slug)) };
}

describe("topicIndexOf", () => {
  it("makes a shelf of each topic, newest first, with its kind and a slug from its name", () => {
    const { summaries, index } = indexOf([
      named(["place", "Quảng Thành", 3], ["person", "Trần Văn Trí"]),
      named(["place", "Quảng Thành"], ["tag", "Hải Hà"]),
      named(["place", "Hải Hà"]),
    ]);
    const quangThanh = index.topics.get("quang-thanh")!;
    expect(quangThanh).toMatchObject({ name: "Quảng Thành", kind: "place", key: "quang thanh" });
    expect(quangThanh.newestFirst.map((s) => s.slug)).toEqual([summaries[0]!.slug, summaries[1]!.slug]);
    // A tag and a place of the same name are one topic, of the place's kind.
    expect(index.topics.get("hai-ha")).toMatchObject({ kind: "place", name: "Hải Hà" });
    expect(index.topics.get("hai-ha")!.newestFirst).toHaveLength(2);
  });

  it("orders the topics most used first, and gives each article its own, most specific first", () => {
    const { index } = indexOf([named(["place", "Hải Hà"], ["place", "Quảng Thành", 4]), named(["place", "Hải Hà"]), named(["place", "Hải Hà"])]);
    expect([...index.topics.keys()]).toEqual(["hai-ha", "quang-thanh"]);
    expect(index.ofArticle("bai-1").map((t) => t.name)).toEqual(["Quảng Thành", "Hải Hà"]);
    expect(index.ofArticle("khong-co")).toEqual([]);
  });

  it("names the topics most often shown with each", () => {
    const { index } = indexOf([
      named(["place", "Hải Hà"], ["place", "Quảng Thành"], ["person", "Trần Văn Trí"]),
      named(["place", "Hải Hà"], ["place", "Quảng Thành"]),
      named(["place", "Hải Hà"], ["place", "Hải Đông"]),
    ]);
    expect(index.topics.get("hai-ha")!.related.map((t) => t.name)).toEqual(["Quảng Thành", "Hải Đông", "Trần Văn Trí"]);
    expect(index.topics.get("tran-van-tri")!.related).toEqual([
      { name: "Hải Hà", slug: "hai-ha" },
      { name: "Quảng Thành", slug: "quang-thanh" },
    ]);
  });

  it("numbers a second name that makes a taken slug", () => {
    const { index } = indexOf([named(["place", "Kon Tum"]), named(["place", "Kon Tum"]), named(["place", "Kon-Tum"])]);
    expect([...index.topics.keys()]).toEqual(["kon-tum", "kon-tum-2"]);
    expect(index.topics.get("kon-tum-2")!.name).toBe("Kon-Tum");
  });

  it("leaves out what too few articles of a large archive name", () => {
    const common = Array.from({ length: 120 }, () => named(["place", "Hải Hà"]));
    const { index } = indexOf([...common, named(["person", "Người Một Lần"])]);
    expect([...index.topics.keys()]).toEqual(["hai-ha"]);
    expect(index.ofArticle("bai-121")).toEqual([]);
  });

  it("shows at most TOPICS_SHOWN of an article's topics, and shelves it under every one it names", () => {
    const many = named(...Array.from({ length: 10 }, (_, i): [EntityKind, string] => ["place", `Nơi Số ${i}`]));
    const { index } = indexOf([many]);
    expect(index.ofArticle("bai-1")).toHaveLength(TOPICS_SHOWN);
    expect(index.topics.size).toBe(10);
    for (const topic of index.topics.values()) expect(topic.newestFirst.map((s) => s.slug)).toEqual(["bai-1"]);
  });

  it("reads an archive without entities as one without topics", () => {
    const { index } = indexOf(["", ""]);
    expect(index.topics.size).toBe(0);
    expect(topicsPage(index, 1)).toEqual({ popular: [], topics: [], page: 1, pageCount: 1, count: 0 });
  });
});

describe("topicHead and topicsPage", () => {
  it("a topic's head: its name, kind, count, newest articles and related topics", () => {
    const { index } = indexOf([named(["place", "Hải Hà"], ["person", "Trần Văn Trí"]), named(["place", "Hải Hà"])]);
    const head = topicHead(index.topics.get("hai-ha")!);
    expect(head).toMatchObject({ name: "Hải Hà", slug: "hai-ha", kind: "place", count: 2, pageCount: 1, related: [{ name: "Trần Văn Trí", slug: "tran-van-tri" }] });
    expect(head.newest.map((s) => s.slug)).toEqual(["bai-1", "bai-2"]);
  });

  it("the index: the most used on page 1, then every topic A–Z by folded name under its letter, paged", () => {
    // 41 articles of 6 places each (every entity of an archive of 50 or fewer is a topic), one named twice.
    const names = Array.from({ length: 40 * TOPICS_SHOWN }, (_, i) => `Làng ${String.fromCharCode(97 + (i % 26))}${i}`);
    const articles = Array.from({ length: 40 }, (_, a) => named(...names.slice(a * TOPICS_SHOWN, (a + 1) * TOPICS_SHOWN).map((n): [EntityKind, string] => ["place", n])));
    const { index } = indexOf([...articles, named(["place", "Đồng Văn"], ["place", names[7]!])]);
    const first = topicsPage(index, 1)!;
    expect(first.count).toBe(names.length + 1);
    expect(first.pageCount).toBe(Math.ceil((names.length + 1) / TOPICS_PER_PAGE));
    expect(first.popular).toHaveLength(POPULAR_TOPICS);
    expect(first.popular[0]).toMatchObject({ name: names[7], count: 2 });
    expect(first.topics[0]).toMatchObject({ name: "Đồng Văn", letter: "D", kind: "place", count: 1 });
    const all = [...first.topics, ...topicsPage(index, 2)!.topics];
    expect(all).toHaveLength(names.length + 1);
    expect(all.map((t) => t.slug)).toEqual([...index.topics.values()].map((t) => t.key).sort().map((k) => [...index.topics.values()].find((t) => t.key === k)!.slug));
    expect(topicsPage(index, 2)!.popular).toEqual([]);
    expect(topicsPage(index, 3)).toBeNull();
    expect(topicsPage(index, 0)).toBeNull();
  });
});
