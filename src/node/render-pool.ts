/**
 * Prerendering on every core: worker threads (render-worker.ts) that load the server bundle,
 * render batches of pages from their data (src/app/data/page-data.ts) and write their HTML, and
 * make the articles' data files the build left for them (article-data.ts). The rendering is the
 * bundle's own, so a page is the same whichever thread drew it; the main thread hands out pages
 * and keeps count.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PageData } from "../app/data/page-data.ts";
import type { BodyContext } from "./article-data.ts";
import type { PageTask, PageWriter } from "./prerender.ts";
import type { Template } from "./page-document.ts";
import type { RenderDone, RenderJob, RenderWorkerData } from "./render-worker.ts";

type Outcome = { written: boolean; digest?: string };
type Job = { task: PageTask; done: (outcome: Outcome) => void; fail: (error: Error) => void };

/** A render worker's old generation, in MB. */
const RENDER_WORKER_HEAP_MB = 192;

/** Pages per message: enough that messaging is noise. */
const BATCH = 16;

/**
 * Batches a worker holds at once: the one it renders and the next, so that it starts the next the
 * moment it answers instead of waiting for the main thread to read the answer and send more (a
 * worker holding one batch sat idle 12 % of the time).
 */
const BATCHES_PER_WORKER = 2;

export type RenderPool = {
  /** As a prerender.ts PageWriter. */
  write: PageWriter;
  close(): Promise<void>;
};

/** What every page of the build shares, handed to each worker once. */
export type RenderShared = { context: BodyContext; template: Template; index: PageData["index"] };

/**
 * `worker`: the render worker's module as built JavaScript (the build bundles it with the
 * renderer, static-build.ts); without, render-worker.ts itself, loaded through tsx (tests).
 */
export function createRenderPool(bundleUrl: string, shared: RenderShared, options: { threads?: number; worker?: URL } = {}): RenderPool {
  const { threads = availableParallelism(), worker: workerModule } = options;
  const queue: Job[] = [];
  let broken: Error | undefined;
  let closing = false;
  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    const workerData: RenderWorkerData = { entry: new URL("./render-worker.ts", import.meta.url).href, bundle: bundleUrl, ...shared };
    // A page is a few hundred kilobytes of garbage at most: a small heap keeps each worker's
    // memory near its live set (at 100,000 pages they grew to ~250 MB each), for a little more GC.
    const worker = new Worker(workerModule ?? new URL("./worker-boot.mjs", import.meta.url), {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: RENDER_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
    });
    // The batches sent and not yet answered, oldest first: the worker answers them in order.
    const state = { worker, sent: [] as Job[][] };
    worker.on("message", (message: RenderDone) => {
      const jobs = state.sent.shift() ?? [];
      jobs.forEach((job, i) => {
        const { written, digest, error } = message.written[i] ?? { error: "no answer from the render worker" };
        if (written !== undefined) job.done(digest ? { written, digest } : { written });
        else job.fail(new Error(`rendering ${job.task.url}: ${error}`));
      });
      pump();
    });
    // A worker that dies (its module failed to load, its heap ran out) fails what it held and
    // everything still queued: a pool with a dead worker would otherwise leave the build waiting
    // on pages no one renders, and Node exits with nothing left to run, as if it had succeeded.
    const die = (error: Error) => {
      broken ??= error;
      for (const job of [...state.sent.flat(), ...queue.splice(0)]) job.fail(error);
      state.sent = [];
    };
    worker.on("error", (error) => die(new Error(`a render worker failed: ${error.stack ?? error.message}`)));
    worker.on("exit", (code) => {
      if (!closing) die(new Error(`a render worker exited with ${code}`));
    });
    return state;
  });
  let id = 0;
  const pump = () => {
    for (const state of workers) {
      if (broken || state.sent.length >= BATCHES_PER_WORKER || queue.length === 0) continue;
      const jobs = queue.splice(0, BATCH);
      state.sent.push(jobs);
      state.worker.postMessage({ id: id++, pages: jobs.map(({ task }) => task) } satisfies RenderJob);
    }
  };
  return {
    write: (task) =>
      new Promise<Outcome>((done, fail) => {
        if (broken) return fail(broken);
        queue.push({ task, done, fail });
        // Batches fill while the workers are busy; a lone page goes at once.
        queueMicrotask(pump);
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
