/**
 * Offline reading on the production build (docs/deploying.md#offline-reading): the web app
 * manifest, the service worker keeping an article once read, the offline notice for pages not
 * kept (loaded, or reached by a link in the app), and a new build taking over an open page.
 *
 * The tests of the first block run in order in one browser profile, as one reader's visit. The
 * network goes away with `context.setOffline(true)`, which the service worker's fetches obey too.
 * Offline, the app's prefetches of other articles fail and Chromium logs each one; those errors
 * are expected and filtered by name (`EXPECTED_OFFLINE`), any other console error fails the test.
 */
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { vi } from "../../src/i18n/vi.ts";
import { openBrowser, type Browser } from "../../scripts/support/chromium.ts";
import { ROOT, runVite, startVite, type ViteProcess } from "../../scripts/support/vite-process.ts";
import { SEED, clean, expectHeadline, expectNoAxeViolations, siteURL } from "./support.ts";
import { DEFAULT_SETTINGS } from "../../src/node/site-settings";

const base = siteURL();
const SEED_SLUG = SEED.path.split("/").pop()!;
/** An article's data file (src/app/data/data-paths.ts). */
const DATA_MODULE = /\/data\/a\/[a-z0-9-]+\.json\b/;
/** What Chromium logs offline when the app prefetches an article that is not kept, or fails to open one. */
const EXPECTED_OFFLINE = [
  new RegExp(`Failed to load resource: net::ERR_(?:FAILED|INTERNET_DISCONNECTED) \\(${/https?:\/\/[^/]+/.source}${DATA_MODULE.source}\\)$`),
  new RegExp(`Failed to fetch (?:${/https?:\/\/[^/]+/.source})?${DATA_MODULE.source}`),
];

/** Console errors and uncaught exceptions, but the expected offline ones (at least one of which must have been seen when `offline`). */
async function unexpectedErrors(browser: Browser): Promise<string[]> {
  return (await browser.takeErrors()).filter((error) => !EXPECTED_OFFLINE.some((re) => re.test(error)));
}

/** Until a service worker controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Whether React has hydrated the page's <h1> (it attaches its props to the node). */
async function hydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => Object.keys(document.querySelector("h1") ?? {}).some((key) => key.startsWith("__reactProps$")));
}

/** The URLs in every cache of the page's origin, by cache name, as paths. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });
}

describe("the web app manifest and the service worker's file", () => {
  test("every page names a manifest (its head script links it once painted): the site's name in Vietnamese, standalone, start and scope at the base, icons that load", async () => {
    const html = await (await fetch(`${base}${SEED.path}`)).text();
    const href = /<script src="[^"]*\/boot-[^"]*"[^>]* data-manifest="([^"]+)"/.exec(html)?.[1];
    expect(href, "the head script's data-manifest").toBe("/manifest.webmanifest");
    const response = await fetch(`${base}${href}`);
    expect(response.headers.get("content-type")).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Record<string, unknown> & { icons: Array<{ src: string; sizes: string; type: string; purpose?: string }> };
    expect(manifest).toMatchObject({ name: DEFAULT_SETTINGS.name, lang: "vi", display: "standalone" });
    expect(String(manifest.short_name).length, "short_name fits under an icon").toBeLessThanOrEqual(12);
    const at = (url: unknown) => new URL(String(url), `${base}${href}`).href;
    expect(at(manifest.start_url)).toBe(`${base}/`);
    expect(at(manifest.scope)).toBe(`${base}/`);
    for (const colour of [manifest.theme_color, manifest.background_color]) expect(colour).toBe("#fffdf8");

    const sizes = new Set<string>();
    for (const icon of manifest.icons) {
      const png = Buffer.from(await (await fetch(at(icon.src))).arrayBuffer());
      expect(png.subarray(1, 4).toString("latin1"), `${icon.src} is a PNG`).toBe("PNG");
      // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      sizes.add(`${icon.sizes} ${icon.purpose ?? "any"}`);
    }
    expect([...sizes].sort()).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  });

  test("sw.js is JavaScript at the base, revalidated on every request", async () => {
    const response = await fetch(`${base}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^(?:text|application)\/javascript/);
    expect(response.headers.get("cache-control")).toMatch(/no-cache/);
    const code = await response.text();
    expect(code, "workbox is bundled in, never loaded from a CDN").not.toMatch(/importScripts|storage\.googleapis|workbox-cdn/);
  });
});

describe("offline reading", () => {
  let browser: Browser | undefined;
  let page: Page;
  /** The article reached by a link in the app (the test that reads it), for the offline notice's list. */
  let readByLink: { href: string; title: string } | undefined;
  const open = () => {
    if (!browser) throw new Error("the browser did not start (see the beforeAll error)");
    return browser;
  };
  beforeAll(async () => {
    browser = await openBrowser();
    page = await open().newPage();
  });
  afterEach(async () => {
    // The page stays open from one test to the next (one reader's visit); takeErrors closes
    // pages, so errors are read from a listener of our own instead.
    expect(errors.splice(0).filter((error) => !EXPECTED_OFFLINE.some((re) => re.test(error))), "console errors and uncaught page errors").toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on("console", (message) => {
      if (message.type() === "error") errors.push(`console.error on ${p.url()}: ${message.text()} (${message.location().url})`);
    });
    p.on("pageerror", (error) => errors.push(`uncaught ${error.name} on ${p.url()}: ${error.message}`));
  };

  test("reading an article registers the service worker, which keeps that article with its data", async () => {
    watch(page);
    await page.goto(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);
    await controlled(page);
    const cached = await cachedPaths(page);
    const all = Object.values(cached).flat();
    expect(all, "the article's page").toContain(SEED.path);
    expect(all.some((path) => path.endsWith(`/a/${SEED_SLUG}.json`)), "its data file").toBe(true);
    const precache = Object.entries(cached).find(([name]) => name.startsWith("workbox-precache"))?.[1] ?? [];
    expect(precache, "home and the offline page are precached").toEqual(expect.arrayContaining(["/index.html", "/offline.html"]));
    expect(precache.filter((path) => path.includes("/bai-viet/") || DATA_MODULE.test(path)), "no article is precached").toEqual([]);
  });

  test("a search made once works again with the network gone: its page, code and the index files it fetched are kept", async () => {
    await page.goto(`${base}/tim-kiem?q=hai%20ha`);
    await expect.poll(() => page.locator(`main a[href="${SEED.path}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.context().setOffline(true);
    // The same words, written otherwise: the same files of the index.
    await page.goto(`${base}/tim-kiem?q=H%E1%BA%A2I%20H%C3%80`);
    await expect.poll(() => page.locator(`main a[href="${SEED.path}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.context().setOffline(false);
    // Back where the next test expects the reader: on the article read.
    await page.goto(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);
  });

  test("the article read once opens again with the network gone, and its app hydrates", async () => {
    await page.context().setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await expectHeadline(page, SEED.title);
    expect(await page.locator("figure figcaption").count(), "its figures and captions").toBeGreaterThan(0);
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true);
  });

  test("an author's page reached by the byline's link reopens offline, from its kept data", async () => {
    await page.context().setOffline(false);
    await page.goto(`${base}${SEED.path}`);
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true);
    await page.locator(".article-byline").getByRole("link", { name: "Hoàng Giang" }).click();
    await expectHeadline(page, "Hoàng Giang");
    await page.context().setOffline(true);
    await page.reload();
    await expectHeadline(page, "Hoàng Giang");
    expect(new URL(page.url()).pathname).toBe("/tac-gia/hoang-giang");
    expect(await page.locator(`main a[href="${SEED.path}"]`).count(), "its list, not the offline notice").toBe(1);
    await page.context().setOffline(false);
  });

  test("an article reached by a link in the app reopens offline: reloaded, the app's shell renders it from its kept data", async () => {
    await page.context().setOffline(false);
    await page.goto(`${base}/`);
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true);
    const link = page.locator(`main a[href^="/bai-viet/"]:not([href="${SEED.path}"])`).first();
    const target = (await link.getAttribute("href"))!;
    const title = clean(await link.textContent());
    await link.click();
    await expectHeadline(page, title);
    expect(new URL(page.url()).pathname).toBe(target);
    await page.context().setOffline(true);
    await page.reload();
    await expectHeadline(page, title);
    expect(page.url()).toBe(`${base}${target}`);
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true);
    expect(await page.locator("article .article-lead").count(), "the article itself, not the offline notice").toBe(1);
    readByLink = { href: target, title };
  });

  test("an article never read, loaded offline, is the Vietnamese offline notice listing what can be read", async () => {
    const unread = "/bai-viet/ngu-dan-hai-ha-vuon-khoi-dau-nam";
    // Home fetched the data of the articles it showed ahead of a click: forget this one's.
    await page.evaluate(async (slug) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) if (request.url.endsWith(`/a/${slug}.json`)) await cache.delete(request);
      }
    }, unread.split("/").pop()!);
    await page.goto(`${base}${unread}`);
    await expectHeadline(page, vi.offline.title);
    expect(page.url(), "the address stays the reader's").toBe(`${base}${unread}`);
    expect(clean(await page.locator("main").textContent())).toContain(vi.offline.body);
    // The article read as a page first; then those whose data is kept, the one reached by a link among them.
    const saved = page.locator(`[data-saved-pages] a`);
    expect(await saved.first().getAttribute("href")).toBe(SEED.path);
    expect(clean(await saved.first().textContent())).toBe(SEED.title);
    const hrefs = await saved.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(readByLink!.href);
    expect(hrefs).not.toContain(unread);
    expect(await page.locator("[data-saved-pages]").isVisible()).toBe(true);
    await expectNoAxeViolations(page, "the offline notice");
    // The way home works offline too: home is precached.
    await page.getByRole("link", { name: vi.notFound.backHome }).click();
    await expect.poll(() => page.url()).toBe(`${base}/`);
    await expect.poll(async () => (await page.locator(`a[href="${SEED.path}"]`).count()) > 0).toBe(true);
  });

  test("an article never read, reached by a link in the app offline, is the offline notice, not a blank page", async () => {
    await page.context().setOffline(false);
    await page.goto(`${base}${SEED.path}`);
    await expectHeadline(page, SEED.title);
    const link = page.locator('aside[aria-label="Tin liên quan"] a[href^="/bai-viet/"]').first();
    const target = (await link.getAttribute("href"))!;
    // Online, the app prefetched the related articles' data as they came into view: offline, so
    // that nothing fetches it again, forget this one.
    await page.context().setOffline(true);
    await page.evaluate(async (slug) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) if (request.url.endsWith(`/a/${slug}.json`)) await cache.delete(request);
      }
    }, target.split("/").pop()!);
    await page.reload();
    await expectHeadline(page, SEED.title);
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.locator(`aside[aria-label="Tin liên quan"] a[href="${target}"]`).click();
    await expectHeadline(page, vi.offline.title);
    expect(page.url()).toBe(`${base}${target}`);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument), "a client-side navigation").toBe(true);
    expect(errors.some((error) => EXPECTED_OFFLINE[1]!.test(error)), "the article's data failed to load, as it should offline").toBe(true);
    await page.context().setOffline(false);
  });
});

describe("a new build", () => {
  let browser: Browser | undefined;
  let server: ViteProcess | undefined;
  let seeds = "";
  let out = "";
  const target = { path: "/bai-viet/ngu-dan-hai-ha-vuon-khoi-dau-nam", title: "Ngư dân Hải Hà vươn khơi đầu năm" };
  const LEAD = "Sau Tết Nguyên đán, ngư dân";
  const EDITED = "Ngay sau Tết Nguyên đán, ngư dân";
  const build = () => runVite(["build", "--outDir", out], { SEEDS_DIR: seeds, OUT_DIR: out, NODE_ENV: "production" });

  beforeAll(async () => {
    seeds = mkdtempSync(join(tmpdir(), "news-reader-sw-seeds-"));
    out = mkdtempSync(join(tmpdir(), "news-reader-sw-build-"));
    cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
    for (const name of readdirSync(seeds)) chmodSync(join(seeds, name), 0o644); // the originals are read-only
    await build();
    server = await startVite(["preview", "--outDir", out], { OUT_DIR: out, NODE_ENV: "production" });
    browser = await openBrowser();
  });
  afterAll(async () => {
    try {
      await browser?.close();
      await server?.stop();
    } finally {
      for (const dir of [seeds, out]) if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  test("takes over an open page, whose next link loads a whole page of the new version", async () => {
    const site = server!.url;
    const page = await browser!.newPage();
    await page.goto(`${site}${SEED.path}`);
    await expectHeadline(page, SEED.title);
    await controlled(page);
    const workerOf = async () => (await fetch(`${site}/sw.js`)).text();
    const oldWorker = await workerOf();

    // The next deploy: one article's lead edited. The app's code is the same (no data is in it);
    // that article's page and data, home's list and so the worker's precache list change.
    const file = readdirSync(seeds).find((name) => readFileSync(join(seeds, name), "utf8").includes(LEAD))!;
    writeFileSync(join(seeds, file), readFileSync(join(seeds, file), "utf8").replace(LEAD, EDITED));
    await build();
    expect(await workerOf(), "the new build's worker").not.toBe(oldWorker);

    await page.evaluate(() => {
      (window as unknown as { oldPage: boolean }).oldPage = true;
      navigator.serviceWorker.addEventListener("controllerchange", () => ((window as unknown as { tookOver: boolean }).tookOver = true));
    });
    // What a reader coming back to the tab does (visibilitychange), directly.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await page.waitForFunction(() => (window as unknown as { tookOver?: boolean }).tookOver === true, undefined, { timeout: 30_000 });

    // A link followed now loads a new document, of the new build.
    await page.locator(`a[href="${target.path}"]`).first().click();
    await expectHeadline(page, target.title);
    expect(clean(await page.locator("article").first().textContent()), "the new build's text").toContain(EDITED);
    expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage), "a whole page load").toBeUndefined();
    await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true);
    // Data files keep their addresses across builds: nothing the old page asked for is gone.
    expect(await unexpectedErrors(browser!)).toEqual([]);
  });
});
