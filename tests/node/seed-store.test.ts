import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SeedStore } from "../../src/node/seed-store";
import { POOL_FROM } from "../../src/node/parse-pool";
import { diskCache } from "../../src/node/disk-cache";
import { parseArticle } from "../../src/content/parse";
import { relatedTerms } from "../../src/content/related-terms";
import { relatedInputOf } from "../../src/content/records";
import { buildCorpus } from "../../src/content/corpus";
import { readdirSync, utimesSync } from "node:fs";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "seed-store-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string | Buffer) => writeFileSync(path.join(dir, name), text);

describe("SeedStore", () => {
  it("reads the .txt dumps in name order and ignores folders and other files", () => {
    write("b.txt", "Bài B\n16/03/2020\nMở đầu.");
    write("a.txt", "Bài A\n16/03/2020\nMở đầu.");
    write("notes.md", "# không phải bài");
    mkdirSync(path.join(dir, "c.txt"));
    const store = new SeedStore({ dir, root: dir });
    expect(store.loadAll().map((r) => r.file)).toEqual(["a.txt", "b.txt"]);
  });

  it("reparses a file only when its bytes change", () => {
    write("a.txt", "Bài A\n16/03/2020\nMở đầu.");
    const store = new SeedStore({ dir, root: dir });
    const first = store.loadAll()[0];
    expect(store.loadAll()[0]).toBe(first);
    write("a.txt", "Bài A sửa\n16/03/2020\nMở đầu.");
    const second = store.loadAll()[0];
    expect(second).not.toBe(first);
    expect(second!.article!.title).toBe("Bài A sửa");
  });

  it("keeps a broken file's problems and every other article", () => {
    write("a.txt", "Bài A\n16/03/2020\nMở đầu.");
    write("bad.txt", Buffer.from([0x41, 0x0a, 0xc3]));
    const results = new SeedStore({ dir, root: dir }).loadAll();
    expect(results.map((r) => [r.file, r.article !== null])).toEqual([["a.txt", true], ["bad.txt", false]]);
    expect(results[1]!.problems[0]).toMatchObject({ file: "bad.txt", line: 2, severity: "error" });
  });

  it("forgets a deleted file", () => {
    write("a.txt", "Bài A\n16/03/2020\nMở đầu.");
    const store = new SeedStore({ dir, root: dir });
    store.loadAll();
    rmSync(path.join(dir, "a.txt"));
    expect(store.loadAll()).toEqual([]);
    expect(store.load(path.join(dir, "a.txt"))).toBeNull();
  });

  it("drops a dump that was replaced by a folder of the same name, without a problem", () => {
    write("a.txt", "Bài A\n16/03/2020\nMở đầu.");
    const store = new SeedStore({ dir, root: dir });
    store.loadAll();
    rmSync(path.join(dir, "a.txt"));
    mkdirSync(path.join(dir, "a.txt"));
    expect(store.load(path.join(dir, "a.txt"))).toBeNull();
    expect(store.loadAll()).toEqual([]);
  });

  it("holds the current results without reading the folder: loaded files change, gone files leave", () => {
    write("a.txt", "Bài A\n16/03/2020\nMở đầu.");
    write("b.txt", "Bài B\n16/03/2020\nMở đầu.");
    const store = new SeedStore({ dir, root: dir });
    expect(store.current()).toEqual([]);
    const loaded = store.loadAll();
    expect(store.current()).toEqual(loaded);
    write("c.txt", "Bài C\n16/03/2020\nMở đầu.");
    write("b.txt", "Bài B sửa\n16/03/2020\nMở đầu.");
    rmSync(path.join(dir, "a.txt"));
    // Only what load() is told about changes; c.txt was never named.
    store.load(path.join(dir, "b.txt"));
    store.load(path.join(dir, "a.txt"));
    expect(store.current().map((r) => r.article!.title)).toEqual(["Bài B sửa"]);
    store.load(path.join(dir, "c.txt"));
    expect(store.current().map((r) => r.file)).toEqual(["b.txt", "c.txt"]);
  });

  it("names files relative to the project root", () => {
    write("a.txt", "Bài A");
    const store = new SeedStore({ dir, root: path.dirname(dir) });
    expect(store.loadAll()[0]!.file).toBe(`${path.basename(dir)}/a.txt`);
  });
});

describe("SeedStore with a disk cache", () => {
  const store = (cacheRoot: string) => new SeedStore({ dir, root: dir, disk: diskCache(cacheRoot, { NEWS_CACHE_DIR: "c" }) });

  it("reparses in the next process only the files whose bytes changed", () => {
    const cacheRoot = mkdtempSync(path.join(tmpdir(), "seed-cache-"));
    write("a.txt", "Bài A\n16/03/2020\nMở đầu.");
    write("b.txt", "Bài B\n16/03/2020\nMở đầu.");
    const first = store(cacheRoot);
    first.loadAll();
    expect(first.lastLoad).toEqual({ parsed: 2, cached: 0, hashed: 2 });

    write("b.txt", "Bài B sửa\n16/03/2020\nMở đầu.");
    const second = store(cacheRoot);
    const results = second.loadAll();
    // a.txt, of the size and time the cache recorded, is not even read.
    expect(second.lastLoad).toEqual({ parsed: 1, cached: 1, hashed: 1 });
    expect(results.map((r) => r.article!.title)).toEqual(["Bài A", "Bài B sửa"]);
    rmSync(cacheRoot, { recursive: true, force: true });
  });

  it("gives a cached file the same result, problems included, as parsing it", () => {
    const cacheRoot = mkdtempSync(path.join(tmpdir(), "seed-cache-"));
    write("a.txt", "Bài A\nThứ Sáu, 16/03/2020\nMở đầu.");
    const parsed = store(cacheRoot).loadAll();
    const third = store(cacheRoot);
    expect(third.loadAll()).toEqual(parsed);
    expect(third.lastLoad.cached).toBe(1);
    rmSync(cacheRoot, { recursive: true, force: true });
  });
});

describe("SeedStore with a disk cache: bodies on disk", () => {
  let cacheRoot: string;
  beforeEach(() => {
    cacheRoot = mkdtempSync(path.join(tmpdir(), "seed-bodies-"));
  });
  afterEach(() => rmSync(cacheRoot, { recursive: true, force: true }));
  const store = () => new SeedStore({ dir, root: dir, disk: diskCache(cacheRoot, { NEWS_CACHE_DIR: "c" }) });
  const text = "Bài A ở Hải Hà\n16/03/2020\n\nMở đầu về Hải Hà.\n\nThân bài chỉ có trong trang.";
  const bodyFiles = () => readdirSync(path.join(cacheRoot, "c")).filter((n) => n.endsWith(".files")).flatMap((d) => readdirSync(path.join(cacheRoot, "c", d)));

  it("holds records, not bodies, and gives each body and its term counts back as parsing makes them", () => {
    write("a.txt", text);
    const parsed = parseArticle("a.txt", text).article!;
    const [result] = store().loadAll();
    expect(result!.article).not.toHaveProperty("body");
    expect(result!.article).toMatchObject({ title: parsed.title, excerpt: "Mở đầu về Hải Hà." });
    const next = store();
    next.loadAll();
    expect(next.body("a.txt").body).toEqual(parsed.body);
    expect([...next.terms("a.txt")]).toEqual([...relatedTerms(relatedInputOf(parsed))]);
    // A corpus of records reads its pages' bodies back from the store.
    const corpus = buildCorpus(next.current(), { store: next });
    expect(corpus.page(corpus.summaries[0]!.slug)!.article.body).toEqual(parsed.body);
  });

  it("parses a dump again when its body file is gone, and drops a removed dump's files", () => {
    write("a.txt", text);
    const first = store();
    first.loadAll();
    expect(bodyFiles()).toHaveLength(3);
    for (const d of readdirSync(path.join(cacheRoot, "c")).filter((n) => n.endsWith(".files"))) rmSync(path.join(cacheRoot, "c", d, bodyFiles()[0]!));
    expect(first.body("a.txt").body).toEqual(parseArticle("a.txt", text).article!.body);
    rmSync(path.join(dir, "a.txt"));
    first.loadAll();
    expect(bodyFiles()).toEqual([]);
  });

  it("reads a touched file to hash it, and parses it only when its bytes changed", () => {
    write("a.txt", text);
    store().loadAll();
    utimesSync(path.join(dir, "a.txt"), new Date(2030, 0, 1), new Date(2030, 0, 1));
    const touched = store();
    touched.loadAll();
    expect(touched.lastLoad).toEqual({ parsed: 0, cached: 1, hashed: 1 });
    // The new time is remembered: the next process does not read it.
    const again = store();
    again.loadAll();
    expect(again.lastLoad).toEqual({ parsed: 0, cached: 1, hashed: 0 });
  });

  it("writes bodies from the parse workers too", async () => {
    const count = POOL_FROM + 3;
    for (let i = 0; i < count; i++) write(`${String(i).padStart(5, "0")}.txt`, `Bài số ${i}\n${(i % 28) + 1}/03/2020\n\nMở đầu ${i}.\n\nThân bài ${i}.`);
    const parallel = store();
    const results = await parallel.loadAllParallel();
    expect(results.every((r) => r.article !== null && !("body" in r.article))).toBe(true);
    expect(bodyFiles()).toHaveLength(count * 3);
    expect(parallel.body("00007.txt").body).toEqual(parseArticle("00007.txt", `Bài số 7\n8/03/2020\n\nMở đầu 7.\n\nThân bài 7.`).article!.body);
  }, 60_000);
});

describe("SeedStore.loadAllParallel", () => {
  it("parses many dumps on worker threads exactly as loadAll does in process, and caches them", async () => {
    const count = POOL_FROM + 37;
    for (let i = 0; i < count; i++) write(`${String(i).padStart(5, "0")}.txt`, `Bài số ${i} ở Hải Hà\n${(i % 28) + 1}/03/2020\n\nMở đầu bài ${i}.\n\nThân bài ${i}.`);
    write("bad.txt", Buffer.from([0x41, 0x0a, 0xc3]));
    const parallel = new SeedStore({ dir, root: dir });
    const results = await parallel.loadAllParallel();
    expect(parallel.lastLoad).toEqual({ parsed: count + 1, cached: 0, hashed: count + 1 });
    expect(results).toEqual(new SeedStore({ dir, root: dir }).loadAll());
    // A second load parses nothing, and stays in process.
    await parallel.loadAllParallel();
    expect(parallel.lastLoad).toEqual({ parsed: 0, cached: count + 1, hashed: 0 });
  }, 60_000);

  it("parses in process below the pool's threshold", async () => {
    write("a.txt", "Bài A\n16/03/2020\nMở đầu.");
    const store = new SeedStore({ dir, root: dir });
    expect((await store.loadAllParallel()).map((r) => r.article?.title)).toEqual(["Bài A"]);
    expect(store.lastLoad).toEqual({ parsed: 1, cached: 0, hashed: 1 });
  });

  it("keys an article's body by its dump and by its images folder: added after a load, or touched, the key changes", () => {
    const publicDir = path.join(dir, "public");
    mkdirSync(publicDir);
    write("a.txt", "Bài A\n16/03/2020\nMở đầu.");
    const store = new SeedStore({ dir, root: dir, publicDir });
    const [a] = store.loadAll();
    const bare = store.bodyKey(a!.file);
    expect(bare).toContain(":");
    const folder = path.join(publicDir, "images", a!.article!.id);
    mkdirSync(folder, { recursive: true });
    store.loadAll();
    const withImages = store.bodyKey(a!.file);
    expect(withImages).not.toBe(bare);
    utimesSync(folder, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(store.bodyKey(a!.file)).not.toBe(withImages);
    expect(store.bodyKey("missing.txt")).toBeNull();
  });
});
