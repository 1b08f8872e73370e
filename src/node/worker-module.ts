/**
 * A worker thread's module as plain JavaScript: its TypeScript entry and everything it imports
 * bundled into one file (Rolldown, the bundler Vite itself runs on) in a temporary folder. A worker
 * that loads TypeScript through tsx (worker-boot.mjs) carries tsx and its loader thread: at
 * 100,000 articles the ranking worker held ~45 MB more that way, at the moment the build peaks.
 * Where bundling fails the worker still starts, through worker-boot.mjs. A bundled module's
 * `import.meta.url` is its bundle's, in that folder: what a module reads beside its source (the
 * content core's version, disk-cache.ts) the main thread hands the worker instead.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/** A started worker, and whether it runs the bundle (else its TypeScript, through tsx). */
export type StartedWorker = { worker: Worker; bundled: boolean };

/**
 * Starts a worker running `entry` (a .ts module's URL) with `options`, bundled when it can be.
 * The bundle's folder goes when the worker exits.
 */
export async function startWorker(entry: URL, options: WorkerOptions = {}): Promise<StartedWorker> {
  const folder = mkdtempSync(path.join(tmpdir(), "news-reader-worker-"));
  let file: string | null = null;
  try {
    const { build } = await import("rolldown");
    const name = path.basename(fileURLToPath(entry), ".ts");
    await build({ input: { [name]: fileURLToPath(entry) }, platform: "node", output: { dir: folder, format: "esm" }, write: true, logLevel: "silent" });
    file = path.join(folder, `${name}.js`);
  } catch {
    file = null;
  }
  const worker = file
    ? new Worker(pathToFileURL(file), options)
    : new Worker(new URL("./worker-boot.mjs", import.meta.url), { ...options, workerData: { ...(options.workerData as object | undefined), entry: entry.href } });
  worker.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  return { worker, bundled: file !== null };
}
