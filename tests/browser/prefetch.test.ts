/** Links fetch their article's data before the click, and a fetch that fails stays quiet until it is needed. */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { SEED, clean, expectHeadline, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();
const RELATED = 'aside[aria-label="Tin liên quan"] a[href^="/bai-viet/"]';
/** An article's data file: data/a/<slug>.json. */
const ARTICLE_DATA = /\/data\/a\/([^/]+)\.json$/;

const slugOf = (href: string) => href.replace(/^\/bai-viet\//, "");

async function openHydratedSeed(page: Page): Promise<void> {
  await page.goto(`${base}${SEED.path}`);
  await expectHeadline(page, SEED.title);
  // React attaches its props to the nodes it has hydrated; before that a click is a plain page load.
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector("h1") ?? {}).some((k) => k.startsWith("__reactProps$"))))
    .toBe(true);
}

test("a related link's article data is fetched before it is clicked, and the click fetches nothing more", async () => {
  const page = await browser().newPage();
  const fetched: string[] = [];
  page.on("request", (request) => {
    const match = ARTICLE_DATA.exec(new URL(request.url()).pathname);
    if (match) fetched.push(match[1]!);
  });
  await openHydratedSeed(page);

  const link = page.locator(RELATED).first();
  const href = (await link.getAttribute("href"))!;
  const title = clean(await link.textContent());
  await link.hover();
  await expect.poll(() => fetched, { timeout: 5_000 }).toContain(slugOf(href));

  const before = fetched.length;
  await link.click();
  await page.waitForURL(`${base}${href}`);
  await expectHeadline(page, title);
  expect(fetched.slice(before), "no new data request for the clicked article").not.toContain(slugOf(href));
});

test("a prefetch whose chunk fails leaves no uncaught error on the page", async () => {
  const page = await browser().newPage();
  const failed: string[] = [];
  // Every other article's data chunk throws as it loads, as a chunk from an older deploy might.
  await page.route(ARTICLE_DATA, async (route) => {
    const slug = ARTICLE_DATA.exec(new URL(route.request().url()).pathname)![1]!;
    if (SEED.path.endsWith(`/${slug}`)) return route.continue();
    failed.push(slug);
    await route.fulfill({ status: 200, contentType: "text/javascript", body: 'throw new Error("chunk broke");' });
  });
  await openHydratedSeed(page);

  const links = page.locator(RELATED);
  for (let i = 0; i < (await links.count()); i++) await links.nth(i).hover();
  await expect.poll(() => failed.length, { timeout: 5_000 }).toBeGreaterThan(0);
  // Give a rejection time to surface as an uncaught error (the shared check reads them after the test).
  await page.waitForTimeout(500);
  await expectHeadline(page, SEED.title);
});
