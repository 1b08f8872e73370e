/**
 * The built site as static HTML: what a reader without JavaScript, a crawler or a link preview
 * gets from the server alone — the prerendered page, its head tags, and honest 404s.
 */
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { ARGS, findChromium } from "../../scripts/support/chromium.ts";
import { NOT_FOUND_TITLE, SEED, clean, siteURL, expectSeedQuotesAndByline } from "./support.ts";

const base = siteURL();
const SEED_TITLE_TAG = `<title>${SEED.title} — Tin Hải Hà</title>`;
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g;

// The shared helper opens one persistent context with JavaScript on; a reader without
// JavaScript needs a context of its own, so this file launches its own Chromium.
let chromiumBrowser: PlaywrightBrowser | undefined;
let noScript: BrowserContext | undefined;
let errors: string[] = [];

beforeAll(async () => {
  chromiumBrowser = await chromium.launch({ executablePath: findChromium(), args: ARGS, headless: true });
  noScript = await chromiumBrowser.newContext({ javaScriptEnabled: false, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
});
afterAll(async () => {
  await chromiumBrowser?.close();
});
afterEach(async () => {
  for (const page of noScript?.pages() ?? []) await page.close();
  const taken = errors;
  errors = [];
  expect(taken, "console errors").toEqual([]);
});

async function pageWithoutJavaScript(): Promise<Page> {
  if (!noScript) throw new Error("Chromium did not start (see the beforeAll error)");
  const page = await noScript.newPage();
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (message.location().url === page.url() && /status of 404/.test(message.text())) return;
    errors.push(`console.error on ${page.url()}: ${message.text()}`);
  });
  return page;
}

async function get(path: string): Promise<{ status: number; type: string; html: string }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, type: response.headers.get("content-type") ?? "", html: await response.text() };
}

/** The raw HTML parsed as a document, with no script run (not even the page's own). */
async function parse(html: string): Promise<Page> {
  const page = await pageWithoutJavaScript();
  await page.setContent(html);
  return page;
}

const attr = (page: Page, selector: string, name: string) => page.locator(selector).first().getAttribute(name);

/** Every article path the home page links to. */
async function articlePaths(): Promise<string[]> {
  const { html } = await get("/");
  return [...new Set([...html.matchAll(/href="(\/bai-viet\/[^"#?]+)"/g)].map((m) => m[1]!))];
}

describe("without JavaScript", () => {
  test("the seed article is all there: headline, lead, figures, pull quotes, byline", async () => {
    const page = await pageWithoutJavaScript();
    await page.goto(`${base}${SEED.path}`);

    expect(await page.locator("h1").count(), "exactly one h1").toBe(1);
    expect(clean(await page.locator("h1").textContent())).toBe(SEED.title);
    const lead = page.locator("article p", { hasText: "Nhiệm kỳ 2015-2020, Đảng bộ xã Quảng Thành (huyện Hải Hà)" });
    expect(await lead.count(), "the lead").toBe(1);
    expect(await lead.isVisible()).toBe(true);

    const figures = page.locator("figure:has(figcaption):not(:has(blockquote))");
    expect(await figures.count(), "image figures with a figcaption").toBe(2);
    const captions = (await figures.locator("figcaption").allTextContents()).map(clean);
    expect(captions[0]).toContain("Tuyến đường trục chính xã Quảng Thành (huyện Hải Hà) được trang trí rực rỡ");
    expect(captions[1]).toContain("Hộ ông Vũ Văn Thiết, một trong những điển hình nông dân");

    await expectSeedQuotesAndByline(page);
  });

  test("home lists the articles as plain links", async () => {
    const page = await pageWithoutJavaScript();
    await page.goto(`${base}/`);
    expect(await page.locator(`a[href="${SEED.path}"]`).count(), "a link to the seed").toBeGreaterThan(0);
  });

  test("an unknown path shows the not-found page", async () => {
    const page = await pageWithoutJavaScript();
    const response = await page.goto(`${base}/bai-viet/khong-co-bai-nay`);
    expect(response?.status()).toBe(404);
    expect(clean(await page.locator("h1").textContent())).toBe(NOT_FOUND_TITLE);
  });
});

describe("the seed article's HTML response", () => {
  test("is the prerendered page, with status 200", async () => {
    const { status, type, html } = await get(SEED.path);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(html).toContain(SEED_TITLE_TAG);
    expect(html).toMatch(new RegExp(`<div id="root">.*<h1[^>]*>${SEED.title}</h1>`, "s"));
  });

  test("has the title, description, canonical, OpenGraph and Twitter tags in its head", async () => {
    const { html } = await get(SEED.path);
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain(SEED_TITLE_TAG);
    const page = await parse(html);

    expect(await page.locator("head title").count()).toBe(1);
    const description = await attr(page, 'head meta[name="description"]', "content");
    expect(description).toMatch(/^Nhiệm kỳ 2015-2020, Đảng bộ xã Quảng Thành/);
    expect(description!.length).toBeLessThanOrEqual(160);
    expect(await page.locator('head link[rel="canonical"]').count()).toBe(1);
    expect(await attr(page, 'head link[rel="canonical"]', "href")).toMatch(new RegExp(`^https?://[^/]+${SEED.path}$`));
    expect(await attr(page, 'head meta[property="og:type"]', "content")).toBe("article");
    expect(await attr(page, 'head meta[property="og:title"]', "content")).toBe(SEED.title);
    expect(await attr(page, 'head meta[property="og:locale"]', "content")).toBe("vi_VN");
    expect(await attr(page, 'head meta[property="og:url"]', "content")).toBe(await attr(page, 'head link[rel="canonical"]', "href"));
    expect(await attr(page, 'head meta[property="article:published_time"]', "content")).toBe(SEED.publishedAt);
    expect(await attr(page, 'head meta[name="twitter:card"]', "content")).toMatch(/^summary(_large_image)?$/);
    expect(await page.locator('meta[name="robots"]').count(), "no noindex on an article").toBe(0);
  });

  test("puts the page's head tags before the scripts and styles", async () => {
    const { html } = await get(SEED.path);
    const title = html.indexOf("<title>");
    expect(title).toBeGreaterThan(0);
    expect(title).toBeLessThan(html.indexOf("<script"));
    expect(title).toBeLessThan(html.indexOf('rel="stylesheet"'));
  });

  test("carries a JSON-LD NewsArticle with the right headline and date, and its breadcrumb trail", async () => {
    const { html } = await get(SEED.path);
    const page = await parse(html);
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(blocks.map((b) => b["@type"])).toEqual(["NewsArticle", "BreadcrumbList"]);
    const trail = blocks[1]!.itemListElement as Array<{ name: string; item?: string }>;
    expect(trail.map((step) => step.name)).toEqual(["Trang chủ", "Lưu trữ", "Tháng 3/2020", SEED.title]);
    const ld = blocks[0]!;
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe(SEED.title);
    expect(ld.datePublished).toBe(SEED.publishedAt);
    expect(ld.author).toEqual({ "@type": "Person", name: SEED.byline });
    expect(ld.url).toBe(await attr(page, 'head link[rel="canonical"]', "href"));
    expect(ld.inLanguage).toBe("vi");
  });
});

describe("every built page", () => {
  test("every article on home is prerendered at its own address, with its own canonical", async () => {
    const paths = await articlePaths();
    expect(paths).toContain(SEED.path);
    for (const path of paths) {
      const { status, html } = await get(path);
      expect(status, path).toBe(200);
      expect(html, path).toMatch(/<div id="root">.*<h1[^>]*>[^<]+<\/h1>/s);
      expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+${path}"`));
      expect(html.match(/<title>/g), `${path}: one <title>`).toHaveLength(1);
    }
  });

  test("carries one CSP meta, before any script, allowing scripts from this site only", async () => {
    const paths = ["/", "/bai-viet/khong-co-bai-nay", "/khong-co-trang", ...(await articlePaths())];
    for (const path of paths) {
      const { html } = await get(path);
      const metas = [...html.matchAll(CSP_META)];
      expect(metas, `${path}: one CSP meta`).toHaveLength(1);
      const policy = metas[0]![1]!;
      expect(policy, path).toMatch(/(^|;\s*)script-src 'self'(;|$)/);
      expect(policy, path).not.toContain("unsafe-inline");
      expect(metas[0]!.index, `${path}: CSP before the first script`).toBeLessThan(html.indexOf("<script"));
    }
  });
});

describe("not found", () => {
  test.each(["/bai-viet/khong-co-bai-nay", "/khong-co-trang", "/khong/co/trang/nao"])(
    "%s is answered with status 404 and the not-found page",
    async (path) => {
      const { status, type, html } = await get(path);
      expect(status).toBe(404);
      expect(type).toMatch(/^text\/html/);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${NOT_FOUND_TITLE}</h1>`));
      expect(html).toContain('href="/"');
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(html).not.toContain('rel="canonical"');
    },
  );

  test("/trang/2 is 404 while the corpus fits on one home page", async () => {
    const home = await get("/");
    expect(home.html, "home has no next page at this corpus size").not.toContain('rel="next"');
    const { status, html } = await get("/trang/2");
    expect(status).toBe(404);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${NOT_FOUND_TITLE}</h1>`));
  });

  test("a HEAD request gets the status without a body", async () => {
    const found = await fetch(`${base}${SEED.path}`, { method: "HEAD" });
    expect(found.status).toBe(200);
    expect(await found.text()).toBe("");
    const missing = await fetch(`${base}/khong-co-trang`, { method: "HEAD" });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("");
  });
});

describe("the content security policy", () => {
  test("is enforced: an injected inline script is refused and reported", async () => {
    if (!chromiumBrowser) throw new Error("Chromium did not start");
    // Its own context: the refusal is logged as a console error on purpose here.
    const context = await chromiumBrowser.newContext();
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = seen;
        document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective));
      });
      await page.goto(`${base}${SEED.path}`);
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.body.append(script);
      });
      await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toContainEqual(expect.stringMatching(/^script-src/));
      expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});
