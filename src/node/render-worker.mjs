// A render worker (started by render-pool.ts): the server bundle's renderPageFromData, one batch
// of pages at a time, each page's HTML or its own error. Plain JavaScript: the bundle Vite built
// is all it loads. An article's page comes from the data file the build wrote, when named: the
// main thread never holds a body.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

const { renderPageFromData } = await import(workerData.bundle);

parentPort.on("message", async ({ id, pages, basename }) => {
  const rendered = [];
  for (const { url, data, articleFile } of pages) {
    try {
      if (articleFile !== undefined && data.article) data.article.page = JSON.parse(readFileSync(articleFile, "utf8"));
      rendered.push({ page: await renderPageFromData(url, data, basename) });
    } catch (error) {
      rendered.push({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  parentPort.postMessage({ id, rendered });
});
