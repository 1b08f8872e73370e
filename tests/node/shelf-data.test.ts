/** The shelves' data files (src/node/shelf-data.ts): what the build writes is what a page asks for. */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import { DATA_FILE } from "../../src/app/data/data-paths";
import type { AuthorHead, AuthorsPage, ArchiveIndex, MonthHead } from "../../src/content/shelves";
import { corpusShelves, shelfData, shelfDataFiles, shelfPages } from "../../src/node/shelf-data";
import { dataFiles, devDataFile } from "../../src/node/site-data";
import { routesOf } from "../../src/node/page-routes";

// 45 dumps in March and April 2020 by two reporters, and one undated.
const dump = (n: number) =>
  parseArticle(`seeds/${String(n).padStart(3, "0")}.txt`, `Bài số ${n}\n${(n % 28) + 1}/0${3 + (n % 2)}/2020\n\nMở đầu bài ${n}.\n\nĐoạn.\n\n${n % 3 ? "Hoàng Giang" : "Lan Anh - Hoàng Giang"}`);
const corpus = buildCorpus([...Array.from({ length: 45 }, (_, i) => dump(i + 1)), parseArticle("seeds/900.txt", "Bài không ngày\n\nMở đầu.\n\nĐoạn.\n\nLan Anh")]);

describe("shelfData", () => {
  it("answers the authors' index, an author's shelf and its pages", () => {
    const authors = shelfData(corpus, "data/authors/1.json") as AuthorsPage;
    expect(authors.authors.map((a) => [a.slug, a.count])).toEqual([["lan-anh", 16], ["hoang-giang", 45]]);
    const head = shelfData(corpus, "data/author/hoang-giang.json") as AuthorHead;
    expect(head).toMatchObject({ name: "Hoàng Giang", count: 45, pageCount: 3, homePages: [3, 2] });
    expect(shelfData(corpus, "data/author/hoang-giang/1.json")).toHaveLength(20);
    expect(shelfData(corpus, "data/author/hoang-giang/4.json")).toBeNull();
    expect(shelfData(corpus, "data/author/khong-co.json")).toBeNull();
  });

  it("answers the archive, a month and the undated shelf", () => {
    expect(shelfData(corpus, "data/archive.json") as ArchiveIndex).toEqual({ years: [{ year: 2020, count: 45, months: [{ month: 4, count: 23 }, { month: 3, count: 22 }] }], undated: 1 });
    expect(shelfData(corpus, "data/month/2020-03.json") as MonthHead).toMatchObject({ year: 2020, month: 3, count: 22, previous: null, next: { year: 2020, month: 4 } });
    expect(shelfData(corpus, "data/month/undated.json")).toMatchObject({ count: 1 });
    expect(shelfData(corpus, "data/month/2020-05.json")).toBeNull();
  });

  it("leaves every other path to its own writer", () => {
    for (const path of ["data/index.json", "data/a/bai-so-1.json", "data/p/1.json", "data/search/meta.json", "khac.json"]) expect(shelfData(corpus, path)).toBeUndefined();
  });
});

describe("shelfDataFiles", () => {
  const files = new Map(shelfDataFiles(corpus));

  it("writes every file a shelf page or an index reads, with the value shelfData answers, at a path the browser accepts", () => {
    const read = routesOf(corpus).flatMap((route) => route.data ?? []);
    expect(read.length).toBeGreaterThan(0);
    for (const path of read) {
      expect(files.has(path), path).toBe(true);
      expect(JSON.parse(files.get(path)!), path).toEqual(shelfData(corpus, path));
    }
    for (const path of files.keys()) expect(path).toMatch(DATA_FILE);
  });

  it("is in the build's data files, and the dev server answers the same bytes", () => {
    const built = new Map(dataFiles(corpus, "/"));
    for (const [path, json] of files) {
      expect(built.get(path), path).toBe(json);
      expect(devDataFile(corpus, path, () => "{}"), path).toBe(json);
    }
  });

  it("holds the corpus's shelves once, built on first use", () => {
    expect(corpusShelves(corpus)).toBe(corpusShelves(corpus));
  });
});

describe("a shelf's pages for the prerenderer (shelfPages)", () => {
  /** What prerender.ts fingerprints: the text of what the page at these paths shows. */
  const shown = (c: typeof corpus, paths: string[]) => shelfPages(c).shown(paths);

  it("leaves out what page N does not show, so the shelf's growth does not render it again", () => {
    const newest = parseArticle("seeds/901.txt", "Bài mới nhất\n30/04/2020 09:00\n\nMở đầu.\n\nĐoạn.\n\nHoàng Giang");
    const plus = buildCorpus([...Array.from({ length: 45 }, (_, i) => dump(i + 1)), parseArticle("seeds/900.txt", "Bài không ngày\n\nMở đầu.\n\nĐoạn.\n\nLan Anh"), newest]);
    const pageOne = ["data/author/hoang-giang.json", "data/author/hoang-giang/1.json"];
    expect(shown(plus, pageOne)).toBe(shown(corpus, pageOne));
    // The landing shows the newest and the count: it changes.
    expect(shown(plus, ["data/author/hoang-giang.json"])).not.toBe(shown(corpus, ["data/author/hoang-giang.json"]));
    expect(shown(corpus, pageOne)).toBe(`${JSON.stringify({ name: "Hoàng Giang", slug: "hoang-giang" })}\n${JSON.stringify(shelfData(corpus, pageOne[1]!))}\ntrue`);
    // The newest page has no newer one after it.
    expect(shown(corpus, ["data/author/hoang-giang.json", "data/author/hoang-giang/3.json"]).endsWith("\nfalse")).toBe(true);
  });

  it("answers the same files and text whether a shelf's pages are asked in a run or alone, the head made once for the run", () => {
    const pages = shelfPages(corpus);
    const paths = (n: number) => ["data/author/hoang-giang.json", `data/author/hoang-giang/${n}.json`];
    const run = [1, 2, 3].map((n) => [pages.files(paths(n)), pages.shown(paths(n))]);
    expect(run).toEqual([1, 2, 3].map((n) => [shelfPages(corpus).files(paths(n)), shelfPages(corpus).shown(paths(n))]));
    expect(run[0]![0]![0]).toBe(run[2]![0]![0]);
    // Another shelf in between, and the first again: each its own head.
    expect(pages.files(["data/author/lan-anh.json"])[0]).toMatchObject({ name: "Lan Anh" });
    expect(pages.files(paths(1))[0]).toMatchObject({ name: "Hoàng Giang" });
    // A path naming nothing is null, as its file would be.
    expect(pages.files(["data/author/khong-co.json", "data/author/khong-co/1.json"])).toEqual([null, null]);
    expect(pages.shown(["data/author/khong-co.json"])).toBe("null");
  });
});
