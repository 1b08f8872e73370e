/** Reading the built site as a visitor does: home → article → related → back, previous/next, deep links. */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { ARTICLE_LINKS, SEED, clean, expectHeadline, headline, siteURL, useBrowser, expectSeedQuotesAndByline } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Home, walking its pagination (rel="next") until the link to `path` shows up. */
async function findOnHome(page: Page, path: string) {
  await page.goto(`${base}/`);
  for (let visited = 1; visited <= 500; visited++) {
    await page.locator(ARTICLE_LINKS).first().waitFor();
    const link = page.locator(`a[href="${path}"]`).first();
    if ((await link.count()) > 0) return link;
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    const before = page.url();
    await next.first().click();
    await page.waitForURL((url) => url.href !== before);
  }
  throw new Error(`no link to ${path} on any page of the home list`);
}

describe("home", () => {
  test("lists article links, and the seed's link opens the seed", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await page.locator(ARTICLE_LINKS).first().waitFor();
    expect(await page.locator(ARTICLE_LINKS).count()).toBeGreaterThan(0);

    const link = await findOnHome(page, SEED.path);
    expect(clean(await link.textContent())).toContain(SEED.title);
    await link.click();
    await page.waitForURL(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);
  });
});

describe("the seed article", () => {
  test("shows its dateline, figures, pull quotes and byline", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);

    const time = page.locator(`time[datetime="${SEED.publishedAt}"]`);
    expect(await time.count(), `<time datetime="${SEED.publishedAt}">`).toBeGreaterThan(0);
    expect(clean(await time.first().textContent())).toBe(SEED.dateline);

    // Image figures (the dump lost the pictures: alt text and caption remain).
    const figures = page.locator("figure:has(figcaption):not(:has(blockquote))");
    expect(await figures.count(), "image figures with a figcaption").toBe(2);
    const captions = (await figures.locator("figcaption").allTextContents()).map(clean);
    expect(captions[0]).toContain(
      "Tuyến đường trục chính xã Quảng Thành (huyện Hải Hà) được trang trí rực rỡ chào mừng đại hội đảng bộ các cấp, nhiệm kỳ 2020-2025.",
    );
    expect(captions[1]).toContain("Hộ ông Vũ Văn Thiết, một trong những điển hình nông dân");
    const firstAlt =
      "Tuyến đường trục chính xã Quảng Thành (huyện Hải Hà) được trang trí rực rỡ chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025.";
    expect(await figures.first().getByRole("img", { name: firstAlt, exact: true }).count(), "the figure's alt text").toBe(1);

    await expectSeedQuotesAndByline(page);
  });

  test("related links lead to other articles, and back returns", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);

    const related = page.locator('aside[aria-label="Tin liên quan"]').locator(ARTICLE_LINKS);
    expect(await related.count(), 'links in aside[aria-label="Tin liên quan"]').toBeGreaterThanOrEqual(3);
    const hrefs = await related.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs, "related links never point at the current article").not.toContain(SEED.path);

    const first = related.first();
    const title = clean(await first.textContent());
    const href = await first.getAttribute("href");
    await first.click();
    await page.waitForURL(`${base}${href}`);
    expect(pathOf(page)).not.toBe(SEED.path);
    expect(await headline(page), "the opened article's headline is the related link's title").toBe(title);

    await page.goBack();
    await page.waitForURL(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);
  });

  test("previous/next links exist and open those articles", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);

    const links = page.locator(`a[rel="prev"][href^="/bai-viet/"], a[rel="next"][href^="/bai-viet/"]`);
    const targets = await links.evaluateAll((as) =>
      as.map((a) => ({ rel: a.getAttribute("rel"), href: a.getAttribute("href"), text: a.textContent ?? "" })),
    );
    expect(targets.length, "previous/next article links").toBeGreaterThan(0);

    for (const target of targets) {
      await page.goto(`${base}${SEED.path}`);
      await expectHeadline(page, SEED.title);
      await page.locator(`a[rel="${target.rel}"][href="${target.href}"]`).click();
      await page.waitForURL(`${base}${target.href}`);
      const h1 = await headline(page);
      expect(h1).not.toBe(SEED.title);
      expect(clean(target.text), `the ${target.rel} link names the article it opens`).toContain(h1);
      // The way back: the opened article links to the seed in the other direction.
      const back = target.rel === "prev" ? "next" : "prev";
      expect(await page.locator(`a[rel="${back}"][href="${SEED.path}"]`).count(), `${back} link back to the seed`).toBe(1);
    }
  });
});

describe("deep links", () => {
  test("an article URL loads directly and survives a reload", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);
    await page.reload();
    await expectHeadline(page, SEED.title);
    expect(pathOf(page)).toBe(SEED.path);
  });
});
