/**
 * An archive of 10,000 dumps (the corpus generator's, 2 % of them malformed on purpose) builds,
 * paginates, and costs a reader the same bytes as ten dumps do: no module a page loads grows
 * with the corpus. Bytes only, never times (`npm run bench:scale` reports those).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildCorpus } from "../../src/content/corpus.ts";
import { parseArticle } from "../../src/content/parse.ts";
import { generateDump } from "../../scripts/corpus/generate.ts";
import { writeCorpus } from "../../scripts/bench/scale.ts";
import { kb, measureFirstLoad, type FirstLoad } from "../../scripts/support/first-load.ts";
import { runVite, startVite, type ViteProcess } from "../../scripts/support/vite-process.ts";
import { ARTICLE_LINKS, clean, headline, useBrowser } from "./support.ts";

const SEED = "1";
const LARGE = 10_000;
const SMALL = 10;
/** The generator's file 0 is the same at every size: its article is compared across the two. */
const firstArticle = (() => {
  const dump = generateDump(SEED, 0);
  const corpus = buildCorpus([parseArticle(dump.name, dump.bytes)], { ranker: () => () => [] });
  return corpus.summaries[0]!;
})();

const browser = useBrowser();
const scratch = mkdtempSync(join(tmpdir(), "news-reader-scale-test-"));
type Site = { server: ViteProcess; log: string };
const sites = new Map<number, Site>();

async function buildAndServe(count: number): Promise<Site> {
  const seeds = join(scratch, `seeds-${count}`);
  const out = join(scratch, `dist-${count}`);
  writeCorpus(seeds, count, SEED);
  const env = { SEEDS_DIR: seeds, OUT_DIR: out, NODE_ENV: "production", NEWS_CACHE: "off" };
  const log = await runVite(["build"], env);
  return { server: await startVite(["preview", "--outDir", out], env), log };
}

beforeAll(async () => {
  sites.set(SMALL, await buildAndServe(SMALL));
  sites.set(LARGE, await buildAndServe(LARGE));
}, 300_000);

afterAll(async () => {
  for (const site of sites.values()) await site.server.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const site = (count: number): Site => {
  const found = sites.get(count);
  if (!found) throw new Error(`the ${count}-dump site was not built (see the beforeAll error)`);
  return found;
};

describe(`a generated archive of ${LARGE.toLocaleString("en-US")} dumps`, () => {
  test("builds, naming the skipped files with their reasons and counting every article", () => {
    const { log } = site(LARGE);
    const summary = log.split("\n").find((line) => /^news: \d+ articles from 10000 files/.test(line));
    expect(summary, log.slice(-3000)).toBeDefined();
    expect(summary).toMatch(/, (1\d\d|2\d\d) skipped files,/);
    expect(log).toMatch(/^news: \d+ skipped files, by reason: .*not valid UTF-8/m);
    expect(log).toMatch(/\.txt:\d+: error: contains a NUL byte/);
  });

  test("home lists the newest 20 to 39 and links to the next older page, which lists 20 others", async () => {
    const page = await browser().newPage();
    await page.goto(`${site(LARGE).server.url}/`);
    const firstPage = await page.locator(`main ${ARTICLE_LINKS}`).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(firstPage.length).toBeGreaterThanOrEqual(20);
    expect(firstPage.length).toBeLessThan(40);
    const older = page.getByRole("link", { name: "Tin cũ hơn" });
    const href = (await older.getAttribute("href"))!;
    expect(href).toMatch(/^\/trang\/\d+$/);
    await older.click();
    await page.waitForURL((url) => url.pathname === href);
    await expect.poll(() => page.locator("main h1").innerText()).toBe(`Trang ${href.split("/").pop()}`);
    const second = await page.locator(`main ${ARTICLE_LINKS}`).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(new Set(second).size).toBe(20);
    expect(second.filter((link) => firstPage.includes(link))).toEqual([]);
    // A direct load of that page shows the same list as the client navigation did.
    await page.goto(`${site(LARGE).server.url}${href}`);
    expect(await page.locator(`main ${ARTICLE_LINKS}`).evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual(second);
  });

  test("an article reads on a direct load", async () => {
    const page = await browser().newPage();
    await page.goto(`${site(LARGE).server.url}/bai-viet/${firstArticle.slug}`);
    expect(clean(await headline(page))).toBe(clean(firstArticle.title));
  });

  for (const [label, path] of [
    ["home", "/"],
    ["an article", `/bai-viet/${firstArticle.slug}`],
  ] as const) {
    test(`a first visit to ${label} costs the same bytes, within 10 %, as with ${SMALL} dumps`, async () => {
      const measure = async (count: number): Promise<FirstLoad> => measureFirstLoad(await browser().newPage(), site(count).server.url + path);
      const small = await measure(SMALL);
      const large = await measure(LARGE);
      const ratio = large.totals.total.gzip / small.totals.total.gzip;
      expect(ratio, `${kb(large.totals.total.gzip)} at ${LARGE} vs ${kb(small.totals.total.gzip)} at ${SMALL} (gzip)`).toBeLessThanOrEqual(1.1);
      expect(large.totals.js.files, "JS files").toBe(small.totals.js.files);
    });
  }
});
