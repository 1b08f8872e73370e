/**
 * The head script (src/app/boot.ts) on the built pages: the app's JavaScript and the manifest are
 * requested only after the first contentful paint, the entry and everything hydration needs (the
 * page's code and its data) are requested together, and the page hydrates — also where no paint
 * is reported.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { SEED, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

type Timings = { fcp: number | null; scripts: Array<{ path: string; start: number; end: number }> };

/** The boot script's chunk lists, read from the page's own HTML as the server sends it. */
async function bootOf(path: string): Promise<{ load: string[]; preload: string[]; fetch: string[] }> {
  const html = await (await fetch(`${base}${path}`)).text();
  const tag = html.match(/<script src="[^"]*\/assets\/boot-[^"]*"[^>]*>/)?.[0];
  if (!tag) throw new Error(`${path} has no boot script`);
  const list = (name: string) => (tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? "").split(" ").filter(Boolean);
  return { load: list("data-load"), preload: list("data-preload"), fetch: list("data-fetch") };
}

async function hydrated(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector("h1") ?? {}).some((k) => k.startsWith("__reactProps$"))), {
      timeout: 15_000,
    })
    .toBe(true);
}

/** The first contentful paint and every script request (Resource Timing, ms from navigation start). */
function timings(page: Page): Promise<Timings> {
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    scripts: (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((e) => new URL(e.name).pathname.endsWith(".js"))
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
  }));
}

describe("the boot script", () => {
  for (const path of [SEED.path, "/"]) {
    test(`${path}: requests the app after the first contentful paint, hydration's code and data along with the entry`, async () => {
      const boot = await bootOf(path);
      expect(boot.load.length, "the entry and its chunks").toBeGreaterThan(0);
      expect(boot.fetch.some((href) => /\/data\/[ap]\/[^/]+\.json$/.test(href)), "the page's data file").toBe(true);
      expect(boot.fetch, "the site's index").toContain("/data/index.json");

      const page = await browser().newPage();
      await page.goto(`${base}${path}`);
      await hydrated(page);
      const { fcp, scripts } = await timings(page);
      expect(fcp, "a first contentful paint was reported").not.toBeNull();
      const requested = (href: string) => {
        const found = scripts.find((s) => s.path === href);
        if (!found) throw new Error(`${href} was never requested; scripts: ${scripts.map((s) => s.path).join(", ")}`);
        return found;
      };
      const entry = requested(boot.load.at(-1)!);
      for (const href of [...boot.load, ...boot.preload]) {
        const script = requested(href);
        expect(script.start, `${href} is requested after the first paint`).toBeGreaterThanOrEqual(fcp!);
        // Preloaded with the entry, not discovered once the entry has run: hydration does not wait on a second round trip.
        expect(script.start, `${href} is requested before the entry has even arrived`).toBeLessThanOrEqual(entry.end);
      }
    });
  }

  test("links the web app manifest after the first contentful paint, not before", async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${SEED.path}`);
    await hydrated(page);
    expect(await page.locator('head link[rel="manifest"]').getAttribute("href")).toBe("/manifest.webmanifest");
    const { fcp, manifest } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      manifest: (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) => e.name.endsWith("/manifest.webmanifest"))?.startTime ?? null,
    }));
    // Chromium may fetch a linked manifest only when it needs it: if it did, it was after the paint.
    if (manifest !== null) expect(manifest).toBeGreaterThanOrEqual(fcp!);
  });

  test("starts the app at once on a page that is hidden, which paints nothing", async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Document.prototype, "visibilityState", { get: () => "hidden", configurable: true });
    });
    await page.goto(`${base}${SEED.path}`);
    await hydrated(page);
  });

  test("waits for one frame instead in a browser without Paint Timing", async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => {
      Object.defineProperty(PerformanceObserver, "supportedEntryTypes", { get: () => ["navigation", "resource"], configurable: true });
    });
    await page.goto(`${base}${SEED.path}`);
    await hydrated(page);
    const { scripts } = await timings(page);
    const boot = await bootOf(SEED.path);
    expect(scripts.map((s) => s.path)).toEqual(expect.arrayContaining([...boot.load, ...boot.preload]));
  });
});
