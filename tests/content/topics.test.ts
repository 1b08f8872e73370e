/** Topics of an archive from its articles' entities (src/content/topics.ts). */
import { describe, expect, it } from "vitest";
import { entityKey, type EntityCount, type EntityKind } from "../../src/content/entities";
import { TOPICS_SHOWN, articleTopics, topicStats, topicThreshold } from "../../src/content/topics";

const e = (kind: EntityKind, name: string, count = 1): EntityCount => ({ kind, name, key: entityKey(kind, name), count });

describe("topicThreshold", () => {
  it("keeps every entity of a small archive, and asks more articles of a large one", () => {
    expect(topicThreshold(1)).toBe(1);
    expect(topicThreshold(11)).toBe(1);
    expect(topicThreshold(50)).toBe(1);
    expect(topicThreshold(100)).toBe(2);
    expect(topicThreshold(1_000)).toBe(5);
    expect(topicThreshold(10_000)).toBe(8);
    expect(topicThreshold(100_000)).toBe(11);
  });
});

describe("topicStats", () => {
  it("counts the articles naming each entity, once an article, named as first written", () => {
    const stats = topicStats([[e("place", "Hải Hà", 3), e("person", "Trần Văn Trí")], [e("place", "Hải Hà")], [e("place", "Hải Hà")]]);
    expect(stats.get(entityKey("place", "Hải Hà"))).toEqual({ kind: "place", name: "Hải Hà", articles: 3 });
    expect(stats.get(entityKey("person", "Trần Văn Trí"))!.articles).toBe(1);
  });
});

describe("articleTopics", () => {
  it("a single article's archive shows its own places and people", () => {
    const mine = [e("place", "Hải Hà"), e("place", "Quảng Thành", 4), e("person", "Trần Văn Trí")];
    const topics = articleTopics(mine, topicStats([mine]), 1);
    expect(topics.map((t) => t.key).sort()).toEqual(mine.map((m) => m.key).sort());
  });

  it("ranks what is specific to the article first: named often here and rarely elsewhere", () => {
    const everywhere = e("place", "Hải Hà");
    const article = [everywhere, e("place", "Quảng Thành", 3), e("person", "Trần Văn Trí")];
    const others = Array.from({ length: 9 }, () => [everywhere]);
    const topics = articleTopics(article, topicStats([article, ...others]), 10);
    expect(topics.map((t) => t.key)).toEqual([entityKey("place", "Quảng Thành"), entityKey("person", "Trần Văn Trí"), entityKey("place", "Hải Hà")]);
  });

  it("leaves out what too few articles of a large archive name, and shows at most TOPICS_SHOWN", () => {
    const many = Array.from({ length: 10 }, (_, i) => e("place", `Nơi ${i}`));
    const stats = topicStats([...Array.from({ length: 200 }, () => many), [e("person", "Người Một Lần")]]);
    const topics = articleTopics([...many, e("person", "Người Một Lần")], stats, 201);
    expect(topics).toHaveLength(TOPICS_SHOWN);
    expect(topics.map((t) => t.key)).not.toContain(entityKey("person", "Người Một Lần"));
  });
});
