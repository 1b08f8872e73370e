/**
 * Text stays text (issue 6): an article whose every field holds markup, <script>, onerror=,
 * javascript: and "</script>" renders it all as literal text — in the prerendered HTML (body,
 * <title>, meta tags and the JSON-LD script) and in the live page — and no javascript: URL
 * appears in any link or image.
 */
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../src/app/server";
import { DESCRIPTION_MAX } from "../../src/app/head/PageMeta";
import { cutAtWord } from "../../src/content/excerpt";
import { slugify } from "../../src/content/slug";
import { vi } from "../../src/i18n/vi";
import type { Article, ArticlePage, ArticleSummary } from "../../src/content/types";
import { fakeSource, newer, older } from "./fixtures";
import { renderAt } from "./render";
import { SITE } from "../../src/app/head/site";

const TITLE = `</title><script>alert("tiêu đề")</script><img src=x onerror=alert(1)> Hải Hà & 'Quảng' "Thành"\u2028</script>`;
const LEAD = `Mở đầu "có" <b>thẻ</b> và <a href="javascript:alert(2)">liên kết</a> &amp; </script><!-- chú thích -->`;
const PARAGRAPH = "Đoạn </p><script>alert(3)</script><p> và javascript:alert(4) cùng <iframe src=\"javascript:alert(5)\"></iframe>";
const ALT = `<img src=x onerror=alert(6)> "cầu" mới`;
const CAPTION = `Cầu <a href="javascript:alert(7)">mới</a> <style>body{display:none}</style>`;
const CREDIT = "<script>alert(8)</script>";
const SPEECH = `Chúng tôi viết </blockquote><script>alert(9)</script> như chữ thường.`;
const SPEAKER = "<b>Nguyễn</b> Văn An";
const ROLE = `"onmouseover="alert(10)`;
const BYLINE = "<img src=x onerror=alert(11)> Minh Hà";
const TAGS = ["<script>", "javascript:alert(12)"];

const slug = slugify(TITLE);
const article: Article = {
  id: "999_hostile",
  slug,
  readingMinutes: 1,
  title: TITLE,
  dateline: "31/12/2999 | 23:59 GMT+7",
  publishedAt: null,
  hasTime: true,
  lead: LEAD,
  byline: BYLINE,
  relatedPlaceholders: 0,
  tags: TAGS,
  body: [
    { type: "figure", line: 5, alt: ALT, caption: CAPTION, credit: CREDIT },
    { type: "figure", line: 8, alt: ALT, caption: CAPTION, src: "/images/999_hostile/2.jpg", width: 1200, height: 800 },
    { type: "paragraph", line: 11, text: PARAGRAPH },
    { type: "paragraph", line: 13, text: `${SPEAKER}, ${ROLE}, cho biết: ${SPEECH}` },
    { type: "pullquote", line: 13, text: SPEECH, name: SPEAKER, role: ROLE },
  ],
};

/** A neighbour with a hostile title: lists and links must show it as text too. */
const neighbour: ArticleSummary = {
  ...older,
  id: "998_hostile",
  title: `<script>alert(13)</script> javascript:alert(14)`,
  slug: slugify(`<script>alert(13)</script> javascript:alert(14)`),
  excerpt: `<img src=x onerror=alert(15)>`,
};
const page: ArticlePage = { article, related: [neighbour], previous: neighbour, next: newer };
const source = () => fakeSource({ pages: { [slug]: page }, articles: [{ ...newer, id: article.id, slug, title: TITLE, excerpt: LEAD }, neighbour, newer] });
const PATH = `/bai-viet/${slug}`;

/** Parsed HTML, as a fragment to query. */
function fragment(html: string): DocumentFragment {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content;
}

/** Every element that could run code or load a javascript: URL: scripts (JSON-LD aside), on* handlers, javascript: links. */
function activeParts(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (tag === "script" && el.getAttribute("type") !== "application/ld+json") found.push("<script>");
    if (["iframe", "object", "embed", "style", "b"].includes(tag)) found.push(`<${tag}>`);
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (/^\s*javascript:/i.test(value)) found.push(`${tag}[${name}=${value}]`);
    }
  }
  return found;
}

describe("the checker", () => {
  it("finds scripts, handlers, frames, styles, markup and javascript: URLs when they are there", () => {
    const html = `<script>x</script><script type="application/ld+json">{}</script><img src=x onerror=y><a href=" JavaScript:z">a</a><iframe></iframe><style></style><b>b</b>`;
    expect(activeParts(fragment(html))).toEqual(["<script>", "img[onerror]", "a[href= JavaScript:z]", "<iframe>", "<style>", "<b>"]);
  });
});

describe("the prerendered article page", () => {
  it("names the slug with letters and hyphens only, whatever the title holds", () => {
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(neighbour.slug).toBe("script-alert-13-script-javascript-alert-14");
  });

  it("shows every field's markup as text in the body, and adds no element of its own making", async () => {
    const { body } = await renderPage(PATH, source());
    const root = fragment(body);
    expect(activeParts(root)).toEqual([]);
    expect(root.querySelector("h1")?.textContent).toBe(TITLE);
    const text = root.textContent ?? "";
    for (const t of [LEAD, PARAGRAPH, CAPTION, CREDIT, SPEECH, SPEAKER, ROLE, BYLINE, ...TAGS, neighbour.title]) expect(text).toContain(t);
    expect(root.querySelector(`img[src="/images/999_hostile/2.jpg"]`)?.getAttribute("alt")).toBe(ALT);
    expect(root.querySelector('[role="img"]')?.getAttribute("aria-label")).toBe(ALT);
    // The raw HTML holds the markup escaped, never as tags.
    expect(body).not.toMatch(/<img src=x|<iframe|<style|<b>|<a href="javascript/i);
    expect(body).toContain("&lt;script&gt;alert(3)&lt;/script&gt;");
  });

  it("has no <script> in the body but the JSON-LD (the breadcrumb trail and the article), which no text can close", async () => {
    const { body } = await renderPage(PATH, source());
    expect(body.match(/<script\b[^>]*>/gi)).toEqual(['<script type="application/ld+json">', '<script type="application/ld+json">']);
    const scripts = [...body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    for (const json of scripts) {
      expect(json).not.toMatch(/[<>]/);
      expect(json).not.toMatch(/\u2028/);
      expect(json).toContain("\\u003c/script\\u003e");
    }
    const [ld, trail] = scripts.map((json) => JSON.parse(json) as { "@type": string; itemListElement?: Array<{ name: string }> });
    expect(trail!["@type"]).toBe("BreadcrumbList");
    expect(trail!.itemListElement!.at(-1)!.name).toBe(TITLE);
    expect(ld).toMatchObject({ "@type": "NewsArticle", headline: TITLE, author: { name: BYLINE }, description: cutAtWord(LEAD, DESCRIPTION_MAX) });
  });

  it("escapes <title> and every meta tag, and links only to slugs", async () => {
    const { head, body } = await renderPage(PATH, source());
    expect(head).not.toMatch(/<script|<img|<b>/i);
    const tags = fragment(head);
    expect([...tags.children].map((el) => el.tagName.toLowerCase()).filter((t) => t !== "meta" && t !== "link")).toEqual(["title"]);
    expect(tags.querySelector("title")?.textContent).toBe(vi.documentTitle(TITLE, SITE.name));
    expect(tags.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(cutAtWord(LEAD, DESCRIPTION_MAX));
    expect(tags.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBe(TITLE);
    expect(activeParts(tags)).toEqual([]);
    const hrefs = [...fragment(head + body).querySelectorAll("[href], [src]")].map((el) => el.getAttribute("href") ?? el.getAttribute("src")!);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => /javascript:/i.test(h))).toEqual([]);
    expect(hrefs).toContain(`/bai-viet/${neighbour.slug}`);
  });

  it("lists hostile titles and excerpts on home as text", async () => {
    const { head, body } = await renderPage("/", source());
    const root = fragment(body);
    expect(activeParts(fragment(head + body))).toEqual([]);
    expect(root.querySelector(`a[href="/bai-viet/${slug}"]`)?.textContent).toBe(TITLE);
    expect(root.textContent).toContain(neighbour.title);
  });
});

describe("the live article page (Testing Library)", () => {
  it("shows the literal markup as the text of headline, lead, paragraphs, captions, quote, byline and tags", async () => {
    await renderAt(PATH, source());
    const heading = await screen.findByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent(TITLE, { normalizeWhitespace: false });
    const view = within(screen.getByRole("article"));
    expect(view.getByText(LEAD)).toBeInTheDocument();
    expect(view.getByText(PARAGRAPH)).toBeInTheDocument();
    expect(view.getAllByText(CAPTION, { exact: false, selector: "figcaption" })).toHaveLength(2);
    expect(view.getByText(`${vi.photoCredit} ${CREDIT}`)).toBeInTheDocument();
    expect(view.getByText(SPEECH)).toBeInTheDocument();
    expect(view.getByText(SPEAKER)).toBeInTheDocument();
    expect(view.getByText(ROLE)).toBeInTheDocument();
    expect(view.getByText(BYLINE)).toBeInTheDocument();
    for (const tag of TAGS) expect(view.getByText(tag)).toBeInTheDocument();
    // Both figures: the placeholder (role="img", aria-label) and the real <img alt>.
    expect(view.getAllByRole("img", { name: ALT }).map((el) => el.tagName)).toEqual(["DIV", "IMG"]);
    expect(screen.getAllByText(neighbour.title).length).toBeGreaterThan(0);
  });

  it("creates no script, handler, frame or javascript: link in the document", async () => {
    await renderAt(PATH, source());
    await screen.findByRole("heading", { level: 1 });
    expect(activeParts(document.body)).toEqual([]);
    expect(document.title).toBe(vi.documentTitle(TITLE, SITE.name));
  });
});
