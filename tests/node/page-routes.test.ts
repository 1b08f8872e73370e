/** The pages a build writes (page-routes.ts): which routes become files, in which order, and the in-memory source they are rendered from. */
import { describe, expect, it } from "vitest";
import { LATEST_COUNT, PAGE_SIZE } from "../../src/content/listing";
import { NOT_FOUND_PATH, routesOf, sourceOf } from "../../src/node/page-routes";
import { SEED_SLUG, newer, older, seedPage, seedSummary } from "../app/fixtures";
import { corpusOf, isShelf, manyArticles } from "./prerender-fixtures";

describe("routesOf", () => {
  it("has home, its list page, search, every article and the not-found page", () => {
    const routes = routesOf(corpusOf([seedSummary, newer, older])).filter((r) => !isShelf(r.url));
    expect(routes).toEqual([
      { url: "/", file: "index.html", page: "home", lists: [1] },
      { url: "/trang/1", file: "trang/1/index.html", page: "home", lists: [1] },
      { url: "/tim-kiem", file: "tim-kiem/index.html", page: "search" },
      { url: `/bai-viet/${SEED_SLUG}`, file: `bai-viet/${SEED_SLUG}/index.html`, page: "article", slug: SEED_SLUG },
      { url: `/bai-viet/${newer.slug}`, file: `bai-viet/${newer.slug}/index.html`, page: "article", slug: newer.slug },
      { url: `/bai-viet/${older.slug}`, file: `bai-viet/${older.slug}/index.html`, page: "article", slug: older.slug },
      { url: NOT_FOUND_PATH, file: "404.html", page: "other" },
    ]);
  });

  it("has one /trang/N per 20 articles, numbered from the oldest; home takes the newest one or two", () => {
    expect(PAGE_SIZE).toBe(20);
    const listPages = (count: number) => routesOf(manyArticles(count)).filter((r) => r.url.startsWith("/trang/")).map((r) => r.url);
    expect(listPages(20)).toEqual(["/trang/1"]);
    expect(listPages(21)).toEqual(["/trang/1", "/trang/2"]);
    expect(routesOf(manyArticles(41)).find((r) => r.url === "/trang/3")).toEqual({ url: "/trang/3", file: "trang/3/index.html", page: "home", lists: [3] });
    expect(routesOf(manyArticles(41))[0]).toEqual({ url: "/", file: "index.html", page: "home", lists: [3, 2] });
    expect(routesOf(manyArticles(40))[0]).toEqual({ url: "/", file: "index.html", page: "home", lists: [2] });
  });

  it("has exactly one route per article and ends with 404.html", () => {
    const routes = routesOf(manyArticles(45));
    expect(routes.filter((r) => r.page === "article")).toHaveLength(45);
    expect(routes.at(-1)).toEqual({ url: NOT_FOUND_PATH, file: "404.html", page: "other" });
    expect(new Set(routes.map((r) => r.file)).size).toBe(routes.length);
  });

  it("still has home, its one page, search, the two indexes and 404.html for an empty corpus", () => {
    expect(routesOf(corpusOf([])).map((r) => r.file)).toEqual(["index.html", "trang/1/index.html", "tim-kiem/index.html", "tac-gia/index.html", "chu-de/index.html", "luu-tru/index.html", "404.html"]);
  });

  it("has the authors' index, the archive, and each month's shelf and its pages, each naming the data files it reads, before the articles", () => {
    const routes = routesOf(corpusOf([seedSummary, newer, older]));
    const shelves = routes.filter((r) => isShelf(r.url));
    expect(shelves).toEqual([
      { url: "/tac-gia", file: "tac-gia/index.html", page: "authors", data: ["data/authors/1.json"] },
      { url: "/chu-de", file: "chu-de/index.html", page: "topics", data: ["data/topics/1.json"] },
      { url: "/luu-tru", file: "luu-tru/index.html", page: "archive", data: ["data/archive.json"] },
      ...[...new Set([seedSummary, newer, older].map((s) => s.publishedAt!.slice(0, 7)))].sort().flatMap((ym) => {
        const [year, month] = ym.split("-").map(Number);
        const key = `data/month/${ym}`;
        return [
          { url: `/luu-tru/${year}/${month}`, file: `luu-tru/${year}/${month}/index.html`, page: "shelf", data: [`${key}.json`] },
          { url: `/luu-tru/${year}/${month}/trang/1`, file: `luu-tru/${year}/${month}/trang/1/index.html`, page: "shelf", data: [`${key}.json`, `${key}/1.json`] },
        ];
      }),
    ]);
    expect(routes.findIndex((r) => r.page === "article")).toBeGreaterThan(routes.indexOf(shelves.at(-1)!));
  });
});

describe("sourceOf", () => {
  const source = sourceOf(corpusOf([seedSummary, newer, older], [seedPage]));

  it("has the latest few summaries, the page count and no broken files", () => {
    expect(source.latest.map((s) => s.slug)).toEqual([SEED_SLUG, newer.slug, older.slug]);
    expect(sourceOf(manyArticles(45)).latest).toHaveLength(LATEST_COUNT);
    expect(source.pageCount).toBe(1);
    expect(sourceOf(manyArticles(45)).pageCount).toBe(3);
    expect(source.broken).toEqual([]);
  });

  it("answers an article's page by slug", async () => {
    await expect(source.loadArticle(SEED_SLUG)).resolves.toBe(seedPage);
  });

  it("answers null for an unknown slug, and for an article id used as a slug", () => {
    expect(source.loadArticle("khong-co-bai-nay")).toBeNull();
    expect(source.loadArticle(seedPage.article.id)).toBeNull();
  });

  it("answers list pages of 20 counted from the oldest, and null for a page that does not exist", async () => {
    // manyArticles lists bai-1 first: the newest.
    const large = sourceOf(manyArticles(45));
    expect(large.count).toBe(45);
    expect((await large.loadList(3))?.map((s) => s.slug)).toEqual(["bai-1", "bai-2", "bai-3", "bai-4", "bai-5"]);
    expect((await large.loadList(1))?.map((s) => s.slug)).toEqual(Array.from({ length: 20 }, (_, i) => `bai-${i + 26}`));
    for (const n of [0, 4, 1.5]) expect(large.loadList(n), `page ${n}`).toBeNull();
  });
});

