/**
 * One row of `npm run bench:scale`: a generated corpus of N dumps, measured the way a user meets
 * it. Parse and related times run in this process through the content core; builds and dev
 * servers are real `vite` processes, so their wall time and peak memory are what a user waits
 * for and what their machine must hold.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { ShardedSearch } from "../../src/content/search-query.ts";
import type { SearchFiles } from "../../src/content/search-files.ts";
import type { InProcess } from "./in-process.ts";
import { dataPaths } from "../../src/app/data/data-paths.ts";
import { ALLOCATOR_ENV } from "../../src/node/allocator.ts";
import type { SiteIndex } from "../../src/app/data/news-source.ts";
import { SEARCH_QUERIES } from "./search.ts";
import type { Browser } from "../support/chromium.ts";
import { measureFirstLoad } from "../support/first-load.ts";
import { ROOT, startVite } from "../support/vite-process.ts";
import { generateDump, indexWidth } from "../corpus/generate.ts";

const VITE = resolve(ROOT, "node_modules/vite/bin/vite.js");
const PEAK_MEMORY = resolve(ROOT, "scripts/bench/peak-memory.mjs");

export type BuildRun = { seconds: number; peakBytes: number; parsed: number; cached: number; summary: string };
export type FirstVisit = { path: string; bytes: number; jsGzip: number; requests: number };
/** A rebuild after dumps were added and removed: how much of dist/ it touched. */
export type Rebuild = BuildRun & { files: number; written: number; removed: number; removedPageGone: boolean };
/** The search queries of bench:search as one visit over the built index: bytes (gzip) and time of each. */
export type SearchVisit = { firstBytes: number; laterMaxBytes: number; firstMs: number; laterMaxMs: number; codeBytes: number };

export type ScaleRow = {
  count: number;
  articles: number;
  skipped: number;
  parseMs: number;
  /** After the parse, in a parse worker: the record (with its entities), body, terms and search words; and entity finding alone. */
  splitMs?: number;
  entityMs?: number;
  relatedMs: number;
  /** `vite build` with an empty cache. */
  build: BuildRun;
  /** `vite build` again after ADDED new dumps and one removed. */
  rebuild: Rebuild;
  distBytes: number;
  distFiles: number;
  /** `vite` (dev) until home's data answers, with an empty cache and with a warm one; its resident memory then. */
  devReadyMs: { cold: number; warm: number };
  devRssBytes: { cold: number; warm: number };
  search: SearchVisit;
  home: FirstVisit;
  article: FirstVisit;
  /** The real seed's author's page and its month's: in every corpus (the generator signs with the same pen names). */
  author?: FirstVisit;
  month?: FirstVisit;
  /** The kept article's first topic's page, and the topics' index. */
  topic?: FirstVisit;
  topics?: FirstVisit;
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

const IN_PROCESS = resolve(ROOT, "scripts/bench/in-process.ts");

/** The in-process parse and ranking (in-process.ts), in a process of its own, so its heap is gone before the builds. */
function parseInProcess(seeds: string, keepId: string): Promise<InProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", IN_PROCESS, seeds, keepId], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return new Promise((done, fail) => {
    child.once("error", fail);
    child.once("exit", (code) => (code === 0 ? done(JSON.parse(output) as InProcess) : fail(new Error(`in-process.ts exited with ${code}`))));
  });
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

/** `vite build` as its own process, with the peak-memory hook loaded and the allocator set as `npm run build` sets it. */
function build(env: NodeJS.ProcessEnv, scratch: string): Promise<BuildRun> {
  const memoryFile = join(scratch, `peak-${Date.now()}`);
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", PEAK_MEMORY, VITE, "build"], {
    cwd: ROOT,
    env: { ...process.env, ...ALLOCATOR_ENV, NODE_ENV: "production", ...env, PEAK_MEMORY_FILE: memoryFile },
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

/** A process's resident memory now, from /proc (Linux); 0 where there is none. */
function residentBytes(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Starts `vite` (dev): the ms until home's data (data/index.json and home's newest list) answers, and the server's memory then. */
async function devReady(env: NodeJS.ProcessEnv): Promise<{ ms: number; rss: number }> {
  const started = performance.now();
  const server = await startVite([], { ...ALLOCATOR_ENV, ...env }, 300_000);
  try {
    const response = await fetch(`${server.url}/${dataPaths.index}`);
    const index = (await response.json()) as SiteIndex;
    if (!response.ok) throw new Error(`the dev server answered the site's index with ${response.status}`);
    const list = await fetch(`${server.url}/${dataPaths.list(index.pageCount)}`);
    await list.text();
    return { ms: performance.now() - started, rss: residentBytes(server.pid) };
  } finally {
    await server.stop();
  }
}

/** Every file under dir with its size and modification time, by path. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const { size, mtimeMs } = statSync(file);
    files.set(file.slice(dir.length + 1), `${size}:${mtimeMs}`);
  }
  return files;
}

/** The bench's queries in order over a built site's index, read from dist/ as the browser would fetch it. */
async function searchVisit(out: string): Promise<SearchVisit> {
  const index = JSON.parse(readFileSync(join(out, dataPaths.index), "utf8")) as SiteIndex;
  const folder = join(out, index.searchUrl!.replace(/^\//, ""));
  const fetched: string[] = [];
  const read = (path: string) => {
    fetched.push(path);
    return readFileSync(join(folder, path));
  };
  const files: SearchFiles = {
    json: async <T,>(path: string) => JSON.parse(read(path).toString("utf8")) as T,
    bytes: async (path) => new Uint8Array(read(path)),
  };
  // The search page's code (its chunk), which the first query also fetches.
  const chunk = readdirSync(join(out, "assets")).find((name) => /^SearchPage-.*\.js$/.test(name));
  const codeBytes = chunk ? gzipSync(readFileSync(join(out, "assets", chunk))).length : 0;
  const visit = new ShardedSearch(files);
  const costs: Array<{ bytes: number; ms: number }> = [];
  for (const { query } of SEARCH_QUERIES) {
    const before = fetched.length;
    const started = performance.now();
    await visit.search(query);
    const ms = performance.now() - started;
    const bytes = [...new Set(fetched.slice(before))].reduce((sum, path) => sum + gzipSync(readFileSync(join(folder, path))).length, 0);
    costs.push({ bytes, ms });
  }
  const later = costs.slice(1);
  return {
    firstBytes: costs[0]!.bytes + codeBytes,
    firstMs: costs[0]!.ms,
    laterMaxBytes: Math.max(...later.map((c) => c.bytes)),
    laterMaxMs: Math.max(...later.map((c) => c.ms)),
    codeBytes,
  };
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

/** Dumps added before the rebuild (one more is removed): a week or two of a provincial daily. */
export const ADDED = 100;
/** The real dump, in every corpus, as the archive has it. */
const REAL_SEED_ID = "000_5f679b6fde1a2fd2";
const REAL_SEED = resolve(ROOT, `seeds/${REAL_SEED_ID}.txt`);

/** Measures one size; everything it writes lives under `scratch`, which the caller removes. */
export async function measureSize(count: number, seed: string, scratch: string, browser: Browser): Promise<ScaleRow> {
  const seeds = join(scratch, `seeds-${count}`);
  const out = join(scratch, `dist-${count}`);
  const cache = mkdtempSync(join(scratch, `cache-${count}-`));
  log(`bench:scale: ${count}: writing the corpus…`);
  writeCorpus(seeds, count, seed);
  copyFileSync(REAL_SEED, join(seeds, `${REAL_SEED_ID}.txt`));

  log(`bench:scale: ${count}: parsing and ranking in process…`);
  const inProcess = await parseInProcess(seeds, REAL_SEED_ID);

  const env = { SEEDS_DIR: seeds, OUT_DIR: out, NEWS_CACHE_DIR: cache };
  log(`bench:scale: ${count}: vite build, empty cache…`);
  const cold = await build(env, scratch);
  // The archive grows: ADDED new dumps (the generator's next ones), and one is removed.
  const before = snapshot(out);
  const width = indexWidth(count + ADDED);
  for (let i = count; i < count + ADDED; i++) {
    const dump = generateDump(seed, i, width);
    writeFileSync(join(seeds, dump.name), dump.bytes);
  }
  // A good article, not the real seed: its page must be gone after the rebuild.
  const gone = inProcess.removable;
  const goneSlug = gone.slug;
  unlinkSync(join(seeds, `${gone.id}.txt`));
  log(`bench:scale: ${count}: vite build after ${ADDED} dumps added and one removed…`);
  const again = await build(env, scratch);
  const after = snapshot(out);
  let written = 0;
  for (const [file, stamp] of after) if (before.get(file) !== stamp) written++;
  const removed = [...before.keys()].filter((file) => !after.has(file)).length;
  const rebuild: Rebuild = {
    ...again,
    files: after.size,
    written,
    removed,
    removedPageGone: goneSlug === undefined || !existsSync(join(out, "bai-viet", goneSlug, "index.html")),
  };
  const dist = folderSize(out);
  log(`bench:scale: ${count}: search over the built index…`);
  const search = await searchVisit(out);

  log(`bench:scale: ${count}: dev server, empty cache then warm…`);
  const coldCache = mkdtempSync(join(scratch, `dev-cache-${count}-`));
  const devCold = await devReady({ SEEDS_DIR: seeds, NEWS_CACHE_DIR: coldCache });
  const devWarm = await devReady({ SEEDS_DIR: seeds, NEWS_CACHE_DIR: coldCache });
  log(`bench:scale: ${count}: dev ready in ${Math.round(devWarm.ms)} ms warm, ${Math.round(devWarm.rss / 1e6)} MB`);

  log(`bench:scale: ${count}: first visits…`);
  const server = await startVite(["preview", "--outDir", out], { OUT_DIR: out, SEEDS_DIR: seeds, NODE_ENV: "production" });
  let home: FirstVisit;
  let article: FirstVisit;
  let author: FirstVisit;
  let month: FirstVisit;
  let topic: FirstVisit | undefined;
  let topics: FirstVisit | undefined;
  try {
    home = await firstVisit(browser, server.url, "/");
    // The real seed: the same article at every size, its author's page and its month's.
    article = await firstVisit(browser, server.url, `/bai-viet/${inProcess.keptSlug}`);
    author = await firstVisit(browser, server.url, "/tac-gia/hoang-giang");
    month = await firstVisit(browser, server.url, "/luu-tru/2020/3");
    if (inProcess.topicSlug) topic = await firstVisit(browser, server.url, `/chu-de/${inProcess.topicSlug}`);
    topics = await firstVisit(browser, server.url, "/chu-de");
  } finally {
    await server.stop();
  }
  for (const dir of [seeds, out, cache, coldCache]) rmSync(dir, { recursive: true, force: true });
  return {
    count,
    articles: inProcess.articles,
    skipped: inProcess.skipped,
    parseMs: inProcess.parseMs,
    splitMs: inProcess.splitMs,
    entityMs: inProcess.entityMs,
    relatedMs: inProcess.relatedMs,
    build: cold,
    rebuild,
    distBytes: dist.bytes,
    distFiles: dist.files,
    devReadyMs: { cold: devCold.ms, warm: devWarm.ms },
    devRssBytes: { cold: devCold.rss, warm: devWarm.rss },
    search,
    home,
    article,
    author,
    month,
    ...(topic ? { topic } : {}),
    ...(topics ? { topics } : {}),
  };
}
