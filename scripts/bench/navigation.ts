/**
 * Client-side navigation between articles, as a reader moves: from the seed article, N hops,
 * each one hovering a link for ~150 ms (the app may prefetch on hover/focus/viewport), then
 * clicking it. Per hop, in the page's own clock (performance.now()):
 *   clickAt  – the click event, seen by a capture-phase listener on document;
 *   domAt    – the first moment the <h1> holds the new title, i.e. text that differs from the old
 *              one and that the clicked link's text contains (MutationObserver + rAF poll);
 *   frameAt  – the animation frame after that, the one that paints it: "on screen".
 * The hop's time is frameAt − clickAt. Links: "Tin liên quan" first, else previous/next; an
 * article not visited yet is preferred, else the one visited longest ago.
 */
import type { Page } from "playwright-core";
import type { Browser } from "../support/chromium.ts";
import { SEED_PATH, spread, type Spread } from "./pages.ts";

const RELATED = 'aside[aria-label="Tin liên quan"] a[href^="/bai-viet/"]';
const PREV_NEXT = 'a[rel="prev"][href^="/bai-viet/"], a[rel="next"][href^="/bai-viet/"]';
const HOVER_MS = 150;

export type Hop = {
  from: string;
  to: string;
  via: "related" | "prev/next";
  /** True when this article had been opened before in this run (its chunk may be cached). */
  revisit: boolean;
  h1: string;
  /** Click → first frame with the new h1. */
  ms: number;
  /** Click → new h1 text in the DOM. */
  domMs: number;
};

export type NavigationResult = { hops: Hop[]; frame: Spread; dom: Spread; firstVisits: Spread | null };

/** Installed once per document; a full page load would drop it, which the bench reports. */
const HARNESS = `(() => {
  if (window.__hops) return;
  const hops = (window.__hops = []);
  const h1Text = () => (document.querySelector("h1")?.textContent ?? "").replace(/\\s+/g, " ").trim();
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link) return;
    const linkText = (link.textContent ?? "").replace(/\\s+/g, " ").trim();
    const hop = { href: link.getAttribute("href"), linkText, before: h1Text(), clickAt: performance.now(), domAt: -1, frameAt: -1, h1: "" };
    hops.push(hop);
    const check = () => {
      if (hop.domAt >= 0) return true;
      const text = h1Text();
      // The new title, not a loading state: a link names the article it opens.
      if (!text || text === hop.before || !linkText.includes(text)) return false;
      hop.domAt = performance.now();
      hop.h1 = text;
      observer.disconnect();
      requestAnimationFrame(() => { hop.frameAt = performance.now(); });
      return true;
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const poll = () => { if (!check()) requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
  }, true);
})();`;

type PageHop = { href: string; linkText: string; clickAt: number; domAt: number; frameAt: number; h1: string };

/** Hrefs under `selector`, in document order, without duplicates. */
async function hrefs(page: Page, selector: string): Promise<string[]> {
  const all = await page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(all.filter(Boolean))];
}

/** The next link to follow: an unvisited related article, else unvisited prev/next, else the stalest. */
async function chooseLink(page: Page, lastVisit: Map<string, number>) {
  const here = new URL(page.url()).pathname;
  const options = [
    ...(await hrefs(page, RELATED)).map((href) => ({ href, via: "related" as const, selector: RELATED })),
    ...(await hrefs(page, PREV_NEXT)).map((href) => ({ href, via: "prev/next" as const, selector: PREV_NEXT })),
  ].filter((option) => option.href !== here);
  if (options.length === 0) throw new Error(`no related or previous/next article link on ${here}`);
  const fresh = options.find((option) => !lastVisit.has(option.href));
  return fresh ?? [...options].sort((a, b) => lastVisit.get(a.href)! - lastVisit.get(b.href)!)[0]!;
}

async function waitForHeadline(page: Page) {
  await page.waitForFunction(() => (document.querySelector("h1")?.textContent ?? "").trim() !== "", undefined, { timeout: 15_000 });
}

/** One hop: hover, wait, click, then wait for the page to report the new headline's frame. */
async function hop(page: Page, count: number, lastVisit: Map<string, number>): Promise<Hop> {
  const from = new URL(page.url()).pathname;
  const choice = await chooseLink(page, lastVisit);
  const revisit = lastVisit.has(choice.href);
  const link = page.locator(choice.selector).and(page.locator(`[href="${choice.href}"]`)).first();
  await link.hover();
  await page.waitForTimeout(HOVER_MS);
  await link.click();
  const done = await page
    .waitForFunction(
      (n) => {
        const hops = (window as unknown as { __hops?: PageHop[] }).__hops;
        if (!hops) return "reloaded";
        const last = hops[n - 1];
        return last && last.frameAt >= 0 ? "done" : null;
      },
      count,
      { timeout: 15_000, polling: 20 },
    )
    .then((handle) => handle.jsonValue())
    .catch(async (error: unknown) => {
      const h1 = await page.locator("h1").first().textContent().catch(() => null);
      throw new Error(
        `hop ${count} (${from} → ${choice.href}): the <h1> never showed the link's title within 15 s ` +
          `(h1 now: ${JSON.stringify(h1)}): ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  if (done === "reloaded") throw new Error(`hop ${count} (${from} → ${choice.href}) loaded a new document instead of navigating in the app`);
  const result = await page.evaluate((n) => (window as unknown as { __hops: PageHop[] }).__hops[n - 1]!, count);
  const to = new URL(page.url()).pathname;
  if (to !== choice.href) throw new Error(`hop ${count}: clicked ${choice.href} but the address is ${to}`);
  return {
    from,
    to,
    via: choice.via,
    revisit,
    h1: result.h1,
    ms: result.frameAt - result.clickAt,
    domMs: result.domAt - result.clickAt,
  };
}

/** Opens the seed article and makes `count` hops; the tab is closed afterwards. */
export async function measureNavigation(browser: Browser, base: string, count: number): Promise<NavigationResult> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}${SEED_PATH}`, { waitUntil: "load" });
    await waitForHeadline(page);
    await page.evaluate(HARNESS);
    const lastVisit = new Map<string, number>([[SEED_PATH, 0]]);
    const hops: Hop[] = [];
    for (let n = 1; n <= count; n++) {
      const result = await hop(page, n, lastVisit);
      lastVisit.set(result.to, n);
      hops.push(result);
      await page.waitForTimeout(200); // let the new page settle (scroll, prefetches) before the next hover
    }
    const first = hops.filter((h) => !h.revisit).map((h) => h.ms);
    return {
      hops,
      frame: spread(hops.map((h) => h.ms)),
      dom: spread(hops.map((h) => h.domMs)),
      firstVisits: first.length ? spread(first) : null,
    };
  } finally {
    await page.close();
  }
}
