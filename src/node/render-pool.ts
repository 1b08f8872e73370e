/**
 * Prerendering on every core: worker threads (render-worker.ts) that load the server bundle and
 * render batches of pages from their data (src/app/data/page-data.ts), the HTML handed back, and
 * make the articles' data files the build left for them (article-data.ts). The rendering is the
 * bundle's own, so a page is the same whichever thread drew it.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PageData } from "../app/data/page-data.ts";
import type { ArticleSource, BodyContext } from "./article-data.ts";
import type { RenderedArticle } from "./prerender.ts";
import type { RenderDone, RenderJob, RenderWorkerData } from "./render-worker.ts";

type Job = { url: string; data: PageData; article: ArticleSource | undefined; done: (page: RenderedArticle) => void; fail: (error: Error) => void };

/** A render worker's old generation, in MB. */
const RENDER_WORKER_HEAP_MB = 192;

/** Pages per message: enough that messaging is noise. */
const BATCH = 16;

export type RenderPool = {
  /** As a prerender.ts Renderer: with `article`, the worker reads the article's page from its data file, or makes the file. */
  render(url: string, data: PageData, basename: string, article?: ArticleSource): Promise<RenderedArticle>;
  close(): Promise<void>;
};

export function createRenderPool(bundleUrl: string, basename: string, context: BodyContext, threads = availableParallelism()): RenderPool {
  const queue: Job[] = [];
  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    // A page is a few hundred kilobytes of garbage at most: a small heap keeps each worker's
    // memory near its live set (at 100,000 pages they grew to ~250 MB each), for a little more GC.
    const workerData: RenderWorkerData = { entry: new URL("./render-worker.ts", import.meta.url).href, bundle: bundleUrl, context };
    const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: RENDER_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
    });
    const state = { worker, busy: null as Job[] | null };
    worker.on("message", (message: RenderDone) => {
      const jobs = state.busy ?? [];
      state.busy = null;
      jobs.forEach((job, i) => {
        const { page, digest, error } = message.rendered[i] ?? { error: "no answer from the render worker" };
        if (page) job.done(digest ? { ...page, digest } : page);
        else job.fail(new Error(`rendering ${job.url}: ${error}`));
      });
      pump();
    });
    // A worker that dies (its module failed to load, its heap ran out) fails what it held and
    // everything still queued: a pool with a dead worker would otherwise leave the build waiting
    // on pages no one renders, and Node exits with nothing left to run, as if it had succeeded.
    const die = (error: Error) => {
      broken ??= error;
      for (const job of [...(state.busy ?? []), ...queue.splice(0)]) job.fail(error);
      state.busy = null;
    };
    worker.on("error", (error) => die(new Error(`a render worker failed: ${error.stack ?? error.message}`)));
    worker.on("exit", (code) => {
      if (!closing) die(new Error(`a render worker exited with ${code}`));
    });
    return state;
  });
  let broken: Error | undefined;
  let closing = false;
  let id = 0;
  const pump = () => {
    for (const state of workers) {
      if (state.busy || queue.length === 0) continue;
      const jobs = queue.splice(0, BATCH);
      state.busy = jobs;
      const job: RenderJob = { id: id++, basename, pages: jobs.map(({ url, data, article }) => (article ? { url, data, article } : { url, data })) };
      state.worker.postMessage(job);
    }
  };
  return {
    render: (url, data, _basename, article) =>
      new Promise<RenderedArticle>((done, fail) => {
        if (broken) return fail(broken);
        queue.push({ url, data, article, done, fail });
        // Batches fill while the workers are busy; a lone page goes at once.
        queueMicrotask(pump);
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
