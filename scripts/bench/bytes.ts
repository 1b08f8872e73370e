/**
 * Bytes of the first load of each page type, through the same code as the byte budgets test
 * (scripts/support/first-load.ts), in the browser tests' Chromium setup (1280×900, vi-VN).
 */
import type { Browser } from "../support/chromium.ts";
import { BUDGETS, measureFirstLoad, type FirstLoad } from "../support/first-load.ts";
import { PAGES, type PageKey } from "./pages.ts";

export type BudgetCheck = { name: string; limit: number; actual: number; ok: boolean };

export type PageBytes = FirstLoad & { key: PageKey; budgets: BudgetCheck[] };

/** The budgets of tests/browser/budgets.test.ts, as numbers for the report. */
export function checkBudgets(load: FirstLoad): BudgetCheck[] {
  const check = (name: string, limit: number, actual: number) => ({ name, limit, actual, ok: actual <= limit });
  return [
    check("JS gzip", BUDGETS.jsGzip, load.totals.js.gzip),
    check("CSS gzip", BUDGETS.cssGzip, load.totals.css.gzip),
    check("fonts", BUDGETS.fontRaw, load.totals.font.raw),
  ];
}

/** Measures every page in a fresh tab of `browser`, one after another. */
export async function measureBytes(browser: Browser, base: string): Promise<PageBytes[]> {
  const results: PageBytes[] = [];
  for (const key of Object.keys(PAGES) as PageKey[]) {
    const page = await browser.newPage();
    try {
      const load = await measureFirstLoad(page, `${base}${PAGES[key].path}`);
      // The budgets bind home and articles (budgets.test.ts); not found is shown without them.
      results.push({ ...load, key, budgets: key === "notFound" ? [] : checkBudgets(load) });
    } finally {
      await page.close();
    }
  }
  return results;
}
