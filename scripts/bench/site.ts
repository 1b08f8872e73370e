/**
 * The site under measurement: a production build into a temporary folder outside the repository
 * (Tailwind scans the project folder), timed, then served by `vite preview` on a free port of
 * 127.0.0.1. Reuses the browser tests' helpers, so the bench serves the site exactly as they do.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runVite, startVite, type ViteProcess } from "../support/vite-process.ts";

export type Built = { seconds: number; summary: string };

/** A new empty folder for the build, outside the repository; the caller removes it. */
export function makeBuildDir(): string {
  return mkdtempSync(join(tmpdir(), "news-reader-bench-"));
}

/** `vite build --outDir <outDir>` with NODE_ENV=production; the wall time of the whole process. */
export async function buildSite(outDir: string): Promise<Built> {
  const started = performance.now();
  const output = await runVite(["build", "--outDir", outDir], { OUT_DIR: outDir, NODE_ENV: "production" });
  const seconds = (performance.now() - started) / 1000;
  // The news plugin's last word ("news: 11 articles from 11 files, …"), when it printed one.
  const summary = output.split("\n").filter((line) => line.startsWith("news:")).pop() ?? "";
  return { seconds, summary };
}

/** `vite preview` over the build; stop() kills that one process by its PID. */
export function serveSite(outDir: string): Promise<ViteProcess> {
  return startVite(["preview", "--outDir", outDir], { OUT_DIR: outDir, NODE_ENV: "production" });
}
