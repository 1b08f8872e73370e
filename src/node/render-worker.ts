/**
 * A render worker (started through worker-boot.mjs by render-pool.ts): the server bundle's
 * renderPageFromData, one batch of pages at a time, each page's HTML written here (only when its
 * bytes changed) and its outcome or its own error sent back. An article's page comes from its
 * data file, or, when the build left the file to be made with the page (article-data.ts), from
 * its record and body, the file written here: the main thread holds no body and no page's HTML.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PageData } from "../app/data/page-data.ts";
import type { RenderedPage } from "../app/server.tsx";
import type { BodyContext } from "./article-data.ts";
import { rendererInThread, writerInThread, type PageTask } from "./prerender.ts";
import type { Template } from "./page-document.ts";

export type RenderJob = { id: number; pages: PageTask[] };
export type RenderDone = { id: number; written: Array<{ written?: boolean; digest?: string; error?: string }> };
/** What every page of a build shares: the template, the page index, the base, where bodies are. */
export type RenderWorkerData = { entry: string; bundle: string; context: BodyContext; template: Template; index: PageData["index"] };

const { bundle, context, template, index } = workerData as RenderWorkerData;
const { renderPageFromData } = (await import(bundle)) as { renderPageFromData: (url: string, data: PageData, basename: string) => Promise<RenderedPage> };
// The same writer the main thread uses for a small site: render, make the data file, write.
const write = writerInThread(rendererInThread(renderPageFromData, context), { outDir: context.outDir, template, index, base: context.base });

async function render({ id, pages }: RenderJob): Promise<void> {
  const written: RenderDone["written"] = [];
  for (const task of pages) {
    try {
      written.push(await write(task));
    } catch (error) {
      written.push({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  parentPort!.postMessage({ id, written } satisfies RenderDone);
}

// The pool sends the next batch before this one is answered (render-pool.ts): one batch at a
// time, in the order sent, because the pool matches answers to batches by their order.
let previous = Promise.resolve();
parentPort!.on("message", (job: RenderJob) => {
  previous = previous.then(() => render(job));
});
