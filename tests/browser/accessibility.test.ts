/** axe-core, WCAG 2.1 A and AA: zero violations, in the light and the dark colour scheme. */
import { describe, test } from "vitest";
import { ARTICLE_LINKS, NOT_FOUND_TITLE, SEED, expectHeadline, expectNoAxeViolations, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

const pages = [
  { label: "home", path: "/", h1: null },
  { label: "the seed article", path: SEED.path, h1: SEED.title },
  { label: "not found", path: "/bai-viet/khong-co-bai-nay", h1: NOT_FOUND_TITLE },
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
