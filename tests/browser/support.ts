/**
 * What every browser test file shares: one Chromium per file, the per-test "no console errors,
 * no page errors" check, readable axe reports, and the seed article's known facts.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { openBrowser, type Browser } from "../../scripts/support/chromium.ts";

/** The seed dump seeds/000_5f679b6fde1a2fd2.txt as the site must show it. */
export const SEED = {
  file: "000_5f679b6fde1a2fd2.txt",
  title: "Kinh nghiệm từ một đảng bộ tiêu biểu ở Hải Hà",
  path: "/bai-viet/kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha",
  publishedAt: "2020-03-16T11:28:00+07:00",
  dateline: "Thứ Hai, 16/03/2020, 11:28 (GMT+7)",
  byline: "Hoàng Giang",
} as const;

export const ARTICLE_LINKS = 'a[href^="/bai-viet/"]';
export const NOT_FOUND_TITLE = "Không tìm thấy trang";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The address of the built site (global-setup.ts); throws the build's or server's error when there is none. */
export function siteURL(): string {
  const error = inject("siteError");
  if (error) throw new Error(`the production build or its preview server failed:\n${error}`);
  return inject("baseURL");
}

/**
 * Opens one Chromium for the calling test file and closes it afterwards. After each test the
 * pages it opened are closed, and the test fails if any of them logged a console error or threw.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    if (!browser) return;
    expect(await browser.takeErrors(), "console errors and uncaught page errors").toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser did not start (see the beforeAll error)");
    return browser;
  };
}

/** Collapses runs of white space, as a reader sees text. */
export function clean(text: string | null): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** The page's only h1, once it has text (client rendering and lazy article chunks take a moment). */
export async function headline(page: Page): Promise<string> {
  const h1 = page.locator("h1");
  await h1.first().waitFor();
  await expect.poll(async () => clean(await h1.first().textContent()), { timeout: 15_000 }).not.toBe("");
  expect(await h1.count(), "exactly one h1").toBe(1);
  return clean(await h1.textContent());
}

/** Waits until the h1 reads `expected` (navigations and lazy chunks settle asynchronously). */
export async function expectHeadline(page: Page, expected: string, timeout = 15_000): Promise<void> {
  await expect.poll(async () => clean(await page.locator("h1").first().textContent().catch(() => "")), { timeout }).toBe(expected);
  expect(await page.locator("h1").count(), "exactly one h1").toBe(1);
}

/** Until React has hydrated the page's h1: before that, a click on a button does nothing. */
export async function expectHydrated(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector("h1") ?? {}).some((k) => k.startsWith("__reactProps$"))), { timeout })
    .toBe(true);
}

/** Zero WCAG 2.1 A/AA violations; on failure the message lists every rule, node and reason. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      return `  [${violation.impact ?? "?"}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`;
    })
    .join("\n");
  expect(violations.length, `axe found WCAG 2.1 A/AA violations on ${label} (${page.url()}):\n${report}\n`).toBe(0);
}

/** The seed article's two pull quotes (figure > blockquote, speaker beside the words) and its byline. */
export async function expectSeedQuotesAndByline(page: Page): Promise<void> {
  const quotes = page.locator("figure:has(> blockquote)");
  expect(await quotes.count(), "pull quotes (figure > blockquote)").toBe(2);
  expect(clean(await quotes.nth(0).locator("blockquote").textContent())).toMatch(/^Chúng tôi xác định rõ công tác xây dựng Đảng/);
  expect(clean(await quotes.nth(0).textContent())).toContain("Trần Văn Trí");
  expect(clean(await quotes.nth(1).locator("blockquote").textContent())).toMatch(/^Cách làm được chi ủy thống nhất/);
  expect(clean(await quotes.nth(1).textContent())).toContain("Đặng Xuân Túc");

  const byline = page.getByText(SEED.byline, { exact: true });
  expect(await byline.count(), `byline "${SEED.byline}"`).toBe(1);
  expect(await byline.isVisible()).toBe(true);
}
