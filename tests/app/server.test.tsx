/** The prerenderer's entry: one URL in, the page's head tags and body out, over fixtures. */
import { describe, expect, it, vi as mock } from "vitest";
import { renderPage, splitHead } from "../../src/app/server";
import { SEED_SLUG, fakeSource, newer, seedArticle } from "./fixtures";

const SEED_PATH = `/bai-viet/${SEED_SLUG}`;

/** The rendered body as a DOM, to query like a reader's page. */
function bodyOf(html: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
}

describe("splitHead", () => {
  it("takes the leading <title>, <meta> and <link> elements as the head", () => {
    const head = '<title>Tiêu đề</title><meta name="description" content="Mô tả"/><link rel="canonical" href="http://x/y"/>';
    const body = '<div class="shell"><main><h1>Tiêu đề</h1></main></div>';
    expect(splitHead(head + body)).toEqual({ head, body });
  });

  it("leaves tags that come after the page's start in the body", () => {
    const html = '<title>T</title><div><meta itemprop="x" content="y"/><link rel="stylesheet" href="/a.css"/><title>svg title</title></div>';
    expect(splitHead(html)).toEqual({ head: "<title>T</title>", body: html.slice("<title>T</title>".length) });
  });

  it("has an empty head when the page starts with anything else", () => {
    const html = '<div class="shell"></div><title>late</title>';
    expect(splitHead(html)).toEqual({ head: "", body: html });
    expect(splitHead("")).toEqual({ head: "", body: "" });
  });

  it("does not take a script, even a JSON-LD one, into the head", () => {
    const html = '<meta name="a" content="b"/><script type="application/ld+json">{}</script><div></div>';
    expect(splitHead(html).head).toBe('<meta name="a" content="b"/>');
  });
});

describe("renderPage", () => {
  it("renders an article: title and description for the head, the headline in the body", async () => {
    const { head, body } = await renderPage(SEED_PATH, fakeSource());
    expect(head).toContain(`<title>${seedArticle.title} — Tin Hải Hà</title>`);
    expect(head).toMatch(/<meta name="description" content="Nhiệm kỳ 2015-2020, Đảng bộ xã Quảng Thành[^"]*"\/>/);
    expect(head).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${SEED_PATH}"/>`));
    expect(head).toContain('<meta property="og:type" content="article"/>');

    const page = bodyOf(body);
    expect(page.querySelectorAll("h1")).toHaveLength(1);
    expect(page.querySelector("h1")?.textContent).toBe(seedArticle.title);
    expect(page.textContent).toContain("Hoàng Giang");
    expect(page.querySelectorAll("figure:has(> blockquote)")).toHaveLength(2);
  });

  it("keeps every head tag out of the body, and the JSON-LD in it", async () => {
    const { body } = await renderPage(SEED_PATH, fakeSource());
    const page = bodyOf(body);
    expect(page.querySelector("title, meta, link")).toBeNull();
    const ld = [...page.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ""));
    expect(ld.map((x: { "@type": string }) => x["@type"])).toEqual(["NewsArticle", "BreadcrumbList"]);
    expect(ld[0]).toMatchObject({ "@type": "NewsArticle", headline: seedArticle.title, datePublished: seedArticle.publishedAt });
  });

  it("renders the page complete, with no Suspense fallback left to fill in", async () => {
    const { body } = await renderPage(SEED_PATH, fakeSource());
    // React marks a boundary still pending on the server with <!--$?-->.
    expect(body).not.toContain("<!--$?-->");
    expect(body).not.toContain("<!--$!-->");
  });

  it("renders home with the site's title and links to the articles", async () => {
    const { head, body } = await renderPage("/", fakeSource());
    expect(head).toContain("<title>Tin Hải Hà</title>");
    expect(head).toContain('<meta property="og:type" content="website"/>');
    const page = bodyOf(body);
    expect(page.querySelector(`a[href="/bai-viet/${newer.slug}"]`)?.textContent).toBe(newer.title);
  });

  it.each(["/bai-viet/khong-co-bai-nay", "/khong-co-trang", "/404"])("renders %s as the not-found page", async (url) => {
    const { head, body } = await renderPage(url, fakeSource());
    expect(head).toContain("<title>Không tìm thấy trang — Tin Hải Hà</title>");
    expect(head).toContain('<meta name="robots" content="noindex"/>');
    expect(head).not.toContain('rel="canonical"');
    const page = bodyOf(body);
    expect(page.querySelector("h1")?.textContent).toBe("Không tìm thấy trang");
    expect(page.querySelector('a[href="/"]')).not.toBeNull();
  });

  it("renders the same HTML for the same URL every time", async () => {
    const first = await renderPage(SEED_PATH, fakeSource());
    expect(await renderPage(SEED_PATH, fakeSource())).toEqual(first);
  });

  it("loads the article once, before rendering", async () => {
    const source = fakeSource();
    const load = mock.spyOn(source, "loadArticle");
    await renderPage(SEED_PATH, source);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(SEED_SLUG);
  });

  it("renders under a base path, with links that carry it", async () => {
    const { body } = await renderPage(`/tin${SEED_PATH}`, fakeSource(), "/tin/");
    const page = bodyOf(body);
    expect(page.querySelector("h1")?.textContent).toBe(seedArticle.title);
    const internal = [...page.querySelectorAll("a[href^='/']")].map((a) => a.getAttribute("href")!);
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.filter((href) => !href.startsWith("/tin/"))).toEqual([]);
  });

  it("renders /trang/1, the oldest list page, as its own page", async () => {
    const { head, body } = await renderPage("/trang/1", fakeSource());
    expect(head).toContain("<title>Trang 1");
    expect(bodyOf(body).querySelector("h1")?.textContent).toBe("Trang 1");
  });
});
