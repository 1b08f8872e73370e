/** The prerender step: which routes become files, the in-memory source, and each page's document. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi as mock } from "vitest";
import type { Corpus } from "../../src/content/corpus";
import { recordOf } from "../../src/content/records";
import type { ArticlePage, ArticleSummary } from "../../src/content/types";
import { LATEST_COUNT, PAGE_SIZE, listingOf } from "../../src/content/listing";
import { NOT_FOUND_PATH, documentFor, pageFingerprint, prerender, routesOf, sourceOf, type Renderer, type Route, type Template } from "../../src/node/prerender";
import { SEED_SLUG, newer, older, seedPage, seedSummary } from "../app/fixtures";
import { sourceFromData } from "../../src/app/data/page-data";
import { topicIndexOf } from "../../src/content/topic-index";

function summary(n: number): ArticleSummary {
  return { ...seedSummary, id: `id_${n}`, slug: `bai-${n}`, title: `Bài ${n}` };
}

function corpusOf(summaries: ArticleSummary[], pages: ArticlePage[] = []): Corpus {
  const bySlug = new Map(pages.map((p) => [p.article.slug, p]));
  const entries = new Map(
    pages.map(({ article, related, previous, next }) => [article.slug, { file: `${article.id}.txt`, record: recordOf(article), related, previous, next }]),
  );
  const topics = topicIndexOf(summaries, (slug) => entries.get(slug)?.record.entities);
  return { summaries, entries, page: (slug) => bySlug.get(slug) ?? null, searchTokens: () => "", listing: listingOf(summaries), topics, aboutOf: (slug) => ({ related: entries.get(slug)?.related ?? [] }), broken: [], boilerplate: { lines: 0, articles: 0 } };
}

/** The authors' and the archive's pages (their own test below). */
const isShelf = (url: string) => /^\/(?:tac-gia|chu-de|luu-tru)(?:\/|$)/.test(url);

const manyArticles = (count: number) => corpusOf(Array.from({ length: count }, (_, i) => summary(i + 1)));

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

/** A built index.html as templateFrom leaves it: no entry script or modulepreload (the boot script loads those). */
const TEMPLATE_HTML = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" crossorigin href="/assets/index-def.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const template: Template = {
  html: TEMPLATE_HTML,
  boot: "/assets/boot-b.js",
  manifest: "/manifest.webmanifest",
  entry: ["/assets/vendor-v.js", "/assets/index-abc.js"],
  fonts: ["/assets/noto-serif-latin-wght-normal-1.woff2", "/assets/noto-serif-vietnamese-wght-normal-2.woff2"],
  data: "/",
  // The entry's chunks (loaded by the boot script anyway) are among a page's imports: they must not be preloaded again.
  pageChunks: { home: ["/assets/HomePage-x.js", "/assets/index-abc.js"], article: ["/assets/ArticleRoute-y.js", "/assets/shared-z.js", "/assets/vendor-v.js"] },
};

const seedRoute: Route = { url: `/bai-viet/${SEED_SLUG}`, file: `bai-viet/${SEED_SLUG}/index.html`, page: "article", slug: SEED_SLUG };
const homeRoute: Route = { url: "/", file: "index.html", page: "home", lists: [3, 2] };
const notFoundRoute: Route = { url: NOT_FOUND_PATH, file: "404.html", page: "other" };
const page = {
  head: '<title>Kinh nghiệm — Tin Hải Hà</title><meta name="description" content="Mô tả"/>',
  body: '<div class="shell"><h1>Kinh nghiệm</h1></div>',
};

const headOf = (html: string) => html.slice(0, html.indexOf("</head>"));
/** Every <script> tag of a document, whole. */
const scriptTags = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
/** The boot script's tag and the chunk lists it carries. */
function bootOf(html: string) {
  const tags = scriptTags(html).filter((tag) => tag.includes(`src="${template.boot}"`));
  expect(tags, "exactly one boot script").toHaveLength(1);
  const tag = tags[0]!;
  const list = (name: string) => (tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? "").split(" ").filter(Boolean);
  return { tag, load: list("data-load"), preload: list("data-preload"), fetch: list("data-fetch") };
}

describe("documentFor", () => {
  it("puts the page's head tags before the first script and stylesheet", () => {
    const html = documentFor(template, seedRoute, page);
    const title = html.indexOf("<title>");
    expect(title).toBeGreaterThan(html.indexOf('<meta charset="UTF-8" />'));
    expect(title).toBeLessThan(html.indexOf("<script"));
    expect(title).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    expect(html.indexOf('<meta name="description"')).toBeLessThan(html.indexOf("<script"));
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it("preloads nothing: the fonts come with the stylesheet (font-display: optional), so the first paint is the final one", () => {
    const head = headOf(documentFor(template, seedRoute, page));
    expect(head).not.toContain('rel="preload"');
    expect(head).not.toContain(".woff2");
  });

  it("loads the app through one classic head script: the entry's chunks, dependencies first, and the manifest it links once painted", () => {
    for (const route of [seedRoute, homeRoute, notFoundRoute]) {
      const html = documentFor(template, route, page);
      const boot = bootOf(html);
      expect(headOf(html), route.url).toContain(boot.tag);
      expect(boot.tag, route.url).toMatch(/^<script src="\/assets\/boot-b\.js"/);
      expect(boot.tag, "a classic script: document.currentScript finds its attributes").not.toContain("type=");
      expect(boot.load, route.url).toEqual(["/assets/vendor-v.js", "/assets/index-abc.js"]);
      expect(boot.tag, route.url).toContain('data-manifest="/manifest.webmanifest"');
      // Nothing else runs or fetches JavaScript before the first paint.
      expect(scriptTags(html), route.url).toEqual([boot.tag]);
      expect(html, route.url).not.toContain("modulepreload");
    }
  });

  it("applies the reader's theme and text size with the blocking head script, before the stylesheet", () => {
    const html = documentFor(template, seedRoute, page);
    const script = html.indexOf('<script src="/assets/boot-b.js"');
    expect(script).toBeGreaterThan(html.indexOf("<title>"));
    const stylesheet = html.indexOf('rel="stylesheet"');
    if (stylesheet >= 0) expect(script).toBeLessThan(stylesheet);
    expect(script).toBeLessThan(html.indexOf("</head>"));
  });

  it("has the boot script preload the article page's code, and fetch the site's index and that article's data, no other's", () => {
    const html = documentFor(template, seedRoute, page);
    expect(bootOf(html).preload).toEqual(["/assets/ArticleRoute-y.js", "/assets/shared-z.js"]);
    expect(bootOf(html).fetch).toEqual(["/data/index.json", `/data/a/${SEED_SLUG}.json`]);
    expect(html).not.toContain(`${newer.slug}.json`);
    expect(html).not.toContain("/p/");
  });

  it("has the boot script preload home's code and fetch its list pages, and no article's", () => {
    expect(bootOf(documentFor(template, homeRoute, page)).preload).toEqual(["/assets/HomePage-x.js"]);
    expect(bootOf(documentFor(template, homeRoute, page)).fetch).toEqual(["/data/index.json", "/data/p/3.json", "/data/p/2.json"]);
    const second: Route = { url: "/trang/2", file: "trang/2/index.html", page: "home", lists: [2] };
    expect(bootOf(documentFor(template, second, page)).fetch).toEqual(["/data/index.json", "/data/p/2.json"]);
  });

  it("does not preload again what the boot script loads as the entry", () => {
    const home = documentFor(template, homeRoute, page);
    expect(home.match(/\/assets\/index-abc\.js/g)).toHaveLength(1);
    const article = documentFor(template, seedRoute, page);
    expect(article.match(/\/assets\/vendor-v\.js/g)).toHaveLength(1);
  });

  it("preloads no page's code or data on 404.html but the site's index, and marks its root as a 404", () => {
    const html = documentFor(template, notFoundRoute, page);
    expect(bootOf(html).preload).toEqual([]);
    expect(bootOf(html).fetch).toEqual(["/data/index.json"]);
    expect(html).toContain(`<div id="root" data-status="404">${page.body}</div>`);
  });

  it("fetches no data when the build wrote no data files", () => {
    expect(bootOf(documentFor({ ...template, data: null }, seedRoute, page)).fetch).toEqual([]);
  });

  it("escapes the chunk lists as attributes, and refuses a URL with white space, which would split it", () => {
    const odd = { ...template, entry: ['/tin"&/assets/index-abc.js'] };
    expect(documentFor(odd, notFoundRoute, page)).toContain('data-load="/tin&quot;&amp;/assets/index-abc.js"');
    expect(() => documentFor({ ...template, entry: ["/my site/assets/index-abc.js"] }, homeRoute, page)).toThrow(/white space/);
  });

  it("puts the body inside #root, once, unmarked on a page that exists", () => {
    const html = documentFor(template, seedRoute, page);
    expect(html).toContain(`<div id="root">${page.body}</div>`);
    expect(html.match(/id="root"/g)).toHaveLength(1);
  });

  it("keeps $-replacement patterns in the page's text verbatim", () => {
    const tricky = "Giá $& tăng $' rồi $` và $1 $$ $<name>";
    const html = documentFor(template, seedRoute, {
      head: `<title>${tricky}</title><meta name="description" content="${tricky}"/>`,
      body: `<p>${tricky}</p>`,
    });
    expect(html).toContain(`<title>${tricky}</title>`);
    expect(html).toContain(`content="${tricky}"`);
    expect(html).toContain(`<div id="root"><p>${tricky}</p></div>`);
  });

  it("puts the head tags before </head> when the template has no script or stylesheet", () => {
    const bare = { ...template, html: '<html><head><meta charset="UTF-8"></head><body><div id="root"></div></body></html>' };
    const html = documentFor(bare, seedRoute, page);
    expect(headOf(html)).toContain(page.head);
    expect(html.indexOf(page.head)).toBeGreaterThan(html.indexOf("<meta charset"));
    expect(html.indexOf(page.head)).toBeLessThan(html.indexOf("<script"));
  });

  it("refuses a template without an empty #root", () => {
    expect(() => documentFor({ ...template, html: "<html><head></head><body></body></html>" }, seedRoute, page)).toThrow(/root/);
  });
});

describe("pageFingerprint", () => {
  const corpus = corpusOf([seedSummary, newer, older], [seedPage]);
  const article = routesOf(corpus).find((r) => r.slug === SEED_SLUG)!;
  const list = routesOf(corpus).find((r) => r.url === "/trang/1")!;

  it("changes with the template, the page's own data, and nothing else", () => {
    const key = "k";
    const fp = pageFingerprint(key, article, corpus);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(pageFingerprint("other", article, corpus)).not.toBe(fp);
    const edited = corpusOf([seedSummary, newer, older], [{ ...seedPage, related: [] }]);
    expect(pageFingerprint(key, article, edited)).not.toBe(fp);
    // Another article's change, or the latest list, is not this page's.
    expect(pageFingerprint(key, article, corpusOf([seedSummary, newer], [seedPage]))).toBe(fp);
    expect(pageFingerprint(key, list, corpus)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is null for the pages always rendered: home, search, 404", () => {
    for (const route of routesOf(corpus).filter((r) => r.url === "/" || r.page === "search" || r.page === "other")) {
      expect(pageFingerprint("k", route, corpus), route.url).toBeNull();
    }
  });
});

describe("prerender", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "news-prerender-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("writes one file per route, each rendered at its own URL under the base", async () => {
    const corpus = corpusOf([...Array.from({ length: 21 }, (_, i) => summary(i + 1))]);
    const render = mock.fn<Renderer>(async (url) => ({ head: `<title>${url}</title>`, body: `<p>${url}</p>` }));
    const progress = mock.fn();
    const { pages, written, rendered } = await prerender({ outDir, corpus, template, render, base: "/tin/", onProgress: progress });

    expect(pages).toBe(routesOf(corpus).length);
    expect(written).toBe(pages);
    expect(rendered).toBe(pages);
    expect(render.mock.calls.map((c) => c[0]).filter((url) => !isShelf(url.slice(4)))).toEqual(["/tin/", "/tin/trang/1", "/tin/trang/2", "/tin/tim-kiem", ...corpus.summaries.map((s) => `/tin/bai-viet/${s.slug}`), "/tin/404"]);
    expect(render.mock.calls.every((c) => c[2] === "/tin/")).toBe(true);
    expect(progress).toHaveBeenLastCalledWith(pages, pages);
    // Again, the same: no file is written twice.
    const again = await prerender({ outDir, corpus, template, render, base: "/tin/" });
    expect(again.written).toBe(0);
    // And with the fingerprints of the last build, no page is even rendered but home, search and 404
    // (a shelf's pages are fingerprinted by their data files).
    render.mockClear();
    const third = await prerender({ outDir, corpus, template, render, base: "/tin/", previous: again.fingerprints });
    expect(render.mock.calls.map((c) => c[0])).toEqual(["/tin/", "/tin/tim-kiem", "/tin/404"]);
    expect(third.rendered).toBe(3);

    const read = (file: string) => readFileSync(path.join(outDir, file), "utf8");
    expect(read("index.html")).toContain('<div id="root"><p>/tin/</p></div>');
    expect(read("trang/2/index.html")).toContain("<title>/tin/trang/2</title>");
    expect(read("bai-viet/bai-7/index.html")).toContain("<p>/tin/bai-viet/bai-7</p>");
    expect(read("404.html")).toContain("<p>/tin/404</p>");
    expect(existsSync(path.join(outDir, "trang/3/index.html"))).toBe(false);
  });

  it("hands out the list pages before the articles' data files are ready, and the articles only after", async () => {
    const corpus = corpusOf([...Array.from({ length: 21 }, (_, i) => summary(i + 1))]);
    const asked: string[] = [];
    const render = mock.fn<Renderer>(async (url) => {
      asked.push(url);
      return { head: "", body: "" };
    });
    let ready = false;
    await prerender({
      outDir,
      corpus,
      template,
      render,
      base: "/",
      articlesReady: async () => {
        // By now the list pages and search are on their way; no article yet.
        expect(asked.filter((url) => !isShelf(url))).toEqual(["/", "/trang/1", "/trang/2", "/tim-kiem"]);
        ready = true;
      },
    });
    expect(ready).toBe(true);
    expect(asked.filter((url) => url.startsWith("/bai-viet/"))).toHaveLength(21);
  });

  it("stops at a page that fails to render, and says so", async () => {
    const corpus = corpusOf([seedSummary], [seedPage]);
    const render: Renderer = async (url) => {
      if (url.includes("/bai-viet/")) throw new Error(`no renderer for ${url}`);
      return { head: "", body: "" };
    };
    await expect(prerender({ outDir, corpus, template, render, base: "/" })).rejects.toThrow(/no renderer for \/bai-viet\//);
  });

  it("hands the renderer each page's data: its article, the site's index", async () => {
    const corpus = corpusOf([seedSummary], [seedPage]);
    const seen: unknown[] = [];
    await prerender({
      outDir,
      corpus,
      template,
      base: "/",
      render: async (url, data) => {
        if (url === `/bai-viet/${SEED_SLUG}`) seen.push(await sourceFromData(data).loadArticle(SEED_SLUG));
        return { head: "", body: "" };
      },
    });
    expect(seen).toEqual([seedPage]);
  });
});
