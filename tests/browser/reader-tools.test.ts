/**
 * The reader's tools on the built site: reading time, text size and dark mode that survive a
 * reload and apply before the first paint, the system's colour scheme followed, sharing,
 * printing only the article, and listening where a Vietnamese voice exists.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { ARTICLE_LINKS, SEED, clean, expectHeadline, expectHydrated, expectNoAxeViolations, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

async function openSeed(page: Page): Promise<void> {
  await page.goto(`${base}${SEED.path}`);
  await expectHeadline(page, SEED.title);
  await expectHydrated(page);
}

/** The tools' code arrives after hydration, when the page is idle: wait until a click works. */
async function toolsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => /\/ReaderTools-[\w-]+\.js$/.test(r.name)));
  await page.waitForTimeout(100);
}

const paragraphSize = (page: Page) =>
  page.locator(".article-body p").first().evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const PAPER_LIGHT = "rgb(255, 253, 248)";
const PAPER_DARK = "rgb(18, 18, 18)";

describe("reading time", () => {
  test("shows on the article and on every story in the home list", async () => {
    const page = await browser().newPage();
    await openSeed(page);
    expect(clean(await page.locator(".article-dateline").textContent())).toMatch(/^Thứ Hai, 16\/03\/2020, 11:28 \(GMT\+7\) · 4 phút đọc$/);
    await page.goto(`${base}/`);
    await page.locator(ARTICLE_LINKS).first().waitFor();
    const stories = await page.locator(".lead-story, .home-item").count();
    expect(stories).toBeGreaterThan(1);
    const times = await page.locator(".lead-story .reading-time, .home-item .reading-time").allTextContents();
    expect(times).toHaveLength(stories);
    for (const time of times) expect(clean(time)).toMatch(/^· \d+ phút đọc$/);
  });
});

describe("text size", () => {
  test("Tăng cỡ chữ and Giảm cỡ chữ change the article's text, and the choice survives a reload", async () => {
    const page = await browser().newPage();
    await openSeed(page);
    await toolsReady(page);
    const normal = await paragraphSize(page);
    await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
    await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
    await expect.poll(() => paragraphSize(page)).toBeCloseTo(normal * 1.25, 0);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Cỡ chữ" }).textContent()).toBe("Cỡ chữ 125%");

    await page.reload();
    await expectHeadline(page, SEED.title);
    expect(await paragraphSize(page)).toBeCloseTo(normal * 1.25, 0);
    await toolsReady(page);
    await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
    await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
    await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
    await expect.poll(() => paragraphSize(page)).toBeCloseTo(normal * 0.9, 0);
    // The headline and the chrome keep their size: only what is read scales.
    await page.evaluate(() => localStorage.clear());
  });
});

describe("dark mode", () => {
  test("follows the system's colour scheme when the reader has not chosen", async () => {
    const page = await browser().newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await openSeed(page);
    expect(await background(page)).toBe(PAPER_DARK);
    await expect.poll(() => page.getByRole("button", { name: "Chế độ sáng" }).isVisible()).toBe(true);
    await page.emulateMedia({ colorScheme: "light" });
    expect(await background(page)).toBe(PAPER_LIGHT);
    expect(await page.getByRole("button", { name: "Chế độ tối" }).isVisible()).toBe(true);
  });

  test("the toggle overrides the system, is remembered, and applies before the app has loaded", async () => {
    const page = await browser().newPage();
    await page.emulateMedia({ colorScheme: "light" });
    await openSeed(page);
    await page.getByRole("button", { name: "Chế độ tối" }).click();
    await expect.poll(() => background(page)).toBe(PAPER_DARK);
    await expectNoAxeViolations(page, "the seed article, dark by choice");

    // A reload with the app's JavaScript replaced by nothing: only the prerendered HTML and the
    // head script (the preferences in it) run, and the page is dark from its first frame.
    const appCode = /\/assets\/(?!boot-)[\w-]+\.js$/;
    await page.route(appCode, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
    await page.goto(`${base}${SEED.path}`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await background(page)).toBe(PAPER_DARK);
    expect(await page.getByRole("button", { name: "Chế độ sáng" }).isVisible()).toBe(true);
    await page.unroute(appCode);

    await page.goto(`${base}/`);
    await expectHydrated(page);
    await page.getByRole("button", { name: "Chế độ sáng" }).click();
    await expect.poll(() => background(page)).toBe(PAPER_LIGHT);
    await page.evaluate(() => localStorage.clear());
  });
});

describe("share", () => {
  test("Chia sẻ copies the link where there is no share sheet, and says so", async () => {
    const page = await browser().newPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    // Headless Chromium on Linux has no share sheet; make sure of it.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true }));
    await openSeed(page);
    await toolsReady(page);
    await page.getByRole("button", { name: "Chia sẻ" }).click();
    await expect.poll(() => page.getByText("Đã sao chép liên kết").isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}${SEED.path}`);
  });

  test("Chia sẻ opens the system share sheet where there is one", async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(Navigator.prototype, "share", { value: (data: unknown) => (calls.push(data), Promise.resolve()), configurable: true });
    });
    await openSeed(page);
    await toolsReady(page);
    await page.getByRole("button", { name: "Chia sẻ" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shareCalls: unknown[] }).shareCalls)).toEqual([{ title: SEED.title, url: `${base}${SEED.path}` }]);
  });
});

describe("print", () => {
  test("prints the article with its captions, byline and address, without the frame, sidebar or buttons", async () => {
    const page = await browser().newPage();
    await openSeed(page);
    await page.emulateMedia({ media: "print" });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    for (const hidden of ["header.masthead", "nav", "aside", "footer", ".reader-tools", "[role=search]", ".article-nav"]) {
      expect(await shown(hidden), `${hidden} in print`).toBe(false);
    }
    for (const kept of ["h1", ".article-dateline", ".article-lead", ".article-body p", "figcaption", ".article-byline"]) {
      expect(await shown(kept), `${kept} in print`).toBe(true);
    }
    expect(clean(await page.locator(".article-address").textContent())).toBe(`Địa chỉ bài viết: http://localhost:4173${SEED.path}`);
    expect(await shown(".article-address")).toBe(true);
    await page.emulateMedia({ media: "screen" });
    expect(await shown(".article-address")).toBe(false);
  });
});

describe("listen", () => {
  test("Nghe bài viết is hidden where the browser has no Vietnamese voice", async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => {
      Object.defineProperty(speechSynthesis, "getVoices", { value: () => [{ lang: "en-US", name: "English" }] });
    });
    await openSeed(page);
    await toolsReady(page);
    await expect.poll(() => page.getByRole("button", { name: "Chia sẻ" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Nghe bài viết" }).count()).toBe(0);
  });

  test("reads the article in vi-VN where there is a Vietnamese voice", async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => {
      const spoken: Array<{ text: string; lang: string }> = [];
      Object.assign(window, { spoken });
      Object.defineProperty(speechSynthesis, "getVoices", { value: () => [{ lang: "vi-VN", name: "Linh", voiceURI: "Linh", localService: true, default: false }] });
      Object.defineProperty(speechSynthesis, "speak", { value: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }) });
      Object.defineProperty(speechSynthesis, "cancel", { value: () => {} });
      // A fake voice is not a SpeechSynthesisVoice; the page only hands it back to the engine.
      Object.defineProperty(SpeechSynthesisUtterance.prototype, "voice", { set() {}, get: () => null, configurable: true });
    });
    await openSeed(page);
    await toolsReady(page);
    await page.getByRole("button", { name: "Nghe bài viết" }).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: Array<{ text: string; lang: string }> }).spoken);
    expect(spoken[0]).toEqual({ text: SEED.title, lang: "vi-VN" });
    expect(spoken.length).toBeGreaterThan(5);
    await expect.poll(() => page.getByRole("button", { name: "Dừng đọc" }).isVisible()).toBe(true);
  });
});
