/** Unknown article slugs and unknown paths get a plain not-found page with ways on. */
import { expect, test } from "vitest";
import { ARTICLE_LINKS, NOT_FOUND_TITLE, expectHeadline, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

test.each(["/bai-viet/khong-co-bai-nay", "/khong-co-trang"])("%s shows the not-found page", async (path) => {
  const page = await browser().newPage();
  await page.goto(`${base}${path}`);
  await expectHeadline(page, NOT_FOUND_TITLE);
  expect(await page.locator('a[href="/"]').count(), 'a link home (href="/")').toBeGreaterThan(0);
  expect(await page.locator(ARTICLE_LINKS).count(), "links to the latest articles").toBeGreaterThan(0);
  expect(new URL(page.url()).pathname, "the address stays as typed").toBe(path);
});
