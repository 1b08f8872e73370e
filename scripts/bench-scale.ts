#!/usr/bin/env node
/**
 * `npm run bench:scale` — how the reader grows with the archive. For each size N (default 10,
 * 1,000, 10,000 and 100,000) it writes the corpus generator's N dumps (docs/corpus.md) and the
 * real seed, and measures: parse and related ranking in process, `vite build` with an empty
 * cache (wall time, peak memory), a rebuild after 100 dumps were added and one removed (files
 * reparsed, files of dist/ rewritten or removed), `dist/` size, the dev server's time to serve
 * home's data and its memory (empty and warm cache), search over the built index (gzip bytes and
 * time of the first query and of the worst later one), and the bytes of a first visit to home and
 * to an article in Chromium (gzip, the same count as the byte budgets). Then each number's growth
 * between sizes. Times are reported, never asserted (docs/performance.md).
 *
 * Usage: npm run bench:scale [-- --sizes 10,1000,10000,100000] [--seed S] [--tmp DIR] [--out FILE]
 * Writes the table to stdout and JSON to FILE (default .reports/bench-scale.json). Work files go
 * to a temporary folder (--tmp; a RAM disk such as /dev/shm keeps the disk out of the numbers),
 * removed at the end, also on failure or Ctrl-C.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openBrowser } from "./support/chromium.ts";
import { ROOT } from "./support/vite-process.ts";
import { measureSize, type ScaleRow } from "./bench/scale.ts";
import { formatScaleReport, type ScaleReport } from "./bench/scale-report.ts";

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: {
      sizes: { type: "string", default: "10,1000,10000,100000" },
      seed: { type: "string", default: "1" },
      tmp: { type: "string", default: tmpdir() },
      out: { type: "string", default: ".reports/bench-scale.json" },
    },
  });
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes wants whole numbers ≥ 1, not ${values.sizes}`);
  return { sizes, seed: values.seed, tmp: resolve(values.tmp), out: resolve(process.cwd(), values.out) };
}

function commit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "(not a git checkout)";
  }
}

async function main() {
  const { sizes, seed, tmp, out } = options();
  const scratch = mkdtempSync(join(tmp, "news-reader-scale-"));
  const browser = await openBrowser({ handleSignals: false });
  const cleanup = async () => {
    await browser.close().catch(() => {});
    rmSync(scratch, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  }
  const started = Date.now();
  try {
    const rows: ScaleRow[] = [];
    for (const n of sizes) rows.push(await measureSize(n, seed, scratch, browser));
    const report: ScaleReport = { date: new Date().toISOString(), commit: commit(), cpus: availableParallelism(), seed, rows };
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(formatScaleReport(report));
    console.error(`\nbench:scale: JSON in ${out}; took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:scale failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
