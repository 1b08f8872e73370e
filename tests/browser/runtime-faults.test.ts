/**
 * Faults at run time on the built site: a redeploy that removed the chunks an open page names
 * (the page reloads once and reads), and a load that fails (a Vietnamese message, "Thử lại").
 */
import { describe, expect, test } from "vitest";
import { SEED, expectHeadline, expectHydrated, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

/** The failed requests these tests cause on purpose are the only console errors allowed. */
async function expectOnlyFailedLoads(): Promise<void> {
  const errors = await browser().takeErrors();
  for (const error of errors) expect(error).toMatch(/Failed to load resource|Failed to fetch dynamically imported module|\/data\/a\/[\w-]+\.json 503\b/);
}

describe("runtime faults", () => {
  test("a page chunk gone after a redeploy reloads the page once, which then reads", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await expectHydrated(page);
    // The article page's code is gone, as after a deploy, until the page loads anew (the new
    // HTML of a real deploy would name the new files).
    let reloaded = false;
    let refused = 0;
    page.on("domcontentloaded", () => (reloaded = true));
    await page.route(/\/assets\/ArticleRoute-[\w-]+\.js$/, (route) =>
      reloaded ? route.continue() : (refused++, route.fulfill({ status: 404, body: "" })),
    );
    await page.locator(`a[href="${SEED.path}"]`).first().click();
    await expectHeadline(page, SEED.title, 20_000);
    await expectHydrated(page);
    expect(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).type)).toBe("reload");
    expect(new URL(page.url()).pathname).toBe(SEED.path);
    expect(refused).toBeGreaterThanOrEqual(1);
    await expectOnlyFailedLoads();
  });

  test("a load that keeps failing shows a Vietnamese message, and Thử lại reads the page once it works", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await expectHydrated(page);
    // Just reloaded for a missing chunk: this failure is a fault, not a deploy.
    await page.evaluate(() => sessionStorage.setItem("tin-hai-ha:reloaded-for-missing-chunk", String(Date.now())));
    let failing = true;
    // A server error (a missing file is a 404: that article is not found, which is not a fault).
    await page.route(/\/data\/a\/[\w-]+\.json$/, (route) => (failing ? route.fulfill({ status: 503, body: "" }) : route.continue()));
    await page.locator(`a[href="${SEED.path}"]`).first().click();
    await expectHeadline(page, "Không tải được trang");
    expect(await page.getByRole("link", { name: "Về trang chủ" }).isVisible()).toBe(true);

    failing = false;
    await page.getByRole("button", { name: "Thử lại" }).click();
    await expectHeadline(page, SEED.title);
    await expectOnlyFailedLoads();
  });
});
