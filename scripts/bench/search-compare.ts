#!/usr/bin/env node
/**
 * Search in Chromium on a built site, ours against Pagefind's on the same pages, as a reader meets
 * it: for each query of scripts/bench/search.ts, in one visit, the gzip bytes it fetches (the code
 * the first time), the time from Enter (ours) or from the search call (Pagefind) to the first 20
 * results with their titles, and the JS heap after three queries; then how each folds đ and tones.
 *
 * Usage: node --import tsx scripts/bench/search-compare.ts --dist DIR [--pagefind BIN] [--out FILE]
 * DIR is a `npm run build` output (e.g. of `npm run corpus -- --count 100000`). With --pagefind
 * (the binary of npm's `pagefind`, e.g. from `npm install --no-save pagefind@1.6.0`), it first
 * indexes DIR's article pages into DIR/pagefind/ and measures that too. Times are reported, never
 * asserted; the numbers in docs/search.md come from this script.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { openBrowser } from "../support/chromium.ts";
import { startVite } from "../support/vite-process.ts";
import { SEARCH_QUERIES } from "./search.ts";

type Measured = { query: string; hits: number | null; estimated?: boolean; gzipBytes: number; ms: number };

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { dist: { type: "string" }, pagefind: { type: "string" }, out: { type: "string", default: ".reports/search-compare.json" } },
});
if (!values.dist) throw new Error("--dist DIR: a built site");
const dist = resolve(values.dist);

/** What a response costs on the wire: its file gzipped, or as stored when it already is (Pagefind's). */
function wireBytes(pathname: string): number {
  const file = join(dist, decodeURIComponent(pathname).replace(/^\//, ""));
  if (!existsSync(file)) return 0;
  const bytes = readFileSync(file);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : gzipSync(bytes).length;
}

function watch(page: Page, match: (path: string) => boolean): () => string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (match(path)) seen.push(path);
  });
  let taken = 0;
  return () => {
    const fresh = seen.slice(taken);
    taken = seen.length;
    return [...new Set(fresh)];
  };
}

const heap = (page: Page) => page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);

async function ours(page: Page, base: string): Promise<{ queries: Measured[]; heapAfterThree: number }> {
  await page.goto(`${base}/`);
  await page.waitForFunction(() => Object.keys(document.querySelector("h1") ?? {}).some((k) => k.startsWith("__reactProps$")));
  const taken = watch(page, (p) => p.includes("/data/search/") || /\/assets\/SearchPage-/.test(p));
  const queries: Measured[] = [];
  let heapAfterThree = 0;
  for (const { query } of SEARCH_QUERIES) {
    const box = page.getByRole("search").getByRole("searchbox");
    await box.fill(query);
    const started = Date.now();
    await box.press("Enter");
    const said = new RegExp(`(\\d[\\d.,]*) kết quả cho “|Không tìm thấy`);
    await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[role="status"]')?.textContent ?? ""), said.source, { timeout: 60_000 });
    // Until the expected text is for this query (the status names it).
    await page.waitForFunction((q) => (document.querySelector('[role="status"]')?.textContent ?? "").includes(`“${q}”`), query, { timeout: 60_000 });
    const ms = Date.now() - started;
    const status = (await page.locator('[role="status"]').first().textContent()) ?? "";
    // "4.762 kết quả", "Khoảng 32.000 kết quả": Vietnamese thousands dots, an estimate marked.
    const count = /^(Khoảng )?(\d[\d.]*) kết quả/.exec(status);
    const hits = count ? Number(count[2]!.replace(/\./g, "")) : 0;
    queries.push({ query, hits, estimated: count?.[1] !== undefined, gzipBytes: taken().reduce((sum, p) => sum + wireBytes(p), 0), ms });
    if (queries.length === 3) heapAfterThree = await heap(page);
  }
  return { queries, heapAfterThree };
}

async function pagefind(page: Page, base: string): Promise<{ queries: Measured[]; heapAfterThree: number; folding: Record<string, number> }> {
  writeFileSync(join(dist, "pagefind-bench.html"), `<!doctype html><meta charset="utf-8"><title>pagefind</title><h1>pagefind</h1>`);
  await page.goto(`${base}/pagefind-bench.html`);
  const taken = watch(page, (p) => p.startsWith("/pagefind/"));
  await page.evaluate(async (url) => {
    const pf = (await import(/* @vite-ignore */ url)) as { init(): Promise<void> };
    await pf.init();
    (window as unknown as { pf: unknown }).pf = pf;
  }, "/pagefind/pagefind.js");
  const run = (query: string) =>
    page.evaluate(async (q) => {
      type Pf = { search(q: string): Promise<{ results: Array<{ data(): Promise<{ meta: { title: string } }> }> }> };
      const pf = (window as unknown as { pf: Pf }).pf;
      const started = performance.now();
      const found = await pf.search(q);
      await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      return { hits: found.results.length, ms: performance.now() - started };
    }, query);
  const queries: Measured[] = [];
  let heapAfterThree = 0;
  for (const { query } of SEARCH_QUERIES) {
    const { hits, ms } = await run(query);
    queries.push({ query, hits, gzipBytes: taken().reduce((sum, p) => sum + wireBytes(p), 0), ms });
    if (queries.length === 3) heapAfterThree = await heap(page);
  }
  const folding: Record<string, number> = {};
  for (const q of ["Đảng bộ", "dang bo", "đảng bộ", "Hải Hà", "hai ha", "HẢI HÀ", "Hoà", "Hòa"]) folding[q] = (await run(q)).hits;
  return { queries, heapAfterThree, folding };
}

async function main() {
  if (values.pagefind && existsSync(join(dist, "pagefind", "pagefind.js"))) {
    console.error("search-compare: Pagefind's index is there already; not indexing again");
  } else if (values.pagefind) {
    console.error("search-compare: indexing the article pages with Pagefind…");
    const started = Date.now();
    execFileSync(values.pagefind, ["--site", dist, "--glob", "bai-viet/**/*.html", "--output-subdir", "pagefind"], { stdio: ["ignore", "inherit", "inherit"] });
    console.error(`search-compare: Pagefind indexed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const server = await startVite(["preview", "--outDir", dist], { OUT_DIR: dist, NODE_ENV: "production" });
  const report: Record<string, unknown> = {};
  try {
    // A fresh profile for each: nothing of one is in the other's caches.
    for (const [name, measure] of [["ours", ours], ...(values.pagefind ? [["pagefind", pagefind] as const] : [])] as const) {
      const browser = await openBrowser({ handleSignals: false });
      try {
        report[name] = await measure(await browser.newPage(), server.url);
      } finally {
        await browser.close();
      }
    }
    mkdirSync(dirname(resolve(values.out!)), { recursive: true });
    writeFileSync(values.out!, `${JSON.stringify(report, null, 2)}\n`);
    for (const [name, result] of Object.entries(report) as Array<[string, { queries: Measured[]; heapAfterThree: number }]>) {
      console.log(`\n${name}: JS heap after three queries ${(result.heapAfterThree / 1e6).toFixed(1)} MB`);
      for (const q of result.queries) console.log(`${JSON.stringify(q.query).padEnd(20)} ${`${q.estimated ? "~" : ""}${q.hits}`.padStart(7)} hits ${(q.gzipBytes / 1000).toFixed(1).padStart(7)} kB ${String(q.ms).padStart(6)} ms`);
    }
    if (report.pagefind) console.log(`\npagefind folding: ${JSON.stringify((report.pagefind as { folding: unknown }).folding)}`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`search-compare failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
