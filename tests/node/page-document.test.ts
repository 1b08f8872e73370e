/** One page's document (page-document.ts): the template with the page's head, its boot script and its body. */
import { describe, expect, it } from "vitest";
import { NOT_FOUND_PATH, type Route } from "../../src/node/page-routes";
import { documentFor } from "../../src/node/page-document";
import { SEED_SLUG, newer } from "../app/fixtures";
import { template } from "./prerender-fixtures";

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
