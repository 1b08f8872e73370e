import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rankRelated, type RelatedInput } from "../../src/content/related";
import { diskCache, type DiskCache } from "../../src/node/disk-cache";
import { cachedRanker, rankingKey } from "../../src/node/related-cache";

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
