/** The sharded search index: built from documents, queried through the files a query fetches. */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import { FIELD_BOOST, searchDocument, type SearchDocument } from "../../src/content/search";
import { buildSearchFiles } from "../../src/content/search-build";
import { doc } from "./search-documents";
import { PAGE_OF_RESULTS, ShardedSearch, queryWords } from "../../src/content/search-query";
import { memoryFiles, type SearchFiles } from "../../src/content/search-files";
import { ByteReader, ByteWriter, SEARCH_FORMAT_VERSION, fileName, searchPaths, shardKey, writeSet } from "../../src/content/search-shards";


/** The index over `docs` (oldest first) and the paths each query fetched. */
function indexOf(docs: SearchDocument[]) {
  const files = buildSearchFiles(docs);
  const fetched: string[] = [];
  const memory = memoryFiles(files);
  const tracked: SearchFiles = {
    json: (path) => (fetched.push(path), memory.json(path)),
    bytes: (path) => (fetched.push(path), memory.bytes(path)),
  };
  return { search: new ShardedSearch(tracked), files, fetched };
}

const slugsOf = async (index: ShardedSearch, query: string) => (await index.search(query)).hits.map((h) => h.slug);

describe("document sets", () => {
  it.each([
    ["a few documents, as gaps", [0, 3, 200], 1000],
    ["most documents, as a bitmap", Array.from({ length: 600 }, (_, i) => i), 1000],
    ["none", [], 10],
  ])("read back what was written: %s", (_label, docs, count) => {
    const out = new ByteWriter();
    writeSet(out, docs as number[], count as number);
    writeSet(out, [1], count as number);
    const read = new ByteReader(out.done());
    const bits = read.set(count as number);
    const back = [...Array(count as number).keys()].filter((d) => (bits[d >> 3]! & (1 << (d & 7))) !== 0);
    expect(back).toEqual(docs);
    expect(read.set(count as number)[0]).toBe(2);
    expect(read.done).toBe(true);
  });
  it("takes the smaller form: a word in every document costs count/8 bytes", () => {
    const out = new ByteWriter();
    writeSet(out, Array.from({ length: 8000 }, (_, i) => i), 8000);
    expect(out.length).toBe(1 + 1000);
  });
  it("refuses a set that points past the corpus", () => {
    const out = new ByteWriter();
    writeSet(out, [5], 10);
    expect(() => new ByteReader(out.done()).set(3)).toThrow(/past the corpus/);
  });
});

describe("search over a small index", () => {
  const { search: index } = indexOf([
    doc("tieu-de", { title: "Ngư dân Hải Hà vươn khơi", lead: "Tàu cá ra khơi sớm.", body: "Mùa cá năm nay được giá." }),
    doc("sapo", { title: "Tàu cá vươn khơi", lead: "Ngư dân Hải Hà ra khơi sớm.", body: "Mùa cá năm nay được giá." }),
    doc("noi-dung", { title: "Tàu cá ra khơi", lead: "Ngư dân vươn khơi sớm.", body: "Ở Hải Hà, mùa cá năm nay được giá." }),
    doc("hoa", { title: "Xã Quảng Hoà đón bằng nông thôn mới", lead: "Người dân phấn khởi.", body: "" }),
    doc("dang", { title: "Đại hội Đảng bộ xã", lead: "Đại hội thành công.", body: "Kinh nghiệm xây dựng Đảng." }),
    doc("script", { title: "Bài có <script>alert(1)</script> trong tiêu đề", lead: "", body: "" }),
  ]);
  const slugs = (query: string) => slugsOf(index, query);

  it.each(["hai ha", "HẢI HÀ", "Hải Hà"])("%j finds all three Hải Hà stories", async (q) => {
    expect(new Set(await slugs(q))).toEqual(new Set(["tieu-de", "sapo", "noi-dung"]));
  });
  it("ranks a title match above a lead match above a body match", async () => {
    expect(await slugs("hai ha")).toEqual(["tieu-de", "sapo", "noi-dung"]);
    expect(FIELD_BOOST.title).toBeGreaterThan(FIELD_BOOST.lead);
    expect(FIELD_BOOST.lead).toBeGreaterThan(FIELD_BOOST.body);
  });
  it("finds Hoà as Hòa and hoa: old and new tone placement", async () => {
    expect(await slugs("Hòa")).toEqual(["hoa"]);
    expect(await slugs("quang hoa")).toEqual(["hoa"]);
  });
  it("finds Đảng as dang: đ = d", async () => {
    expect(await slugs("dang bo")).toEqual(["dang"]);
    expect(await slugs("ĐẢNG")).toEqual(["dang"]);
  });
  it("matches the last word as a prefix while it is typed", async () => {
    expect(await slugs("quang ho")).toEqual(["hoa"]);
    expect(await slugs("nong th")).toEqual(["hoa"]);
    expect(await slugs("dai hoi than")).toEqual(["dang"]);
  });
  it("expands two letters in titles only, more in leads too, and never in bodies", async () => {
    expect(await slugs("dai th")).toEqual([]);
    expect(await slugs("dai tha")).toEqual(["dang"]);
    expect(await slugs("dai thanh")).toEqual(["dang"]);
    expect(await slugs("xay dung")).toEqual(["dang"]);
    expect(await slugs("xay dun")).toEqual([]);
  });
  it("still matches the last word whole in every field", async () => {
    expect(await slugs("kinh nghiem")).toEqual(["dang"]);
    expect(await slugs("nam nay gia")).toHaveLength(3);
  });
  it("does not match an earlier word as a prefix: it is finished", async () => {
    expect(await slugs("ngh kinh")).toEqual([]);
  });
  it("needs every word (AND)", async () => {
    expect(await slugs("hai ha dang")).toEqual([]);
  });
  it("finds nothing for nonsense or for no words", async () => {
    expect(await index.search("xqzvw jjkk")).toEqual({ total: 0, approximate: false, hits: [] });
    expect(await index.search("   ")).toEqual({ total: 0, approximate: false, hits: [] });
  });
  it("returns the stored fields a result shows, and the folded words it matched", async () => {
    const [hit] = (await index.search("Hải Hà")).hits;
    expect(hit).toMatchObject({ slug: "tieu-de", title: "Ngư dân Hải Hà vươn khơi", dateline: null, publishedAt: null, hasTime: false });
    expect([...hit!.terms].sort()).toEqual(["ha", "hai"]);
  });
  it("lists at most `limit` hits but counts them all", async () => {
    const outcome = await index.search("ca", 0, 2);
    expect(outcome.hits).toHaveLength(2);
    expect(outcome.total).toBe(3);
  });
});

describe("exact spelling", () => {
  // Same fields, one spelled with its marks, one without (as a dump without marks would be).
  const { search: index } = indexOf([
    doc("co-dau", { title: "Tin Hải Hà hôm nay" }),
    doc("khong-dau", { title: "Tin hai ha hom nay" }),
    doc("lech", { title: "Tin hài hạ hôm nay" }),
  ]);
  it("ranks the exact spelling first when the query is typed with marks", async () => {
    expect((await slugsOf(index, "Hải Hà"))[0]).toBe("co-dau");
    expect((await slugsOf(index, "hài hạ"))[0]).toBe("lech");
  });
  it("treats a query without marks as matching every spelling alike (the newer first)", async () => {
    expect(await slugsOf(index, "hai ha")).toEqual(["lech", "khong-dau", "co-dau"]);
  });
  it("fetches a word's other spellings only for a query that writes one of them", async () => {
    const { search: fresh, fetched } = indexOf([doc("a", { title: "Mới mẻ" }), doc("b", { title: "Mới lạ" }), doc("c", { title: "Mỗi ngày" })]);
    // A small index: with the word, the documents lacking its most used spelling ("Mới" then needs nothing more).
    await fresh.search("moi");
    expect(fetched.filter((p) => p.startsWith("v/"))).toEqual(["v/moi.0.bin"]);
    expect((await fresh.search("Mới")).hits.map((h) => h.slug).slice(0, 2).sort()).toEqual(["a", "b"]);
    expect(fetched.filter((p) => p.startsWith("v/"))).toEqual(["v/moi.0.bin"]);
    expect((await fresh.search("Mỗi")).hits[0]!.slug).toBe("c");
    expect(fetched.filter((p) => p.startsWith("v/"))).toEqual(["v/moi.0.bin", "v/moi.1.bin"]);
  });
  it("fetches no spelling for a query without marks of a large index", async () => {
    const files = buildSearchFiles([doc("a", { title: "Mới mẻ" }), doc("b", { title: "Mới lạ" }), doc("c", { title: "Mỗi ngày" })]);
    const memory = memoryFiles(files);
    const fetched: string[] = [];
    const large = new ShardedSearch({ json: (p) => (fetched.push(p), memory.json(p)), bytes: (p) => (fetched.push(p), memory.bytes(p)) }, { eagerBytes: 0 });
    expect((await large.search("moi")).total).toBe(3);
    expect(fetched.filter((p) => p.startsWith("v/"))).toEqual([]);
    expect((await large.search("Mỗi")).hits[0]!.slug).toBe("c");
    expect(fetched.filter((p) => p.startsWith("v/"))).toEqual(["v/moi.1.bin"]);
  });
  it("knows a spelling that is not the word's most used one", () => {
    expect(queryWords("Hải h")).toEqual([{ folded: "hai", exact: "hải" }]);
    expect(queryWords("hai Hà")).toEqual([
      { folded: "hai", exact: null },
      { folded: "ha", exact: "hà" },
    ]);
  });
});

describe("results beyond the first page", () => {
  const docs = Array.from({ length: 130 }, (_, i) =>
    doc(`bai-${i}`, { title: `Bài ${i} về Quảng Thành`, publishedAt: new Date(Date.UTC(2020, 0, 1 + i)).toISOString() }),
  );
  const { search: index } = indexOf(docs);

  it("comes in pages, every match once, newest first among equals, past 50", async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 130; offset += PAGE_OF_RESULTS) {
      const page = await index.search("quang thanh", offset);
      expect(page.total).toBe(130);
      seen.push(...page.hits.map((h) => h.slug));
    }
    expect(seen).toHaveLength(130);
    expect(new Set(seen).size).toBe(130);
    expect(seen.slice(0, 3)).toEqual(["bai-129", "bai-128", "bai-127"]);
    expect(seen.at(-1)).toBe("bai-0");
  });
  it("fetches the stored fields of the shown results only", async () => {
    const fresh = indexOf(docs);
    await fresh.search.search("bai 77");
    expect(fresh.fetched.filter((p) => p.startsWith("s/"))).toEqual([searchPaths.document(77)]);
    await fresh.search.search("quang thanh");
    expect(fresh.fetched.filter((p) => p.startsWith("s/"))).toHaveLength(1 + PAGE_OF_RESULTS);
  });
});

describe("numbers kept from build to build", () => {
  const docs = [doc("a", { title: "Hải Hà mùa lúa" }), doc("b", { title: "Quảng Hà mùa cá" }), doc("c", { title: "Đầm Hà mùa chè" })];

  it("keep a document's stored file and every set it is not in, when others come and go", () => {
    const numbers = new Map<string, number>();
    const before = buildSearchFiles(docs, numbers);
    expect([...numbers]).toEqual([["a", 0], ["b", 1], ["c", 2]]);
    // b removed, d added: a and c keep their numbers, d takes a new one, b's is not reused.
    const after = buildSearchFiles([docs[0]!, docs[2]!, doc("d", { title: "Hải Hà mùa hoa" })], numbers);
    expect([...numbers]).toEqual([["a", 0], ["c", 2], ["d", 3]]);
    expect(after.get(searchPaths.document(0))).toBe(before.get(searchPaths.document(0)));
    expect(after.has(searchPaths.document(1))).toBe(false);
    // "chè" is only in c: its sets are the same bytes; "hai" gained d: its set changed.
    expect(after.get(searchPaths.members(fileName("che"), 0))).toEqual(before.get(searchPaths.members(fileName("che"), 0)));
    expect(after.get(searchPaths.members(fileName("hai"), 0))).not.toEqual(before.get(searchPaths.members(fileName("hai"), 0)));
  });

  it("still answer queries, the gap left by a removed document included", async () => {
    const numbers = new Map([["a", 0], ["b", 1], ["c", 2]]);
    const index = new ShardedSearch(memoryFiles(buildSearchFiles([docs[0]!, docs[2]!, doc("d", { title: "Hải Hà mùa hoa" })], numbers)));
    expect((await index.search("mua")).hits.map((h) => h.slug)).toEqual(["d", "c", "a"]);
    expect((await index.search("hai ha")).total).toBe(2);
  });
});

describe("what a query fetches", () => {
  it("its words' dictionary shards and sets, each once, and nothing of other words", async () => {
    const { search: index, fetched, files } = indexOf([
      doc("a", { title: "Hải Hà", body: "Quảng Thành" }),
      doc("b", { title: "Móng Cái", body: "Trà Cổ" }),
    ]);
    await index.search("hai ha");
    await index.search("HẢI HÀ");
    expect(fetched.filter((p) => p.startsWith("d/")).sort()).toEqual([searchPaths.dictionary("ha")]);
    expect(fetched.filter((p) => p.startsWith("m/"))).toHaveLength(2);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(files.has(searchPaths.dictionary(shardKey("mong")))).toBe(true);
    expect(fetched).not.toContain(searchPaths.dictionary("mo"));
  });
  it("completes a two-letter prefix from titles alone: no lead's or body's sets", async () => {
    const { search: index, fetched } = indexOf([doc("a", { title: "Thôn mới", lead: "Thành công" }), doc("b", { title: "Bài khác", lead: "Thu hoạch" })]);
    expect((await index.search("th")).hits.map((h) => h.slug)).toEqual(["a"]);
    expect(fetched.filter((p) => p.startsWith("l/") || p.startsWith("m/"))).toEqual([]);
    // From three letters, leads too.
    expect((await index.search("thu")).hits.map((h) => h.slug)).toEqual(["b"]);
    expect(fetched.some((p) => p.startsWith("l/"))).toBe(true);
  });
  it("knows from the meta file which words no shard holds, and fetches nothing for them", async () => {
    const { search: index, fetched } = indexOf([doc("a", { title: "Hải Hà" })]);
    expect(await index.search("xqzvw")).toEqual({ total: 0, approximate: false, hits: [] });
    expect(fetched).toEqual([searchPaths.meta]);
  });
  it("names a dictionary shard in ASCII whatever the word's script", () => {
    expect(searchPaths.dictionary("ha")).toBe("d/ha.json");
    expect(searchPaths.dictionary("中文")).toBe("d/_4e2d__6587_.json");
    expect(fileName("ŉ0")).not.toBe(fileName("ᒐ"));
    expect(fileName("x".repeat(200))).toMatch(/^~200-[0-9a-z]+$/);
  });
  it("refuses an index of another version", async () => {
    const files = buildSearchFiles([doc("a", { title: "Hải Hà" })]);
    files.set(searchPaths.meta, JSON.stringify({ version: SEARCH_FORMAT_VERSION + 1, count: 1, shards: ["ha"] }));
    await expect(new ShardedSearch(memoryFiles(files)).search("hai")).rejects.toThrow(/version/);
  });
  it("tries a failed file again on the next query", async () => {
    const files = buildSearchFiles([doc("a", { title: "Hải Hà" })]);
    const memory = memoryFiles(files);
    let fail = true;
    const flaky: SearchFiles = { ...memory, json: (path) => (fail ? Promise.reject(new Error("offline")) : memory.json(path)) };
    const index = new ShardedSearch(flaky);
    await expect(index.search("hai")).rejects.toThrow(/offline/);
    fail = false;
    expect((await index.search("hai")).total).toBe(1);
  });
  it("refuses two documents with one slug", () => {
    expect(() => buildSearchFiles([doc("a", {}), doc("a", {})])).toThrow(/slug a/);
  });
});

describe("the sample seeds", () => {
  const files = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
  const corpus = buildCorpus(files.map((f) => parseArticle(`seeds/${f}`, readFileSync(`seeds/${f}`))));
  const excerpts = new Map(corpus.summaries.map((s) => [s.slug, s.excerpt]));
  const { search: index } = indexOf([...corpus.entries.keys()].map((slug) => corpus.page(slug)!).map((p) => searchDocument(p.article, excerpts.get(p.article.slug) ?? null)));
  const SEED = "kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha";

  it.each(["hai ha", "HẢI HÀ", "Hải Hà", "dang bo tieu bieu", "kinh ngh", "Kinh nghiệm từ một Đảng bộ"])("%j finds the seed", async (q) => {
    expect(await slugsOf(index, q)).toContain(SEED);
  });
  it("puts the seed first for words of its title", async () => {
    expect((await slugsOf(index, "dang bo tieu bieu"))[0]).toBe(SEED);
    expect((await slugsOf(index, "kinh nghiem tu mot"))[0]).toBe(SEED);
  });
  it("indexes every article, with its excerpt", async () => {
    expect((await index.search("hai ha")).total).toBeGreaterThan(0);
    const hit = (await index.search("dang bo tieu bieu")).hits[0]!;
    expect(hit.excerpt).toBe(excerpts.get(SEED));
  });
});
