import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rankRelated } from "../../src/content/related";
import { relatedTerms, type RelatedInput } from "../../src/content/related-terms";
import { rankWhole } from "../../src/content/related-update";
import { diskCache, type DiskCache } from "../../src/node/disk-cache";
import { cachedRanker, rankingKey, type RankingReport } from "../../src/node/related-cache";
import { readRankingState, writeRankingState } from "../../src/node/related-state-file";

const doc = (id: string, title: string, text: string): RelatedInput => ({ id, title, text, publishedAt: "2020-01-01T00:00:00+07:00" });
const docs = [
  doc("a", "Đảng bộ xã Quảng Thành", "Chi bộ thôn Hải Đông sinh hoạt chuyên đề."),
  doc("b", "Chi bộ Hải Đông", "Đảng viên thôn Hải Đông, xã Quảng Thành."),
  doc("__proto__", "Tàu cá Cái Chiên", "Ngư dân ra khơi."),
  doc("c", "Ngư dân vươn khơi", "Tàu cá ra khơi đánh bắt hải sản."),
];

const each = (d: RelatedInput[]) => (visit: (doc: RelatedInput) => void) => d.forEach(visit);
const input = (d: RelatedInput[]) => ({ count: d.length, documents: each(d) });
const key = (d: RelatedInput[]) => rankingKey(each(d));

let root: string;
let disk: DiskCache;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "related-cache-"));
  disk = diskCache(root, { NEWS_CACHE_DIR: "." });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("cachedRanker", () => {
  it("answers like ranking does, and stores the lists on the first question", () => {
    const relatedTo = cachedRanker(disk, "related-x")(input(docs));
    expect(disk.read("related-x")).toBeUndefined();
    const expected = rankRelated(docs);
    for (const d of docs) expect(relatedTo(d.id)).toEqual(expected.get(d.id));
    expect(disk.read<{ key: string }>("related-x")?.key).toBe(key(docs));
  });

  it("answers the same corpus from disk next time, an article called __proto__ included", () => {
    cachedRanker(disk, "related-x")(input(docs))("a");
    const stored = disk.read<{ lists: Record<string, string[]> }>("related-x")!;
    stored.lists.a = ["marker"];
    disk.write("related-x", { key: key(docs), lists: stored.lists });
    const relatedTo = cachedRanker(disk, "related-x")(input(docs));
    expect(relatedTo("a")).toEqual(["marker"]);
    expect(relatedTo("__proto__")).toEqual(rankRelated(docs).get("__proto__"));
    expect(relatedTo("unknown")).toEqual([]);
  });

  it("ranks again when any title, text or date changed", () => {
    cachedRanker(disk, "related-x")(input(docs))("a");
    const edited = docs.map((d) => (d.id === "c" ? { ...d, text: d.text + " Thêm." } : d));
    expect(key(edited)).not.toBe(key(docs));
    expect(key(docs.map((d) => (d.id === "a" ? { ...d, publishedAt: null } : d)))).not.toBe(key(docs));
    cachedRanker(disk, "related-x")(input(edited))("a");
    expect(disk.read<{ key: string }>("related-x")?.key).toBe(key(edited));
  });

  it("takes the caller's key when given one, without reading the documents for it", () => {
    let visits = 0;
    const counted = (visit: (doc: RelatedInput) => void) => {
      visits++;
      docs.forEach(visit);
    };
    disk.write("related-x", { key: "corpus-1", lists: { a: ["stored"] } });
    expect(cachedRanker(disk, "related-x")({ count: docs.length, documents: counted, key: "corpus-1" })("a")).toEqual(["stored"]);
    expect(visits).toBe(0);
  });
});

describe("cachedRanker with keyed articles (a store's corpus)", () => {
  const TUNED = { tuning: { pruneFrom: 1, window: 4 }, maxDrift: 0.5 };
  const keyed = (d: RelatedInput[]) => {
    const terms = new Map(d.map((x) => [x.id, relatedTerms(x)]));
    return {
      count: d.length,
      documents: each(d),
      key: key(d),
      articles: d.map((x) => ({ id: x.id, publishedAt: x.publishedAt, key: `${x.title}\0${x.text}` })),
      termsOf: (id: string) => terms.get(id)!,
    };
  };
  const more = [...docs, doc("d", "Ngư dân Cái Chiên", "Tàu cá ra khơi, ngư dân Cái Chiên đánh bắt hải sản."), doc("e", "Thôn Hải Đông", "Chi bộ thôn Hải Đông, xã Quảng Thành.")];

  it("keeps the last ranking's state, so a rebuild ranks only the lists a change touches", () => {
    const reports: RankingReport[] = [];
    const ranker = cachedRanker(disk, "related-x", { onRanked: (r) => reports.push(r), ranking: TUNED });
    ranker(keyed(more))("a");
    expect(reports).toEqual([{ ranked: more.length, total: more.length, whole: true }]);
    const grown = [...more, doc("f", "Ngư dân Cái Chiên vươn khơi", "Tàu cá Cái Chiên ra khơi đánh bắt hải sản.")];
    const relatedTo = ranker(keyed(grown));
    expect(relatedTo("f")).toContain("d");
    expect(reports[1]!.whole).toBe(false);
    expect(reports[1]!.ranked).toBeLessThan(grown.length);
    // The fishing story it joins lists it too; the weights are the kept ones, so the order may
    // differ from a whole ranking's, not the members.
    expect(relatedTo("d")).toContain("f");
    const whole = rankWhole(keyed(grown).articles, keyed(grown).termsOf, TUNED).lists;
    for (const d of grown) expect(new Set(relatedTo(d.id))).toEqual(new Set(whole.get(d.id)));
  });

  it("ranks whole when the state's binary file is spoiled", () => {
    const reports: RankingReport[] = [];
    const ranker = cachedRanker(disk, "related-x", { onRanked: (r) => reports.push(r), ranking: TUNED });
    ranker(keyed(more))("a");
    const bin = path.join(disk.folder("related-x-state")!, "state.bin");
    writeFileSync(bin, readFileSync(bin).subarray(0, 40));
    ranker(keyed([...more, doc("f", "Chè Đường Hoa", "Búp chè xuân.")]))("a");
    expect(reports[1]!.whole).toBe(true);
  });
});

describe("ranking state on disk", () => {
  it("reads back what was written, typed arrays and lists alike", () => {
    const articles = docs.map((d) => ({ id: d.id, publishedAt: d.publishedAt, key: d.id + "-key" }));
    const terms = new Map(docs.map((d) => [d.id, relatedTerms(d)]));
    const { state } = rankWhole(articles, (id) => terms.get(id)!, { tuning: { pruneFrom: 1 } });
    writeRankingState(disk, "related-y", state);
    const back = readRankingState(disk, "related-y")!;
    expect(back.articles).toEqual(state.articles);
    expect(back.lists).toEqual(state.lists);
    expect([...back.floors]).toEqual([...state.floors]);
    expect([...back.dfTerms]).toEqual([...state.dfTerms]);
    expect([...back.dfCounts]).toEqual([...state.dfCounts]);
    back.vectors.forEach((v, i) => {
      expect([...v.terms]).toEqual([...state.vectors[i]!.terms]);
      expect([...v.weights]).toEqual([...state.vectors[i]!.weights]);
    });
    expect(back.counted).toBe(state.counted);
  });

  it("is no state when there is none", () => {
    expect(readRankingState(disk, "related-none")).toBeNull();
  });
});
