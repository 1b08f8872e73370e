/**
 * A ranking worker (started by rank-pool.ts, bundled: worker-module.ts): ranks a build's related
 * lists on another core while the main thread writes the search index, which needs no ranking.
 * It reads each article's term counts itself, from the body files beside the parse cache (a
 * spoiled one: the dump parsed again), and the last ranking's state from the disk cache, and
 * stores the new state and lists there as the main thread would (related-cache.ts rankKeyed).
 */
import { parentPort } from "node:worker_threads";
import type { RankingArticle } from "../content/related-update.ts";
import { BodyFiles, extractPart } from "./body-files.ts";
import { diskCache } from "./disk-cache.ts";
import { rankKeyed, type RankingReport } from "./related-cache.ts";

export type RankJob = {
  /** The disk cache's folder (the main thread's, whatever NEWS_CACHE_DIR said there). */
  cacheDir: string;
  /** The content core's version (disk-cache.ts), which stamps what the worker stores. */
  code: string;
  /** The cache entry of the lists (related-cache.ts). */
  name: string;
  /** The key of everything ranking reads (the corpus's dumps). */
  key: string;
  articles: RankingArticle[];
  /** Per article (same order): its dump's path and label. */
  dumps: Array<[path: string, label: string]>;
  /** The body files' folder (body-files.ts); null: every dump parsed again. */
  bodies: string | null;
};
export type RankDone = { lists: Array<[id: string, related: string[]]>; report: RankingReport } | { error: string };

parentPort?.once("message", (job: RankJob) => {
  rank(job);
  // Gone as soon as it has answered (its answer is still delivered: a worker's messages are read
  // before its exit): the main thread may be busy writing the search index for seconds before
  // it reads the answer and stops the thread, and until then this thread's memory was the build's peak.
  process.exit(0);
});

function rank(job: RankJob): void {
  try {
    const disk = diskCache(job.cacheDir, { NEWS_CACHE_DIR: job.cacheDir }, job.code);
    const bodies = job.bodies ? new BodyFiles(job.bodies) : null;
    const at = new Map(job.articles.map((a, i) => [a.id, i]));
    const termsOf = (id: string) => {
      const i = at.get(id)!;
      const [file, label] = job.dumps[i]!;
      return extractPart(bodies, "terms", { path: file, label, hash: job.articles[i]!.key });
    };
    const { lists, report } = rankKeyed(disk, job.name, { key: job.key, articles: job.articles, termsOf });
    parentPort!.postMessage({ lists: [...lists], report } satisfies RankDone);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RankDone);
  }
}
