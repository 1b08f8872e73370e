/** axe-core, WCAG 2.1 A and AA: zero violations, in the light and the dark colour scheme. */
import { describe, test } from "vitest";
import { ARTICLE_LINKS, NOT_FOUND_TITLE, SEED, expectHeadline, expectNoAxeViolations, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

const pages = [
  { label: "home", path: "/", h1: null },
  { label: "the seed article", path: SEED.path, h1: SEED.title },
  { label: "not found", path: "/bai-viet/khong-co-bai-nay", h1: NOT_FOUND_TITLE },
  { label: "the authors' index", path: "/tac-gia", h1: "Tác giả" },
  { label: "an author's page", path: "/tac-gia/hoang-giang", h1: "Hoàng Giang" },
  { label: "the topics' index", path: "/chu-de", h1: "Chủ đề" },
  { label: "a topic's page", path: "/chu-de/quang-thanh", h1: "Quảng Thành" },
  { label: "the archive", path: "/luu-tru", h1: "Lưu trữ" },
  { label: "a month's page", path: "/luu-tru/2020/3", h1: "Tháng 3/2020" },
] as const;

describe.each(["light", "dark"] as const)("%s colour scheme", (colorScheme) => {
  test.each(pages)("$label has no WCAG 2.1 A/AA violations", async ({ label, path, h1 }) => {
    const page = await browser().newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`${base}${path}`);
    if (h1) await expectHeadline(page, h1);
    else await page.locator(ARTICLE_LINKS).first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await expectNoAxeViolations(page, `${label} (${colorScheme})`);
  });
});
