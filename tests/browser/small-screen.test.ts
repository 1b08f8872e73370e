/** A 360 px wide phone: nothing may scroll sideways. */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { ARTICLE_LINKS, SEED, expectHeadline, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

async function overflow(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => {
    const root = document.documentElement;
    // The widest offenders, to name them when the test fails.
    const wide = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
}

test.each([
  { label: "home", path: "/", h1: null },
  { label: "the seed article", path: SEED.path, h1: SEED.title },
])("$label does not scroll sideways at 360 px", async ({ label, path, h1 }) => {
  const page = await browser().newPage();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${base}${path}`);
  if (h1) await expectHeadline(page, h1);
  else await page.locator(ARTICLE_LINKS).first().waitFor();
  const { scrollWidth, clientWidth, wide } = await overflow(page);
  expect(scrollWidth, `${label}: scrollWidth <= clientWidth; too wide: ${wide.join(", ") || "none found"}`).toBeLessThanOrEqual(clientWidth);
});

test("on a 390 × 844 phone the masthead is one row of at most 64 px, and the headline starts within 120 px of the top", async () => {
  const page = await browser().newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}${SEED.path}`);
  await expectHeadline(page, SEED.title);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const { masthead, headline } = await page.evaluate(() => ({
    masthead: document.querySelector(".masthead")!.getBoundingClientRect().height,
    headline: document.querySelector("h1")!.getBoundingClientRect().top,
  }));
  expect(masthead).toBeLessThanOrEqual(64);
  expect(headline).toBeLessThanOrEqual(120);
  // Its two buttons are a thumb's size, and each opens its panel: the search box, the menu's links.
  for (const name of ["Tìm kiếm", "Mục lục"]) {
    const box = await page.locator(`.masthead summary[aria-label="${name}"]`).boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
  expect(await page.getByRole("searchbox").isVisible()).toBe(false);
  await page.locator('summary[aria-label="Tìm kiếm"]').click();
  expect(await page.getByRole("searchbox").isVisible()).toBe(true);
  await page.locator('summary[aria-label="Mục lục"]').click();
  expect(await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Trang chủ" }).isVisible()).toBe(true);
  expect(await page.getByRole("button", { name: "Chế độ tối" }).isVisible()).toBe(true);
});
