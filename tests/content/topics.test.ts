/** Topics of an archive from its articles' entities (src/content/topics.ts). */
import { describe, expect, it } from "vitest";
import type { EntityKind } from "../../src/content/entities";
import { TOPICS_SHOWN, articleTopics, decodeEntities, encodeEntities, mentionsOf, namedInHeadline, topicKey, topicStats, topicThreshold, type Mention } from "../../src/content/topics";

const e = (kind: EntityKind, name: string, count = 1): Mention => ({ kind, name, key: topicKey(name), count });
const entityKey = (_kind: EntityKind, name: string) => topicKey(name);

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

  it("shows first the topics its headline names, however common in the archive, then the rest by specificity", () => {
    const everywhere: Mention = { ...e("place", "Hải Hà"), headline: true };
    const article = [everywhere, e("place", "Quảng Thành", 3), e("person", "Trần Văn Trí")];
    const others = Array.from({ length: 9 }, () => [e("place", "Hải Hà")]);
    const topics = articleTopics(article, topicStats([article, ...others]), 10);
    expect(topics.map((t) => t.key)).toEqual([entityKey("place", "Hải Hà"), entityKey("place", "Quảng Thành"), entityKey("person", "Trần Văn Trí")]);
    expect(topics.map((t) => t.headline)).toEqual([true, false, false]);
  });

  it("leaves out what too few articles of a large archive name, and shows at most TOPICS_SHOWN", () => {
    const many = Array.from({ length: 10 }, (_, i) => e("place", `Nơi ${i}`));
    const stats = topicStats([...Array.from({ length: 200 }, () => many), [e("person", "Người Một Lần")]]);
    const topics = articleTopics([...many, e("person", "Người Một Lần")], stats, 201);
    expect(topics).toHaveLength(TOPICS_SHOWN);
    expect(topics.map((t) => t.key)).not.toContain(entityKey("person", "Người Một Lần"));
  });
});

describe("mentionsOf", () => {
  it("merges a name's kinds: a tag of the same words as a place is the place, its mentions added", () => {
    expect(mentionsOf([{ kind: "tag", name: "Hải Hà", count: 1 }, { kind: "place", name: "Hải Hà", count: 2 }, { kind: "person", name: "Trần Văn Trí", count: 1 }])).toEqual([
      { key: "hai ha", kind: "place", name: "Hải Hà", count: 3 },
      { key: "tran van tri", kind: "person", name: "Trần Văn Trí", count: 1 },
    ]);
  });

  it("keeps that the headline names a name when any of its spellings or kinds is so marked", () => {
    const [merged] = mentionsOf([{ kind: "tag", name: "Hải Hà", count: 1 }, { kind: "place", name: "Hải Hà", count: 2, headline: true }]);
    expect(merged).toEqual({ key: topicKey("Hải Hà"), kind: "place", name: "Hải Hà", count: 3, headline: true });
    expect(mentionsOf([{ kind: "place", name: "Hải Hà", count: 1 }])[0]).not.toHaveProperty("headline");
  });

  it("compares names folded: old and new tone placement are one topic", () => {
    expect(mentionsOf([{ kind: "place", name: "Hoà Bình", count: 1 }, { kind: "place", name: "Hòa Bình", count: 1 }])).toHaveLength(1);
  });
});

describe("encodeEntities / decodeEntities", () => {
  it("round-trips an article's entities through one string", () => {
    const entities = [
      { kind: "place" as const, name: "Quảng Thành", count: 4 },
      { kind: "org" as const, name: "Đảng bộ xã Quảng Thành", count: 1 },
      { kind: "tag" as const, name: "nông thôn mới", count: 1 },
    ];
    const encoded = encodeEntities(entities);
    expect(encoded).toBe("p4 Quảng Thành\no1 Đảng bộ xã Quảng Thành\nt1 nông thôn mới");
    expect(decodeEntities(encoded)).toEqual(entities);
  });

  it("marks a name its headline names with the kind's letter in capitals", () => {
    const entities = [
      { kind: "place" as const, name: "Hải Hà", count: 2, headline: true as const },
      { kind: "person" as const, name: "Trần Văn Trí", count: 1 },
    ];
    expect(encodeEntities(entities)).toBe("P2 Hải Hà\nn1 Trần Văn Trí");
    expect(decodeEntities("P2 Hải Hà\nn1 Trần Văn Trí")).toEqual(entities);
    expect(decodeEntities("X2 Hải Hà")).toEqual([]);
  });

  it("reads nothing from nothing, and skips a line of another shape", () => {
    expect(decodeEntities(undefined)).toEqual([]);
    expect(decodeEntities("")).toEqual([]);
    expect(decodeEntities("x2 Hải Hà\nnot a line\np1 Hải Hà")).toEqual([{ kind: "place", name: "Hải Hà", count: 1 }]);
  });
});

describe("namedInHeadline", () => {
  const headline = namedInHeadline("Quảng Thành mở rộng đường liên thôn, hoàn thiện tiêu chí ở Hải Hà");
  it("finds a name the headline holds, folded and word by word, wherever it stands", () => {
    expect(headline("Quảng Thành")).toBe(true);
    expect(headline("Hải Hà")).toBe(true);
    expect(headline("HẢI HÀ")).toBe(true);
    expect(headline("Hoà Bình")).toBe(false);
  });

  it("does not take part of a word or of another name for the name", () => {
    expect(headline("Hà")).toBe(true);
    expect(headline("Hàn")).toBe(false);
    expect(headline("Thành mở")).toBe(true);
    expect(headline("Quảng")).toBe(true);
    expect(namedInHeadline("Hải Hậu vào mùa")("Hải Hà")).toBe(false);
    expect(headline("")).toBe(false);
  });
});
