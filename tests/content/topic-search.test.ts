/** Search's topic names (src/content/topic-search.ts). */
import { describe, expect, it } from "vitest";
import { matchTopics, queryPrefix, topicNameShards, type TopicName } from "../../src/content/topic-search";
import { topicIndexOf } from "../../src/content/topic-index";
import { encodeEntities } from "../../src/content/topics";
import type { ArticleSummary } from "../../src/content/types";

const summary = (n: number): ArticleSummary => ({ id: `${n}`, slug: `bai-${n}`, title: `Bài ${n}`, dateline: null, publishedAt: null, hasTime: false, excerpt: null, readingMinutes: 1 });

describe("topicNameShards", () => {
  it("files each topic under the first two folded letters of each of its words, most used first", () => {
    const summaries = [summary(1), summary(2)];
    const entities = [
      encodeEntities([{ kind: "place", name: "Quảng Thành", count: 1 }, { kind: "person", name: "Trần Văn Trí", count: 1 }]),
      encodeEntities([{ kind: "place", name: "Quảng Thành", count: 1 }]),
    ];
    const shards = topicNameShards(topicIndexOf(summaries, (slug) => entities[Number(slug.slice(4)) - 1]));
    expect(shards.get("qu")).toEqual([["Quảng Thành", "quang-thanh", 2, "p"]]);
    expect(shards.get("th")).toEqual([["Quảng Thành", "quang-thanh", 2, "p"]]);
    expect(shards.get("tr")).toEqual([["Trần Văn Trí", "tran-van-tri", 1, "n"]]);
    expect(shards.get("va")).toEqual([["Trần Văn Trí", "tran-van-tri", 1, "n"]]);
  });
});

describe("queryPrefix and matchTopics", () => {
  const shard: TopicName[] = [["Hải Hà", "hai-ha", 6, "p"], ["Hà Giang", "ha-giang", 3, "p"], ["Đặng Xuân Túc", "dang-xuan-tuc", 1, "n"]];

  it("reads the file of the query's first word, folded; none for a query without a word of two letters", () => {
    expect(queryPrefix("Hải Hà")).toBe("ha");
    expect(queryPrefix("  ĐẶNG xuân")).toBe("da");
    expect(queryPrefix("a")).toBeNull();
    expect(queryPrefix("…")).toBeNull();
  });

  it("keeps the topics every query word begins a word of, in any order, folded, at most the limit", () => {
    expect(matchTopics(shard, "ha").map((t) => t[1])).toEqual(["hai-ha", "ha-giang"]);
    expect(matchTopics(shard, "giang hà").map((t) => t[1])).toEqual(["ha-giang"]);
    expect(matchTopics(shard, "dang tuc").map((t) => t[1])).toEqual(["dang-xuan-tuc"]);
    expect(matchTopics(shard, "ha", 1)).toHaveLength(1);
    expect(matchTopics(shard, "hanoi")).toEqual([]);
    expect(matchTopics(shard, "")).toEqual([]);
  });
});
