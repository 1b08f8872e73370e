/**
 * A render worker (started through worker-boot.mjs by render-pool.ts): the server bundle's
 * renderPageFromData, one batch of pages at a time, each page's HTML or its own error. An
 * article's page comes from its data file, or, when the build left the file to be made with the
 * page (article-data.ts), from its record and body, the file written here: the main thread never
 * holds a body.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PageData } from "../app/data/page-data.ts";
import type { RenderedPage } from "../app/server.tsx";
import { articlePage, type ArticleSource, type BodyContext } from "./article-data.ts";
import { BodyFiles } from "./body-files.ts";

export type RenderJob = { id: number; basename: string; pages: Array<{ url: string; data: PageData; article?: ArticleSource }> };
export type RenderDone = { id: number; rendered: Array<{ page?: RenderedPage; digest?: string; error?: string }> };
export type RenderWorkerData = { entry: string; bundle: string; context: BodyContext };

const { bundle, context } = workerData as RenderWorkerData;
const { renderPageFromData } = (await import(bundle)) as { renderPageFromData: (url: string, data: PageData, basename: string) => Promise<RenderedPage> };
const bodies = context.bodies ? new BodyFiles(context.bodies) : null;

parentPort!.on("message", async ({ id, pages, basename }: RenderJob) => {
  const rendered: RenderDone["rendered"] = [];
  for (const { url, data, article } of pages) {
    try {
      let digest: string | undefined;
      if (article && data.article) ({ page: data.article.page, digest } = articlePage(article, context, bodies));
      rendered.push({ page: await renderPageFromData(url, data, basename), ...(digest ? { digest } : {}) });
    } catch (error) {
      rendered.push({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  parentPort!.postMessage({ id, rendered } satisfies RenderDone);
});
