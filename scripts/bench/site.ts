/**
 * The site under measurement: a production build into a temporary folder outside the repository
 * (Tailwind scans the project folder), timed, then served by `vite preview` on a free port of
 * 127.0.0.1. Reuses the browser tests' helpers, so the bench serves the site exactly as they do.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runVite, startVite, type ViteProcess } from "../../tests/browser/server.ts";

export type Built = { outDir: string; seconds: number; summary: string; remove(): void };

/** `vite build --outDir <tmp>` with NODE_ENV=production; the wall time of the whole process. */
export async function buildSite(): Promise<Built> {
  const outDir = mkdtempSync(join(tmpdir(), "news-reader-bench-"));
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  try {
    const output = await runVite(["build", "--outDir", outDir], { OUT_DIR: outDir, NODE_ENV: "production" });
    const seconds = (performance.now() - started) / 1000;
    // The news plugin's last word ("news: 11 articles from 11 files, …"), when it printed one.
    const summary = output.split("\n").filter((line) => line.startsWith("news:")).pop() ?? "";
    return { outDir, seconds, summary, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** `vite preview` over the build; stop() kills that one process by its PID. */
export function serveSite(outDir: string): Promise<ViteProcess> {
  return startVite(["preview", "--outDir", outDir], { OUT_DIR: outDir, NODE_ENV: "production" });
}
