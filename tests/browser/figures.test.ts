/** Figures whose image the dump lost read as caption cards, not holes (VISUAL-BRIEF, issue 12). */
import { expect, test } from "vitest";
import { SEED, expectHeadline, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

test("on the seed's desktop page, no figure without its image is taller than its caption and 48 px", async () => {
  const page = await browser().newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}${SEED.path}`);
  await expectHeadline(page, SEED.title);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll("article figure:has(figcaption):not(:has(blockquote)):not(:has(img))")].map((figure) => ({
      figure: figure.getBoundingClientRect().height,
      caption: figure.querySelector("figcaption")!.getBoundingClientRect().height,
    })),
  );
  expect(sizes, "the seed's two figures").toHaveLength(2);
  for (const { figure, caption } of sizes) expect(figure).toBeLessThanOrEqual(caption + 48);
});
