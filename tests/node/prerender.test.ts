/** The prerender step: page fingerprints, and every route written once, rendered at its URL, only when it changed. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi as mock } from "vitest";
import { pageFingerprint, prerender, type Renderer } from "../../src/node/prerender";
import { routesOf } from "../../src/node/page-routes";
import { SEED_SLUG, newer, older, seedPage, seedSummary } from "../app/fixtures";
import { sourceFromData } from "../../src/app/data/page-data";
import { corpusOf, isShelf, summary, template } from "./prerender-fixtures";

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
