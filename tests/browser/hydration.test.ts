/**
 * The prerendered pages come alive: hydration adopts the server's DOM without a mismatch, the
 * head keeps one set of tags that follows client navigation, and the CSP never fires.
 */
import type { Page } from "playwright-core";
import { afterEach, describe, expect, test } from "vitest";
import { NOT_FOUND_TITLE, SEED, clean, expectHeadline, headline, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();
const RELATED = 'aside[aria-label="Tin liên quan"] a[href^="/bai-viet/"]';

type Watched = { violations: string[]; serverH1: Element | null; loadedOnce: boolean };
declare global {
  interface Window {
    __watched?: Watched;
  }
}

/** Hydration and CSP trouble the shared console-error check would not see. */
let trouble: string[] = [];
afterEach(() => {
  const taken = trouble;
  trouble = [];
  expect(taken, "hydration warnings and CSP violations").toEqual([]);
});

/**
 * A tab that records CSP violations and the h1 the HTML parser made (before any script ran),
 * and reports console warnings about hydration.
 */
async function watchedPage(): Promise<Page> {
  const page = await browser().newPage();
  page.on("console", (message) => {
    if (/hydrat|Minified React error #(418|419|421|422|423|425)/i.test(message.text())) {
      trouble.push(`console.${message.type()} on ${page.url()}: ${message.text()}`);
    }
  });
  await page.addInitScript(() => {
    const watched: Watched = { violations: [], serverH1: null, loadedOnce: true };
    window.__watched = watched;
    document.addEventListener("securitypolicyviolation", (e) => {
      watched.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
    new MutationObserver((_, observer) => {
      const h1 = document.querySelector("h1");
      if (!h1) return;
      watched.serverH1 = h1;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return page;
}

/** Waits until React has hydrated the h1 (it attaches its props to the DOM node it adopts). */
async function waitForHydration(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector("h1") ?? {}).some((k) => k.startsWith("__reactProps$"))), {
      timeout: 15_000,
    })
    .toBe(true);
}

async function expectNoViolations(page: Page): Promise<void> {
  const violations = await page.evaluate(() => window.__watched?.violations ?? ["no watcher"]);
  trouble.push(...violations.map((v) => `CSP violation on ${page.url()}: ${v}`));
}

/** The head's tags as a reader's browser, a crawler or a link preview reads them. */
function headTags(page: Page) {
  return page.evaluate(() => {
    const all = (selector: string) => [...document.head.querySelectorAll(selector)];
    const values = (selector: string, name: string) => all(selector).map((el) => el.getAttribute(name));
    return {
      titles: all("title").map((t) => t.textContent),
      title: document.title,
      descriptions: values('meta[name="description"]', "content"),
      canonicals: values('link[rel="canonical"]', "href"),
      ogTitles: values('meta[property="og:title"]', "content"),
      ogTypes: values('meta[property="og:type"]', "content"),
      ogUrls: values('meta[property="og:url"]', "content"),
      robots: values('meta[name="robots"]', "content"),
      // The page's own JSON-LD (an article's NewsArticle), the breadcrumb trail's aside.
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')]
        .map((s) => JSON.parse(s.textContent ?? "{}") as { "@type"?: string; headline?: string })
        .filter((ld) => ld["@type"] !== "BreadcrumbList"),
    };
  });
}

/** The same tags in the page's own prerendered file, as the server sends it. */
async function prerenderedHead(path: string) {
  const html = await (await fetch(`${base}${path}`)).text();
  const attr = (re: RegExp) => (html.match(re)?.[1] ?? "").replace(/&amp;/g, "&").replace(/&quot;/g, '"');
  return {
    title: attr(/<title>([^<]*)<\/title>/),
    description: attr(/<meta name="description" content="([^"]*)"/),
    canonical: attr(/<link rel="canonical" href="([^"]*)"/),
  };
}

describe("hydrating the prerendered article", () => {
  test("adopts the server's DOM instead of rendering it again", async () => {
    const page = await watchedPage();
    await page.goto(`${base}${SEED.path}`);
    await waitForHydration(page);
    expect(await page.evaluate(() => window.__watched?.serverH1 === document.querySelector("h1")), "the h1 is the parser's node").toBe(true);
    expect(await headline(page)).toBe(SEED.title);
    await expectNoViolations(page);
  });

  test("leaves one title and one description in the head", async () => {
    const page = await watchedPage();
    await page.goto(`${base}${SEED.path}`);
    await waitForHydration(page);
    const head = await headTags(page);
    expect(head.titles).toEqual([`${SEED.title} — Tin Hải Hà`]);
    expect(head.descriptions).toHaveLength(1);
    expect(head.canonicals).toHaveLength(1);
    expect(head.ogTitles).toEqual([SEED.title]);
    expect(head.ogUrls).toEqual(head.canonicals);
    expect(head.jsonLd.map((ld) => ld.headline)).toEqual([SEED.title]);
  });

  test("then a related link opens its article in the page, with no errors", async () => {
    const page = await watchedPage();
    await page.goto(`${base}${SEED.path}`);
    await waitForHydration(page);

    const link = page.locator(RELATED).first();
    const title = clean(await link.textContent());
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await page.waitForURL(`${base}${href}`);
    await expectHeadline(page, title);
    expect(await page.evaluate(() => window.__watched?.loadedOnce), "navigated in the page, not by reloading it").toBe(true);
    await expectNoViolations(page);
  });
});

describe("the head after client navigation", () => {
  test("has the new article's title, description and canonical, once each", async () => {
    const page = await watchedPage();
    await page.goto(`${base}${SEED.path}`);
    await waitForHydration(page);
    const before = await headTags(page);

    const link = page.locator(RELATED).first();
    const href = (await link.getAttribute("href"))!;
    const title = clean(await link.textContent());
    await link.click();
    await page.waitForURL(`${base}${href}`);
    await expectHeadline(page, title);

    const expected = await prerenderedHead(href);
    await expect.poll(() => page.title()).toBe(`${title} — Tin Hải Hà`);
    const after = await headTags(page);
    expect(after.titles).toEqual([expected.title]);
    expect(after.descriptions).toEqual([expected.description]);
    expect(after.descriptions).not.toEqual(before.descriptions);
    expect(after.canonicals).toEqual([expected.canonical]);
    expect(after.canonicals[0]).toMatch(new RegExp(`${href}$`));
    expect(after.ogTitles).toEqual([title]);
    expect(after.ogUrls).toEqual(after.canonicals);
    expect(after.jsonLd.map((ld) => ld.headline), "one JSON-LD, the new article's").toEqual([title]);
    await expectNoViolations(page);
  });

  test("follows back to the seed and on to home", async () => {
    const page = await watchedPage();
    await page.goto(`${base}${SEED.path}`);
    await waitForHydration(page);
    const seedHead = await headTags(page);
    await page.locator(RELATED).first().click();
    await page.waitForURL((url) => url.pathname !== SEED.path);

    await page.goBack();
    await expectHeadline(page, SEED.title);
    await expect.poll(() => page.title()).toBe(`${SEED.title} — Tin Hải Hà`);
    expect(await headTags(page)).toEqual(seedHead);

    await page.getByRole("link", { name: "Tin Hải Hà — Trang chủ" }).click();
    await page.waitForURL(`${base}/`);
    await expect.poll(() => page.title()).toBe("Tin Hải Hà");
    const home = await headTags(page);
    const expected = await prerenderedHead("/");
    expect(home.titles).toEqual(["Tin Hải Hà"]);
    expect(home.descriptions).toEqual([expected.description]);
    expect(home.canonicals).toEqual([expected.canonical]);
    expect(home.ogTypes).toEqual(["website"]);
    expect(home.jsonLd).toEqual([]);
    await expectNoViolations(page);
  });
});

describe("hydrating the archive's pages", () => {
  test.each(["/tac-gia", "/tac-gia/hoang-giang", "/tac-gia/hoang-giang/trang/1", "/chu-de", "/chu-de/quang-thanh", "/chu-de/quang-thanh/trang/1", "/luu-tru", "/luu-tru/2020/3"])("%s adopts the server's DOM without a mismatch", async (path) => {
    const page = await watchedPage();
    await page.goto(`${base}${path}`);
    await waitForHydration(page);
    expect(await page.evaluate(() => window.__watched?.serverH1 === document.querySelector("h1")), "the h1 is the parser's node").toBe(true);
    expect(new URL(page.url()).pathname).toBe(path);
    await expectNoViolations(page);
  });
});

describe("hydrating the not-found page", () => {
  test.each(["/bai-viet/khong-co-bai-nay", "/khong-co-trang", "/trang/2", "/trang/abc"])("%s hydrates 404.html without a mismatch", async (path) => {
    const page = await watchedPage();
    await page.goto(`${base}${path}`);
    await waitForHydration(page);
    expect(await page.evaluate(() => window.__watched?.serverH1 === document.querySelector("h1")), "the h1 is the parser's node").toBe(true);
    await expectHeadline(page, NOT_FOUND_TITLE);
    const head = await headTags(page);
    expect(head.titles).toEqual([`${NOT_FOUND_TITLE} — Tin Hải Hà`]);
    expect(head.robots).toEqual(["noindex"]);
    expect(head.canonicals).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(path);
    await expectNoViolations(page);
  });

  test("/trang/1, the oldest list page, is its own page and hydrates without an error", async () => {
    const page = await watchedPage();
    await page.goto(`${base}/trang/1`);
    await expect.poll(() => page.title()).toBe("Trang 1 — Tin Hải Hà");
    expect(await page.locator(`a[href="${SEED.path}"]`).count()).toBeGreaterThan(0);
    expect(page.url()).toBe(`${base}/trang/1`);
    await expectNoViolations(page);
  });
});
