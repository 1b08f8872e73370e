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
