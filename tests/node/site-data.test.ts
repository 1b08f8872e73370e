/** The site's data files (src/node/site-data.ts) as a build writes them and the dev server serves them. */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { LATEST_COUNT, PAGE_SIZE } from "../../src/content/listing";
import { parseArticle } from "../../src/content/parse";
import { dataPaths } from "../../src/app/data/data-paths";
import type { SiteIndex } from "../../src/app/data/news-source";
import type { SearchState } from "../../src/content/search-update";
import { dataFiles, devDataFile, siteIndex, type ArticleDataFile } from "../../src/node/site-data";

const dump = (n: number) => parseArticle(`seeds/${String(n).padStart(3, "0")}.txt`, `Bài số ${n}\n${(n % 28) + 1}/03/2020\n\nMở đầu bài ${n}.\n\nĐoạn thân bài chỉ có trong trang bài ${n}.`);
const small = buildCorpus([dump(1), dump(2), parseArticle("seeds/bad.txt", "")]);
const large = buildCorpus(Array.from({ length: 45 }, (_, i) => dump(i + 1)));
const written = (corpus = small, base = "/") => new Map(dataFiles(corpus, base));
const text = (data: string | Uint8Array | null | undefined) => (typeof data === "string" ? data : "");

describe("the articles' data files on a rebuild", () => {
  const dumps = Array.from({ length: 45 }, (_, i) => dump(i + 1));
  const bodyKey = (file: string) => `hash of ${file}`;
  /** A build's files, and what it said of each article (kept or written), given the last build's. */
  const build = (corpus: ReturnType<typeof buildCorpus>, previous = new Map<string, { key: string; digest: string }>()) => {
    const seen: ArticleDataFile[] = [];
    const files = new Map(dataFiles(corpus, "/", { articles: { bodyKey, previous, exists: () => true, onArticle: (f) => seen.push(f) } }));
    const made = new Map(seen.flatMap((f) => (f.key === null || f.digest === null ? [] : [[f.slug, { key: f.key, digest: f.digest }] as const])));
    return { files, seen, made };
  };

  it("keeps, unread, an article's file made of the same dump and the same neighbours", () => {
    const first = build(buildCorpus(dumps));
    expect(first.seen.every((f) => f.data !== undefined)).toBe(true);
    const again = build(buildCorpus(dumps), first.made);
    expect(again.seen.every((f) => f.data === undefined)).toBe(true);
    expect([...again.files.keys()].some((name) => name.startsWith("data/a/"))).toBe(false);
    // The same digests: the prerender step's fingerprints do not change either.
    expect(again.seen.map((f) => f.digest)).toEqual(first.seen.map((f) => f.digest));
  });

  it("writes again the articles whose neighbours changed, and the new one", () => {
    const first = build(buildCorpus(dumps));
    const newest = parseArticle("seeds/900.txt", "Bài mới nhất\n30/04/2020\n\nMở đầu.\n\nThân bài.");
    const plus = buildCorpus([...dumps, newest]);
    const rewritten = build(plus, first.made).seen.filter((f) => f.data !== undefined).map((f) => f.slug);
    const newestSlug = plus.summaries[0]!.slug;
    // The new article, and the one before it, whose "next" it became.
    expect(rewritten).toContain(newestSlug);
    expect(rewritten).toContain(plus.entries.get(newestSlug)!.previous!.slug);
    expect(rewritten.length).toBeLessThan(10);
  });

  it("writes every file when the last build's is gone, or nothing says what it is made of", () => {
    const first = build(buildCorpus(dumps));
    const seen: ArticleDataFile[] = [];
    [...dataFiles(buildCorpus(dumps), "/", { articles: { bodyKey, previous: first.made, exists: () => false, onArticle: (f) => seen.push(f) } })];
    expect(seen.every((f) => f.data !== undefined)).toBe(true);
    seen.length = 0;
    [...dataFiles(buildCorpus(dumps), "/", { articles: { previous: first.made, exists: () => true, onArticle: (f) => seen.push(f) } })];
    expect(seen.every((f) => f.data !== undefined && f.key === null)).toBe(true);
  });
});

describe("data/index.json", () => {
  it("has a constant size: the latest few summaries and counts, no table of the corpus", () => {
    const index = JSON.parse(text(written(large).get(dataPaths.index))) as SiteIndex;
    expect(index.latest).toHaveLength(LATEST_COUNT);
    expect(index.latest.every((s) => s.excerpt === null)).toBe(true);
    expect(index).toMatchObject({ count: 45, pageCount: Math.ceil(45 / PAGE_SIZE), broken: [], moved: {} });
    expect(text(written(large).get(dataPaths.index)).length).toBeLessThan(4000);
  });

  it("names the search index's folder under the base, the same from build to build", () => {
    const files = written(small, "/tin/");
    const index = JSON.parse(text(files.get(dataPaths.index))) as SiteIndex;
    expect(index.searchUrl).toBe("/tin/data/search/");
    expect(files.has("data/search/meta.json")).toBe(true);
  });

  it("keeps the search index's document numbers it is given, so a rebuild rewrites few search files", () => {
    const numbers = new Map<string, number>();
    const before = new Map(dataFiles(large, "/", { search: { numbers } }));
    const plus = buildCorpus([...Array.from({ length: 45 }, (_, i) => dump(i + 1)), parseArticle("seeds/900.txt", "Tin mới nhất hôm nay\n30/04/2020\n\nMở đầu.\n\nThân bài.")]);
    const after = new Map(dataFiles(plus, "/", { search: { numbers } }));
    const search = [...after].filter(([name]) => name.startsWith("data/search/"));
    const changed = search.filter(([name, data]) => Buffer.compare(Buffer.from(before.get(name) ?? ""), Buffer.from(data ?? "")) !== 0);
    // The new document's stored fields, the sets of its words, their dictionary shards, meta.json.
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length / search.length).toBeLessThan(0.35);
    expect(changed.some(([name]) => name === "data/search/s/45.json")).toBe(true);
    expect(changed.some(([name]) => name === "data/search/s/0.json")).toBe(false);
  });

  it("updates the last build's search index: unchanged, every search file is kept but meta.json", () => {
    const bodyKey = (file: string) => `hash of ${file}`;
    let state: SearchState | undefined;
    const first = new Map(dataFiles(large, "/", { articles: { bodyKey }, search: { done: (s) => (state = s) } }));
    const read = (name: string) => {
      const data = first.get(`data/search/${name}`);
      return data === undefined || data === null ? null : typeof data === "string" ? Buffer.from(data) : data;
    };
    const again = [...dataFiles(large, "/", { articles: { bodyKey }, search: { previous: { state: state!, read } } })].filter(([name]) => name.startsWith("data/search/"));
    expect(again.length).toBe([...first.keys()].filter((name) => name.startsWith("data/search/")).length);
    expect(again.filter(([, data]) => data !== null).map(([name]) => name)).toEqual(["data/search/meta.json"]);
    // Its files gone (a folder emptied by hand): the whole index again, every word read.
    const whole = [...dataFiles(large, "/", { articles: { bodyKey }, search: { previous: { state: state!, read: () => null } } })].filter(([name, data]) => name.startsWith("data/search/") && data !== null);
    expect(new Map(whole)).toEqual(new Map([...first].filter(([name]) => name.startsWith("data/search/"))));
  });

  it("in dev, carries broken files and moved slugs; a build never does", () => {
    const dev = siteIndex(small, "/data/search/", { broken: small.broken, moved: { cu: "bai-so-1" } });
    expect(dev.broken).toMatchObject([{ file: "seeds/bad.txt" }]);
    expect(dev.moved).toEqual({ cu: "bai-so-1" });
    expect((JSON.parse(text(written().get(dataPaths.index))) as SiteIndex).broken).toEqual([]);
  });
});

describe("articles and list pages", () => {
  it("are one file each, at an address of their own content: slug or page number", () => {
    const files = written(large);
    for (const s of large.summaries) expect(files.has(dataPaths.article(s.slug))).toBe(true);
    expect(JSON.parse(text(files.get(dataPaths.article("bai-so-2"))))).toMatchObject({ article: { title: "Bài số 2" } });
    expect([1, 2, 3].map((n) => files.has(dataPaths.list(n)))).toEqual([true, true, true]);
    expect(files.has(dataPaths.list(4))).toBe(false);
    expect(dataPaths.article("bai-so-1")).toBe("data/a/bai-so-1.json");
    expect(dataPaths.list(2)).toBe("data/p/2.json");
  });

  it("keep their bytes when an unrelated article is added: only the pages it lands on change", () => {
    const before = written(large);
    // A new story dated after all the others.
    const plus = buildCorpus([...Array.from({ length: 45 }, (_, i) => dump(i + 1)), parseArticle("seeds/900.txt", "Tin mới nhất hôm nay\n30/04/2020\n\nMở đầu.\n\nThân bài.")]);
    const after = written(plus);
    const changed = [...after].filter(([name, data]) => !name.includes("/search/") && text(before.get(name)) !== text(data)).map(([name]) => name);
    // The last list page it joins, its own page, the one it follows (its "next"), and the index;
    // in the archive, the years' counts, its new month (head and page), and March's head, whose
    // "next" it becomes. March's pages keep their bytes.
    expect(changed.sort()).toEqual(
      [
        dataPaths.index, dataPaths.list(3), dataPaths.article("tin-moi-nhat-hom-nay"), dataPaths.article(plus.summaries[1]!.slug),
        dataPaths.archive, dataPaths.shelf("month/2020-03"), dataPaths.shelf("month/2020-04"), dataPaths.shelf("month/2020-04", 1),
      ].sort(),
    );
  });

  it("in dev, are answered from memory, null for an unknown article, nothing for other paths", () => {
    expect(text(devDataFile(small, dataPaths.article("bai-so-2"), () => "{}"))).toContain("Đoạn thân bài chỉ có trong trang bài 2");
    expect(devDataFile(small, dataPaths.article("khong-co"), () => "{}")).toBe("null");
    expect(devDataFile(small, dataPaths.list(9), () => "{}")).toBe("null");
    expect(devDataFile(small, dataPaths.index, () => "INDEX")).toBe("INDEX");
    expect(devDataFile(small, `${dataPaths.search}meta.json`, () => "{}")).toBeDefined();
    expect(devDataFile(small, "data/other.json", () => "{}")).toBeUndefined();
  });
});
