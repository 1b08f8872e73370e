/**
 * Search on the built site (issue 5): the masthead's search box on every page, results at
 * /tim-kiem?q=… as you type, Vietnamese folding (hai ha = HẢI HÀ = Hải Hà), highlights, the
 * no-results message, a direct load, the form without JavaScript, the index kept out of the
 * first load, and axe on the results page.
 */
import { chromium, type Browser as PlaywrightBrowser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARGS, findChromium } from "../../scripts/support/chromium.ts";
import { SEED, clean, expectHeadline, expectNoAxeViolations, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();
const SEARCH_TITLE = "Tìm kiếm";
/** A file of the sharded index (data/search/…) and the search page's chunk. */
const SEARCH_INDEX = /\/data\/search\//;
const SEARCH_CHUNK = /\/assets\/SearchPage-[\w-]+\.js$/;

/** The app has hydrated the page: React has attached its props to the <h1>. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const h1 = document.querySelector("h1");
    return h1 !== null && Object.keys(h1).some((key) => key.startsWith("__reactProps$"));
  });
}

async function openHome(): Promise<Page> {
  const page = await browser().newPage();
  await page.goto(`${base}/`);
  await hydrated(page);
  return page;
}

/** The results list's links, once the status says how many there are (for `query`, when given). */
async function results(page: Page, query?: string) {
  const said = query === undefined ? /kết quả|Không tìm thấy/ : new RegExp(`kết quả cho “${query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”`);
  await expect.poll(() => page.getByRole("status").textContent(), { timeout: 15_000 }).toMatch(said);
  return page.getByRole("list", { name: "Kết quả tìm kiếm" }).getByRole("link");
}

describe("typing in the masthead's search box", () => {
  test.each(["hai ha", "HẢI HÀ", "Hải Hà", "dang bo tieu bieu"])("%j on home finds the seed, its words marked", async (query) => {
    const page = await openHome();
    const box = page.getByRole("search").getByRole("searchbox");
    await box.pressSequentially(query, { delay: 40 });
    await page.waitForURL((url) => url.pathname === "/tim-kiem" && url.searchParams.get("q") === query);
    await expectHeadline(page, SEARCH_TITLE);
    await results(page, query);
    const seed = page.locator(`main ol a[href="${SEED.path}"]`);
    await expect.poll(() => seed.count()).toBe(1);
    expect(clean(await seed.first().textContent())).toBe(SEED.title);
    // Matched words are <mark>ed in the seed's title.
    expect((await seed.first().locator("mark").allTextContents()).length).toBeGreaterThan(0);
    expect(clean(await page.getByRole("status").textContent())).toMatch(new RegExp(`^\\d+ kết quả cho “${query}”$`));
    // The reader is still typing: focus stays in the box, which holds what was typed.
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe(query);
  });

  test("a result clicked before the pause ends opens its article, and stays there", async () => {
    const page = await openHome();
    const box = page.getByRole("searchbox");
    await box.pressSequentially("dang bo tieu", { delay: 30 });
    await results(page, "dang bo tieu");
    // The last letters and the click come within the pause: the pending search must not follow.
    await box.pressSequentially(" bieu", { delay: 10 });
    await page.locator(`main ol a[href="${SEED.path}"]`).click();
    await page.waitForURL(`${base}${SEED.path}`);
    await page.waitForTimeout(400);
    expect(new URL(page.url()).pathname).toBe(SEED.path);
    await expectHeadline(page, SEED.title);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/tim-kiem" && url.searchParams.get("q") === "dang bo tieu bieu");
  });

  test("marks the matched words as they are written, whatever was typed", async () => {
    const page = await openHome();
    await page.getByRole("searchbox").pressSequentially("hai ha", { delay: 30 });
    await results(page, "hai ha");
    const link = page.locator(`main a[href="${SEED.path}"]`);
    await link.waitFor();
    expect(await link.locator("mark").allTextContents()).toEqual(["Hải Hà"]);
  });

  test("a nonsense query says there are no results", async () => {
    const page = await openHome();
    await page.getByRole("searchbox").pressSequentially("xqzvw jjkkq", { delay: 30 });
    await expect.poll(() => page.getByRole("status").textContent(), { timeout: 15_000 }).toBe("Không tìm thấy kết quả cho “xqzvw jjkkq”");
    expect(await page.getByRole("list", { name: "Kết quả tìm kiếm" }).count()).toBe(0);
  });

  test("Back leaves search in one step, however many letters were typed", async () => {
    const page = await openHome();
    await page.getByRole("searchbox").pressSequentially("hai ha", { delay: 200 });
    await results(page, "hai ha");
    await page.goBack();
    await page.waitForURL(`${base}/`);
    await expectHeadline(page, "Tin mới nhất");
  });

  test("a result opens its article", async () => {
    const page = await openHome();
    await page.getByRole("searchbox").pressSequentially("dang bo tieu bieu", { delay: 30 });
    await results(page, "dang bo tieu bieu");
    await page.locator(`main a[href="${SEED.path}"]`).click();
    await page.waitForURL(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);
    expect(await page.getByRole("searchbox").inputValue(), "the box is cleared on leaving search").toBe("");
  });

  test("works from an article's masthead too", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${SEED.path}`);
    await hydrated(page);
    await page.getByRole("searchbox").fill("Hải Hà");
    await page.getByRole("searchbox").press("Enter");
    await page.waitForURL((url) => url.pathname === "/tim-kiem");
    expect(await (await results(page)).count()).toBeGreaterThan(0);
  });
});

describe("/tim-kiem loaded directly", () => {
  test("?q=hai%20ha shows the seed, the box holding the query", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/tim-kiem?q=hai%20ha`);
    await expectHeadline(page, SEARCH_TITLE);
    await (await results(page)).first().waitFor();
    expect(await page.locator(`main a[href="${SEED.path}"]`).count()).toBe(1);
    expect(await page.getByRole("searchbox").inputValue()).toBe("hai ha");
    expect(await page.title()).toBe("Tìm kiếm: hai ha — Tin Hải Hà");
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex");
  });

  test("with no query asks for one and loads no index", async () => {
    const page = await browser().newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${base}/tim-kiem`);
    await hydrated(page);
    expect(clean(await page.getByRole("status").textContent())).toMatch(/^Gõ từ khóa/);
    await page.waitForTimeout(300);
    expect(requested.filter((u) => SEARCH_INDEX.test(u))).toEqual([]);
  });
});

describe("the index stays out of the first load", () => {
  test.each([
    ["home", "/"],
    ["the seed article", SEED.path],
  ])("%s requests neither the index nor the search page's code until the reader types", async (_label, path) => {
    const page = await browser().newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}${path}`);
    await hydrated(page);
    await page.waitForLoadState("networkidle");
    expect(requested.filter((u) => SEARCH_INDEX.test(u) || SEARCH_CHUNK.test(u))).toEqual([]);
    // The first key fetches them: the code, then the index's files for what was typed.
    await page.getByRole("searchbox").press("h");
    await expect.poll(() => requested.filter((u) => SEARCH_INDEX.test(u)).length).toBeGreaterThan(0);
    await expect.poll(() => requested.filter((u) => SEARCH_CHUNK.test(u)).length).toBe(1);
  });
});

describe("accessibility", () => {
  test.each(["light", "dark"] as const)("the results page has no WCAG 2.1 A/AA violations (%s)", async (colorScheme) => {
    const page = await browser().newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`${base}/tim-kiem?q=hai%20ha`);
    await (await results(page)).first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await expectNoAxeViolations(page, `search results (${colorScheme})`);
  });

  test("the no-results page has none either", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/tim-kiem?q=xqzvw`);
    await expect.poll(() => page.getByRole("status").textContent(), { timeout: 15_000 }).toMatch(/^Không tìm thấy kết quả/);
    await expectNoAxeViolations(page, "search, no results");
  });
});

describe("without JavaScript", () => {
  let chromiumBrowser: PlaywrightBrowser | undefined;
  beforeAll(async () => {
    chromiumBrowser = await chromium.launch({ executablePath: findChromium(), args: ARGS, headless: true });
  });
  afterAll(async () => {
    await chromiumBrowser?.close();
  });

  test("on a phone the masthead's search and menu buttons open their panels with JavaScript off", async () => {
    const context = await chromiumBrowser!.newContext({ javaScriptEnabled: false, locale: "vi-VN", viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${base}${SEED.path}`);
      expect(await page.getByRole("searchbox").isVisible()).toBe(false);
      await page.locator('.masthead summary[aria-label="Tìm kiếm"]').click();
      expect(await page.getByRole("searchbox").isVisible()).toBe(true);
      await page.locator('.masthead summary[aria-label="Mục lục"]').click();
      expect(await page.getByRole("link", { name: "Trang chủ" }).first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  test("the masthead's form submits to /tim-kiem?q=…, a prerendered page that says search needs JavaScript", async () => {
    const context = await chromiumBrowser!.newContext({ javaScriptEnabled: false, locale: "vi-VN" });
    try {
      const page = await context.newPage();
      await page.goto(`${base}${SEED.path}`);
      await page.getByRole("searchbox").fill("hai ha");
      await page.getByRole("searchbox").press("Enter");
      await page.waitForURL((url) => url.pathname === "/tim-kiem" && url.searchParams.get("q") === "hai ha");
      expect(new URL(page.url()).search).toBe("?q=hai+ha");
      expect(clean(await page.locator("h1").textContent())).toBe(SEARCH_TITLE);
      expect(clean(await page.locator("main").textContent())).toContain("Tìm kiếm cần JavaScript");
      // The button submits too.
      await page.getByRole("searchbox").fill("Hải Hà");
      await page.getByRole("button", { name: "Tìm", exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get("q") === "Hải Hà");
    } finally {
      await context.close();
    }
  });
});
