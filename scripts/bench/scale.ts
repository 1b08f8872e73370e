/**
 * One row of `npm run bench:scale`: a generated corpus of N dumps, measured the way a user meets
 * it. Parse and related times run in this process through the content core; builds and dev
 * servers are real `vite` processes, so their wall time and peak memory are what a user waits
 * for and what their machine must hold.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { buildCorpus, hasError, relatedInputOf } from "../../src/content/corpus.ts";
import { parseArticle } from "../../src/content/parse.ts";
import { rankRelated } from "../../src/content/related.ts";
import type { ParseResult } from "../../src/content/types.ts";
import type { Browser } from "../../tests/browser/chromium.ts";
import { measureFirstLoad } from "../../tests/browser/first-load.ts";
import { ROOT, startVite } from "../../tests/browser/server.ts";
import { generateDump, indexWidth } from "../corpus/generate.ts";

const VITE = resolve(ROOT, "node_modules/vite/bin/vite.js");
const PEAK_MEMORY = resolve(ROOT, "scripts/bench/peak-memory.mjs");

export type BuildRun = { seconds: number; peakBytes: number; parsed: number; cached: number; summary: string };
export type FirstVisit = { path: string; bytes: number; jsGzip: number; requests: number };

export type ScaleRow = {
  count: number;
  articles: number;
  skipped: number;
  parseMs: number;
  relatedMs: number;
  /** `vite build` with an empty cache. */
  build: BuildRun;
  /** `vite build` again after one dump changed: the cache spares the others. */
  rebuild: BuildRun;
  distBytes: number;
  distFiles: number;
  /** `vite` (dev) until the home page's data answers, with an empty cache and with a warm one. */
  devReadyMs: { cold: number; warm: number };
  home: FirstVisit;
  article: FirstVisit;
};

const log = (line: string) => console.error(line);

/** Writes `count` dumps of the generator's corpus for `seed` into `dir`. */
export function writeCorpus(dir: string, count: number, seed: string): void {
  mkdirSync(dir, { recursive: true });
  const width = indexWidth(count);
  for (let i = 0; i < count; i++) {
    const dump = generateDump(seed, i, width);
    writeFileSync(join(dir, dump.name), dump.bytes);
  }
}

function parseFolder(dir: string): ParseResult[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => parseArticle(n, readFileSync(join(dir, n))));
}

/** Bytes and files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** "(parse 1.0 s (1 parsed, 9999 cached)" in the build's last line → the two counts. */
export function cacheCounts(summary: string): { parsed: number; cached: number } {
  const match = summary.match(/\((\d+) parsed, (\d+) cached\)/);
  return { parsed: Number(match?.[1] ?? Number.NaN), cached: Number(match?.[2] ?? Number.NaN) };
}

/** `vite build` as its own process, with the peak-memory hook loaded. */
function build(env: NodeJS.ProcessEnv, scratch: string): Promise<BuildRun> {
  const memoryFile = join(scratch, `peak-${Date.now()}`);
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", PEAK_MEMORY, VITE, "build"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", ...env, PEAK_MEMORY_FILE: memoryFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return new Promise((done, fail) => {
    child.once("error", fail);
    child.once("exit", (code) => {
      if (code !== 0) return fail(new Error(`vite build exited with ${code}:\n${output.slice(-4000)}`));
      const summary = output.split("\n").filter((line) => /^news: \d+ articles? from/.test(line)).pop() ?? "";
      const peakBytes = Number(readFileSync(memoryFile, "utf8"));
      done({ seconds: (performance.now() - started) / 1000, peakBytes, ...cacheCounts(summary), summary });
    });
  });
}

/** Starts `vite` (dev) and returns the ms until the home page's data module answers. */
async function devReady(env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const server = await startVite([], env, 120_000);
  try {
    const response = await fetch(`${server.url}/@id/__x00__virtual:news-index`);
    await response.text();
    if (!response.ok) throw new Error(`the dev server answered the news index with ${response.status}`);
    return performance.now() - started;
  } finally {
    await server.stop();
  }
}

async function firstVisit(browser: Browser, url: string, path: string): Promise<FirstVisit> {
  const page = await browser.newPage();
  try {
    const load = await measureFirstLoad(page, url + path);
    return { path, bytes: load.totals.total.gzip, jsGzip: load.totals.js.gzip, requests: load.files.length };
  } finally {
    await page.close();
  }
}

/** Measures one size; everything it writes lives under `scratch`, which the caller removes. */
export async function measureSize(count: number, seed: string, scratch: string, browser: Browser): Promise<ScaleRow> {
  const seeds = join(scratch, `seeds-${count}`);
  const out = join(scratch, `dist-${count}`);
  const cache = mkdtempSync(join(scratch, `cache-${count}-`));
  log(`bench:scale: ${count}: writing the corpus…`);
  writeCorpus(seeds, count, seed);

  log(`bench:scale: ${count}: parsing and ranking in process…`);
  let started = performance.now();
  const results = parseFolder(seeds);
  const parseMs = performance.now() - started;
  const good = results.filter((r) => !hasError(r)).map((r) => r.article!);
  const docs = good.map(relatedInputOf);
  started = performance.now();
  rankRelated(docs);
  const relatedMs = performance.now() - started;
  const corpus = buildCorpus(results, { ranker: () => () => [] });

  const env = { SEEDS_DIR: seeds, OUT_DIR: out, NEWS_CACHE_DIR: cache };
  log(`bench:scale: ${count}: vite build, empty cache…`);
  const cold = await build(env, scratch);
  // One dump changes, as when an editor fixes a typo: the rebuild reparses that file alone.
  const edited = readdirSync(seeds).filter((n) => n.endsWith(".txt")).sort().at(-1)!;
  writeFileSync(join(seeds, edited), `${readFileSync(join(seeds, edited), "utf8")}\n\nĐoạn bổ sung sau khi sửa.\n`);
  log(`bench:scale: ${count}: vite build after editing one dump…`);
  const rebuild = await build(env, scratch);
  const dist = folderSize(out);

  log(`bench:scale: ${count}: dev server, empty cache then warm…`);
  const coldCache = mkdtempSync(join(scratch, `dev-cache-${count}-`));
  const devCold = await devReady({ SEEDS_DIR: seeds, NEWS_CACHE_DIR: coldCache });
  const devWarm = await devReady({ SEEDS_DIR: seeds, NEWS_CACHE_DIR: coldCache });

  log(`bench:scale: ${count}: first visits…`);
  const server = await startVite(["preview", "--outDir", out], { OUT_DIR: out, SEEDS_DIR: seeds, NODE_ENV: "production" });
  let home: FirstVisit;
  let article: FirstVisit;
  try {
    home = await firstVisit(browser, server.url, "/");
    // The first dump's article: the generator makes the same file 0 at every size.
    article = await firstVisit(browser, server.url, `/bai-viet/${corpus.pages.get(good[0]!.id)!.article.slug}`);
  } finally {
    await server.stop();
  }
  for (const dir of [seeds, out, cache, coldCache]) rmSync(dir, { recursive: true, force: true });
  return {
    count,
    articles: corpus.summaries.length,
    skipped: corpus.broken.length,
    parseMs,
    relatedMs,
    build: cold,
    rebuild,
    distBytes: dist.bytes,
    distFiles: dist.files,
    devReadyMs: { cold: devCold, warm: devWarm },
    home,
    article,
  };
}
