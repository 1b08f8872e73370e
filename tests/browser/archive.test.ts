/**
 * The archive's ways in, on the built site: the seed's byline and dateline lead to its author's
 * page and its month, the indexes list them, and every page kind reads without JavaScript.
 */
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARGS, findChromium } from "../../scripts/support/chromium.ts";
import { SEED, clean, expectHeadline, expectHydrated, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();
const inMain = (selector: string) => `main ${selector}`;

describe("from the seed article", () => {
  test("its byline 'Hoàng Giang' leads to the author's page, which lists it", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${SEED.path}`);
    await expectHydrated(page);
    await page.locator(".article-byline").getByRole("link", { name: "Hoàng Giang" }).click();
    await expectHeadline(page, "Hoàng Giang");
    expect(new URL(page.url()).pathname).toBe("/tac-gia/hoang-giang");
    expect(await page.locator(inMain(`a[href="${SEED.path}"]`)).count()).toBe(1);
    expect(await page.title()).toBe("Hoàng Giang — Tin Hải Hà");
  });

  test("its dateline leads to March 2020, which lists it; back returns to the article", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${SEED.path}`);
    await expectHydrated(page);
    await page.locator(".article-dateline a").click();
    await expectHeadline(page, "Tháng 3/2020");
    expect(new URL(page.url()).pathname).toBe("/luu-tru/2020/3");
    expect(await page.locator(inMain(`a[href="${SEED.path}"]`)).count()).toBe(1);
    await page.goBack();
    await expectHeadline(page, SEED.title);
  });
});

describe("topics (issue 13)", () => {
  test("the seed's 'Chủ đề' row leads to Quảng Thành's page, which lists the seed; its link opens the seed; back returns", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${SEED.path}`);
    await expectHydrated(page);
    await page.getByRole("navigation", { name: "Chủ đề" }).getByRole("link", { name: "Quảng Thành", exact: true }).click();
    await expectHeadline(page, "Quảng Thành");
    expect(new URL(page.url()).pathname).toBe("/chu-de/quang-thanh");
    expect(clean(await page.locator(".shelf-meta").first().textContent())).toMatch(/^Địa danh · \d+ bài viết$/);
    await page.locator(inMain(`a[href="${SEED.path}"]`)).first().click();
    await expectHeadline(page, SEED.title);
    await page.goBack();
    await expectHeadline(page, "Quảng Thành");
    expect(new URL(page.url()).pathname).toBe("/chu-de/quang-thanh");
  });

  test("each of the seed's places and people has a page listing the seed, and /chu-de lists them all", async () => {
    const topics = { "hai-ha": "Hải Hà", "quang-thanh": "Quảng Thành", "hai-dong": "Hải Đông", "tran-van-tri": "Trần Văn Trí", "dang-xuan-tuc": "Đặng Xuân Túc" };
    const index = await (await fetch(`${base}/chu-de`)).text();
    for (const [slug, name] of Object.entries(topics)) {
      const html = await (await fetch(`${base}/chu-de/${slug}`)).text();
      expect(html, slug).toContain(`<h1 class="list-title">${name}</h1>`);
      expect(html, slug).toContain(`href="${SEED.path}"`);
      expect(index, slug).toContain(`href="/chu-de/${slug}"`);
    }
    for (const never of ["dang", "dang-uy", "huyen-uy", "bi-thu", "nhiem-ky", "dac-biet", "tu-do", "vi-vay"]) expect((await fetch(`${base}/chu-de/${never}`)).status, never).toBe(404);
  });

  test("search lists Quảng Thành above the articles, and its link opens the topic", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/tim-kiem?q=${encodeURIComponent("quang thanh")}`);
    const topics = page.getByRole("region", { name: "Chủ đề phù hợp" });
    await topics.getByRole("link", { name: "Quảng Thành", exact: true }).click();
    await expectHeadline(page, "Quảng Thành");
  });
});

describe("the indexes", () => {
  test("/luu-tru shows 2020 with its count, and March among its months", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/luu-tru`);
    await expectHeadline(page, "Lưu trữ");
    const year = page.getByRole("heading", { level: 2, name: /^2020 / });
    expect(clean(await year.textContent())).toMatch(/^2020 \d+ bài viết$/);
    await page.getByRole("link", { name: "Tháng 3/2020" }).click();
    await expectHeadline(page, "Tháng 3/2020");
  });

  test("/tac-gia lists Hoàng Giang, leading to their page", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/tac-gia`);
    await expectHeadline(page, "Tác giả");
    await expectHydrated(page);
    await page.locator("main").getByRole("link", { name: "Hoàng Giang" }).click();
    await expectHeadline(page, "Hoàng Giang");
  });

  test("the menu leads to the archive, the authors and the topics", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    expect(await nav.getByRole("link", { name: "Lưu trữ" }).getAttribute("href")).toBe("/luu-tru");
    expect(await nav.getByRole("link", { name: "Tác giả" }).getAttribute("href")).toBe("/tac-gia");
    expect(await nav.getByRole("link", { name: "Chủ đề" }).getAttribute("href")).toBe("/chu-de");
  });
});

describe("without JavaScript", () => {
  let chromiumBrowser: PlaywrightBrowser | undefined;
  let noScript: BrowserContext | undefined;
  beforeAll(async () => {
    chromiumBrowser = await chromium.launch({ executablePath: findChromium(), args: ARGS, headless: true });
    noScript = await chromiumBrowser.newContext({ javaScriptEnabled: false, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  });
  afterAll(async () => {
    await chromiumBrowser?.close();
  });

  test.each([
    { path: "/tac-gia", h1: "Tác giả", link: "/tac-gia/hoang-giang" },
    { path: "/tac-gia/hoang-giang", h1: "Hoàng Giang", link: SEED.path },
    { path: "/tac-gia/hoang-giang/trang/1", h1: "Hoàng Giang — Trang 1", link: SEED.path },
    { path: "/chu-de", h1: "Chủ đề", link: "/chu-de/quang-thanh" },
    { path: "/chu-de/quang-thanh", h1: "Quảng Thành", link: SEED.path },
    { path: "/chu-de/quang-thanh/trang/1", h1: "Quảng Thành — Trang 1", link: SEED.path },
    { path: "/chu-de/tran-van-tri", h1: "Trần Văn Trí", link: SEED.path },
    { path: "/luu-tru", h1: "Lưu trữ", link: "/luu-tru/2020/3" },
    { path: "/luu-tru/2020/3", h1: "Tháng 3/2020", link: SEED.path },
  ])("$path reads from its HTML alone", async ({ path, h1, link }) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    const page = await noScript!.newPage();
    await page.goto(`${base}${path}`);
    expect(clean(await page.locator("h1").textContent())).toBe(h1);
    expect(await page.locator(`main a[href="${link}"]`).count()).toBeGreaterThan(0);
    expect(await page.getByRole("navigation", { name: "Đường dẫn" }).count()).toBe(1);
    await page.close();
  });

  test("an author's page names the author's feed, which is RSS with the seed in it", async () => {
    const html = await (await fetch(`${base}/tac-gia/hoang-giang`)).text();
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Hoàng Giang — Tin Hải Hà" href="/tac-gia/hoang-giang/rss.xml"');
    const page = await noScript!.newPage();
    await page.setContent("<p>feed</p>");
    const xml = await (await fetch(`${base}/tac-gia/hoang-giang/rss.xml`)).text();
    const links = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.querySelector("parsererror")) return null;
      return [...doc.getElementsByTagName("item")].map((item) => item.getElementsByTagName("link")[0]?.textContent ?? "");
    }, xml);
    expect(links).not.toBeNull();
    expect(links!.some((link) => link.endsWith(SEED.path))).toBe(true);
    await page.close();
  });
});
