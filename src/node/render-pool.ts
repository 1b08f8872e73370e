/**
 * Prerendering on every core: worker threads (render-worker.mjs) that load the server bundle and
 * render batches of pages from their data (src/app/data/page-data.ts), the HTML handed back. The
 * rendering is the bundle's own, so a page is the same whichever thread drew it.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PageData } from "../app/data/page-data.ts";
import type { RenderedPage } from "../app/server.tsx";

type Job = { url: string; data: PageData; articleFile: string | undefined; done: (page: RenderedPage) => void; fail: (error: Error) => void };

/** A render worker's old generation, in MB. */
const RENDER_WORKER_HEAP_MB = 192;

/** Pages per message: enough that messaging is noise. */
const BATCH = 16;

export type RenderPool = {
  /** As a prerender.ts Renderer: with `articleFile`, the worker reads the article's page from it. */
  render(url: string, data: PageData, basename: string, articleFile?: string): Promise<RenderedPage>;
  close(): Promise<void>;
};

export function createRenderPool(bundleUrl: string, basename: string, threads = availableParallelism()): RenderPool {
  const queue: Job[] = [];
  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    // A page is a few hundred kilobytes of garbage at most: a small heap keeps each worker's
    // memory near its live set (at 100,000 pages they grew to ~250 MB each), for a little more GC.
    const worker = new Worker(new URL("./render-worker.mjs", import.meta.url), {
      workerData: { bundle: bundleUrl },
      resourceLimits: { maxOldGenerationSizeMb: RENDER_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
    });
    const state = { worker, busy: null as Job[] | null };
    worker.on("message", (message: { id: number; rendered: Array<{ page?: RenderedPage; error?: string }> }) => {
      const jobs = state.busy ?? [];
      state.busy = null;
      jobs.forEach((job, i) => {
        const { page, error } = message.rendered[i] ?? { error: "no answer from the render worker" };
        if (page) job.done(page);
        else job.fail(new Error(`rendering ${job.url}: ${error}`));
      });
      pump();
    });
    worker.on("error", (error) => {
      for (const job of state.busy ?? []) job.fail(error);
      state.busy = null;
    });
    return state;
  });
  let id = 0;
  const pump = () => {
    for (const state of workers) {
      if (state.busy || queue.length === 0) continue;
      const jobs = queue.splice(0, BATCH);
      state.busy = jobs;
      state.worker.postMessage({ id: id++, basename, pages: jobs.map(({ url, data, articleFile }) => ({ url, data, articleFile })) });
    }
  };
  return {
    render: (url, data, _basename, articleFile) =>
      new Promise<RenderedPage>((done, fail) => {
        queue.push({ url, data, articleFile, done, fail });
        // Batches fill while the workers are busy; a lone page goes at once.
        queueMicrotask(pump);
      }),
    close: async () => {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
