#!/usr/bin/env node
/**
 * `npm run bench` — what a reader pays for the production site, measured on this machine:
 *
 *  1. build:      wall time of `vite build` (into a temporary folder outside the repo);
 *  2. first load: bytes of JS, CSS, fonts, HTML and the rest that Chromium fetches to show each kind of page (scripts/bench/pages.ts):
 *                 home, the seed article, not found, search with a query, an author, a month and both indexes, raw and gzipped at level 9 by us,
 *                 with prefetches of other pages listed apart (scripts/support/first-load.ts, the
 *                 same code as the byte budgets in tests/browser/budgets.test.ts);
 *  3. Lighthouse: 12.2.3, mobile defaults, N runs (3) of home, the seed article, an author page and a month page, offline:
 *                 category scores, FCP/LCP/TBT/CLS (median, min–max) and the failing audits;
 *  4. navigation: N hops (20) between articles in the app, click → new headline on screen;
 *  5. search:     the search index over the corpus generator's 10,000 dumps, built in process:
 *                 its size raw and gzipped, its load time, and each query's median/p95/max;
 *  6. entities:   precision and recall of entity finding on the hand-labelled dumps (scripts/bench/entity-set).
 *
 * Why: bytes are the budget we hold ourselves to (and test); Lighthouse and the navigation times
 * tell whether the site still feels instant on a phone. Times vary with the machine, so they are
 * reported, never asserted. docs/performance.md explains each number and keeps the latest table.
 *
 * Usage: npm run bench [-- --out FILE] [--runs N] [--hops N] [--no-lighthouse] [--no-navigation] [--no-search]
 * Writes the table to stdout and the same data as JSON to FILE (default .reports/bench.json).
 * Everything it starts (the preview server, Chromium, Lighthouse's Chrome, temporary folders) is
 * stopped or removed on the way out, also on failure and on Ctrl-C. npm runs it as
 * `node --import tsx`, not through the tsx CLI: on Ctrl-C that CLI SIGKILLs a child whose event loop
 * is busy for 30 ms (Lighthouse often is), which would leave Chrome and the folders behind.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { findChromium, openBrowser } from "./support/chromium.ts";
import { ROOT } from "./support/vite-process.ts";
import { measureBytes } from "./bench/bytes.ts";
import { launchChrome, measureLighthouse } from "./bench/lighthouse.ts";
import { measureNavigation } from "./bench/navigation.ts";
import { formatReport, type BenchReport, type Meta } from "./bench/report.ts";
import { buildSite, makeBuildDir, serveSite } from "./bench/site.ts";
import { benchSearch } from "./bench/search.ts";
import { entityQuality } from "./bench/entity-quality.ts";

type Options = { out: string; runs: number; hops: number; lighthouse: boolean; navigation: boolean; search: boolean };

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: "string", default: ".reports/bench.json" },
      runs: { type: "string", default: "3" },
      hops: { type: "string", default: "20" },
      "no-lighthouse": { type: "boolean", default: false },
      "no-navigation": { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
    },
  });
  const count = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a whole number ≥ 1, not ${text}`);
    return n;
  };
  return {
    out: resolve(process.cwd(), values.out),
    runs: count("runs", values.runs),
    hops: count("hops", values.hops),
    lighthouse: !values["no-lighthouse"],
    navigation: !values["no-navigation"],
    search: !values["no-search"],
  };
}

const CLEANUP_STEP_MS = 15_000;

/** `promise`, or a rejection after `ms` (a cleanup step must never hold the others up). */
function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${label}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Cleanup steps, run last-in first-out exactly once, whatever happens. */
function cleanupStack() {
  const steps: Array<[string, () => unknown]> = [];
  let ran = false;
  return {
    push(label: string, step: () => unknown) {
      steps.push([label, step]);
    },
    async run() {
      if (ran) return;
      ran = true;
      for (const [label, step] of steps.reverse()) {
        try {
          log(`bench: cleanup: ${label}`);
          await withTimeout(Promise.resolve(step()), CLEANUP_STEP_MS, label);
        } catch (error) {
          console.error(`bench: cleanup "${label}" failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
  };
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

function meta(chromium: string, loadAverage: number): Meta {
  return {
    commit: git(["rev-parse", "--short", "HEAD"]) || "(not a git checkout)",
    dirty: git(["status", "--porcelain", "--untracked-files=no"]) !== "",
    date: new Date().toISOString(),
    node: process.version,
    chromium,
    cpus: availableParallelism(),
    loadAverage,
  };
}

const log = (line: string) => console.error(line);

async function bench(options: Options, cleanup: ReturnType<typeof cleanupStack>): Promise<BenchReport> {
  const loadAverage = loadavg()[0] ?? 0;
  const outDir = makeBuildDir();
  cleanup.push(`remove ${outDir}`, () => rmSync(outDir, { recursive: true, force: true }));
  log(`bench: building the site into ${outDir}…`);
  const built = await buildSite(outDir);
  log(`bench: built in ${built.seconds.toFixed(1)} s; starting vite preview…`);
  const server = await serveSite(outDir);
  cleanup.push(`stop vite preview (pid ${server.pid})`, () => server.stop());
  log(`bench: serving ${server.url} (pid ${server.pid}); measuring first loads…`);

  const browser = await openBrowser({ handleSignals: false });
  const closeBrowser = cleanupOnce(() => browser.close());
  cleanup.push("close Chromium", closeBrowser);
  const firstLoad = await measureBytes(browser, server.url);
  let navigation = null;
  if (options.navigation) {
    log(`bench: ${options.hops} client-side hops…`);
    navigation = await measureNavigation(browser, server.url, options.hops);
  }
  const errors = await browser.takeErrors();
  for (const error of errors) log(`bench: page error: ${error}`);
  await closeBrowser(); // one browser at a time on two cores

  let lighthouse = null;
  if (options.lighthouse) {
    log(`bench: Lighthouse, ${options.runs} runs per page…`);
    const chrome = await launchChrome();
    cleanup.push(`stop Lighthouse's Chrome (pid ${chrome.pid})`, () => chrome.kill());
    try {
      lighthouse = await measureLighthouse(chrome, server.url, options.runs, log);
    } finally {
      chrome.kill();
    }
  }
  // In process and CPU-bound: last, with nothing else of ours running.
  const search = options.search ? await benchSearch({ log }) : null;
  const entities = entityQuality();
  return { meta: meta(chromiumVersion(), loadAverage), build: { seconds: built.seconds, summary: built.summary }, firstLoad, lighthouse, navigation, search, entities };
}

function cleanupOnce(step: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= step());
}

/** "Chromium 156.0.8078.108" (the user agent hides the minor numbers). */
function chromiumVersion(): string {
  try {
    const text = execFileSync(findChromium(), ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return text.replace(/\s+built on.*$/s, "").trim();
  } catch {
    return "Chromium (version unknown)";
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const cleanup = cleanupStack();
  const interrupted = (signal: NodeJS.Signals) => {
    stopping = signal;
    log(`bench: ${signal}, cleaning up…`);
    void cleanup.run().finally(() => process.exit(130));
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, interrupted);
  const started = Date.now();
  try {
    const report = await bench(options, cleanup);
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(formatReport(report, options.runs));
    log(`\nbench: JSON in ${options.out}; took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await cleanup.run();
  }
}

/** Set when a signal arrived: what fails after it is the interruption, not worth a stack trace. */
let stopping: NodeJS.Signals | null = null;

main().catch((error: unknown) => {
  if (stopping) return;
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
