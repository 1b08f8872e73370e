/** Updating the last build's search index (search-update.ts) writes what a whole build would. */
import { describe, expect, it } from "vitest";
import type { SearchDocument } from "../../src/content/search";
import { SearchIndexBuilder, searchTokens } from "../../src/content/search-build";
import { ShardedSearch } from "../../src/content/search-query";
import { memoryFiles } from "../../src/content/search-files";
import { ByteReader, searchPaths } from "../../src/content/search-shards";
import { StaleIndexError, documentWords, type SearchState } from "../../src/content/search-update";

type Files = Map<string, string | Uint8Array>;
/** Member blocks of 8 document numbers: these corpora of ~30 span several, as an archive does. */
const BLOCK = 8;
type Doc = { doc: SearchDocument; key: string };

const PLACES = ["Hải Hà", "Quảng Thành", "Cái Chiên", "Đường Hoa", "Quảng Minh", "Hải Đông"];
const doc = (n: number, version = 1): Doc => {
  const place = PLACES[n % PLACES.length]!;
  const doc: SearchDocument = {
    slug: `bai-${n}`,
    title: `Tin ${place} số ${n}${version > 1 ? " sửa lại" : ""}`,
    // Every document says "xã" (a bitmap once there are enough), some "hai" the old way ("hài").
    lead: `Xã ${place} hôm nay${n % 5 === 0 ? " hài lòng" : ""}.`,
    body: `Bà con xã ${place} ra đồng. Mùa ${n % 3 === 0 ? "lúa" : "chè"} năm nay bội thu, số ${n}.`,
    dateline: null,
    publishedAt: `2020-03-${String((n % 28) + 1).padStart(2, "0")}T08:00:00+07:00`,
    hasTime: true,
    excerpt: `Xã ${place}.`,
  };
  return { doc, key: `${n}@${version}` };
};

/** A build of `docs` (oldest first): whole, or resumed from `previous` (its files and state). */
function build(docs: Doc[], previous?: { files: Files; state: SearchState }, numbers = new Map<string, number>(), reads: string[] = []) {
  const read = (path: string) => {
    reads.push(path);
    const data = previous?.files.get(path);
    return data === undefined ? null : typeof data === "string" ? new TextEncoder().encode(data) : data;
  };
  const builder = new SearchIndexBuilder(numbers, previous ? { state: previous.state, read } : undefined, BLOCK);
  const named = new Map<string, string | Uint8Array | null>();
  for (const { doc: d, key } of docs) {
    if (builder.unchanged(d.slug, key)) named.set(builder.keep(d, key), null);
    else {
      const [path, json] = builder.addTokens(d, searchTokens(d), key);
      named.set(path, json);
    }
  }
  for (const [path, data] of builder.files()) named.set(path, data);
  // What the folder holds after the build: kept files as the last build wrote them.
  const files: Files = new Map();
  let kept = 0;
  for (const [path, data] of named) {
    if (data !== null) files.set(path, data);
    else {
      kept++;
      const old = previous?.files.get(path);
      if (old === undefined) throw new Error(`kept ${path}, which the last build did not write`);
      files.set(path, old);
    }
  }
  return { files, state: builder.state()!, numbers, kept, written: named.size - kept };
}

const bytesOf = (files: Files) => new Map([...files].map(([path, data]) => [path, typeof data === "string" ? data : Buffer.from(data).toString("hex")]));

describe("updating the search index", () => {
  const first = Array.from({ length: 30 }, (_, n) => doc(n));

  it("writes, with what it keeps, exactly the files a whole build writes: documents added", () => {
    const before = build(first);
    const more = [...first, ...Array.from({ length: 5 }, (_, k) => doc(30 + k))];
    const updated = build(more, before, new Map(before.numbers));
    const whole = build(more, undefined, new Map(before.numbers));
    expect(bytesOf(updated.files)).toEqual(bytesOf(whole.files));
    expect(updated.kept).toBeGreaterThan(0);
    expect(updated.written).toBeLessThan(whole.written);
  });

  it("rewrites only the newest member block of a word every document has, when the newest are added", () => {
    const before = build(first.slice(0, 28));
    const updated = build(first, before, new Map(before.numbers));
    // Numbers 28 and 29 land in block 3 (24..31): blocks 0–2 of "xa" keep their bytes.
    for (const b of [0, 1, 2]) expect(updated.files.get(searchPaths.members("xa", b))).toEqual(before.files.get(searchPaths.members("xa", b)));
    expect(updated.files.get(searchPaths.members("xa", 3))).not.toEqual(before.files.get(searchPaths.members("xa", 3)));
    expect(new ByteReader(updated.files.get(searchPaths.members("xa", 3)) as Uint8Array).list(BLOCK)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("and documents removed and edited, their numbers kept as gaps", () => {
    const before = build(first);
    const changed = first.filter((_, n) => n !== 7 && n !== 29).map((d) => (d.doc.slug === "bai-12" ? doc(12, 2) : d));
    const updated = build(changed, before, new Map(before.numbers));
    const whole = build(changed, undefined, new Map(before.numbers));
    expect(bytesOf(updated.files)).toEqual(bytesOf(whole.files));
    expect(updated.files.has(searchPaths.document(7))).toBe(false);
    // The highest number gone, the bound shrinks: every bitmap loses its last byte.
    expect(JSON.parse(updated.files.get(searchPaths.meta) as string).count).toBe(29);
  });

  it("and across several rebuilds, each resumed from the one before", () => {
    let last = build(first);
    let docs = first;
    for (let round = 1; round <= 4; round++) {
      docs = [...docs.filter((_, n) => n % 9 !== round), ...Array.from({ length: 3 }, (_, k) => doc(100 * round + k))];
      const updated = build(docs, last, new Map(last.numbers));
      expect(bytesOf(updated.files)).toEqual(bytesOf(build(docs, undefined, new Map(last.numbers)).files));
      last = updated;
    }
  });

  it("reads only the member blocks a change reaches, and names the others as kept", () => {
    const before = build(first.slice(0, 28));
    const reads: string[] = [];
    const updated = build([...first.slice(0, 28).filter((_, n) => n !== 2), ...first.slice(28)], before, new Map(before.numbers), reads);
    // "xa": number 2 left block 0, numbers 28 and 29 joined block 3; blocks 1 and 2 unread.
    const xaBlocks = reads.filter((path) => path.startsWith("m/xa."));
    expect(xaBlocks.sort()).toEqual([searchPaths.members("xa", 0), searchPaths.members("xa", 3)]);
    expect(updated.files.get(searchPaths.members("xa", 1))).toBe(before.files.get(searchPaths.members("xa", 1)));
    expect(bytesOf(updated.files)).toEqual(bytesOf(build([...first.slice(0, 28).filter((_, n) => n !== 2), ...first.slice(28)], undefined, new Map(before.numbers)).files));
  });

  it("writes a whole build's bytes when the changes make another spelling the most used, or bring a new one", () => {
    // "hai": written "Hải" in a third of the documents, "hài" in a fifth; then "hài" overtakes it.
    const before = build(first);
    const hai = JSON.parse(before.files.get(searchPaths.dictionary("ha")) as string).find((e: unknown[]) => e[0] === "hai");
    expect(hai[5][0]).toBe("hải");
    const withLead = (n: number, lead: string): Doc => {
      const { doc: d, key } = doc(n);
      return { doc: { ...d, lead }, key };
    };
    const more = [...first.filter((_, n) => n % 6 !== 0), ...Array.from({ length: 12 }, (_, k) => withLead(50 + k * 6 + 1, k < 10 ? "Ai cũng hài lòng." : "Mùa hái chè."))];
    const updated = build(more, before, new Map(before.numbers));
    const after = JSON.parse(updated.files.get(searchPaths.dictionary("ha")) as string).find((e: unknown[]) => e[0] === "hai");
    expect(after[5][0]).toBe("hài");
    expect(after[5]).toContain("hái");
    expect(bytesOf(updated.files)).toEqual(bytesOf(build(more, undefined, new Map(before.numbers)).files));
  });

  it("answers queries on the updated index like on a whole one: folding, spellings, the added and the removed", async () => {
    const before = build(first);
    const changed = [...first.filter((_, n) => n !== 3), doc(40)];
    const index = new ShardedSearch(memoryFiles(build(changed, before, new Map(before.numbers)).files));
    const hai = await index.search("hai ha");
    expect(hai.hits.map((h) => h.slug)).not.toContain("bai-3");
    expect((await index.search("số 40")).hits[0]?.slug).toBe("bai-40");
    expect((await index.search("hài")).total).toBeGreaterThan(0);
  });

  it("throws StaleIndexError, before naming any file, when the last build's files are not there", () => {
    const before = build(first);
    const builder = new SearchIndexBuilder(new Map(before.numbers), { state: before.state, read: () => null }, BLOCK);
    for (const { doc: d, key } of first) builder.keep(d, key);
    expect(() => builder.files().next()).toThrow(StaleIndexError);
  });

  it("keeps each document's words in its state, by number", () => {
    const { state } = build(first.slice(0, 3));
    expect(state.slugs).toEqual(["bai-0", "bai-1", "bai-2"]);
    expect(state.keys).toEqual(["0@1", "1@1", "2@1"]);
    const words = [...documentWords(state, 1)].map((w) => state.words[w]);
    expect(words).toContain("quang");
    expect(words).toContain("thanh");
    // A set file read back as it was written.
    const before = build(first);
    const blocks = [0, 1, 2, 3].map((b) => new ByteReader(before.files.get(searchPaths.members("xa", b)) as Uint8Array).list(BLOCK));
    expect(blocks.flat()).toHaveLength(30);
  });
});
