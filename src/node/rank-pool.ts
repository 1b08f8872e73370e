/**
 * A build's related ranking on a worker thread (rank-worker.ts): started as soon as the corpus
 * is known, so that it runs on the second core while the main thread builds the search index and
 * Vite bundles the app; the article data files, which list each article's related, wait for it.
 */
import path from "node:path";
import type { RelatedRanker } from "../content/corpus.ts";
import { contentCoreVersion, type DiskCache } from "./disk-cache.ts";
import { cachedRanker, storedLists, type RankingReport } from "./related-cache.ts";
import type { RankDone, RankJob } from "./rank-worker.ts";
import { startWorker } from "./worker-module.ts";

async function rankInWorker(job: RankJob): Promise<{ lists: Map<string, string[]>; report: RankingReport }> {
  const { worker } = await startWorker(new URL("./rank-worker.ts", import.meta.url));
  return new Promise<{ lists: Map<string, string[]>; report: RankingReport }>((resolve, reject) => {
    worker.once("message", (done: RankDone) => ("error" in done ? reject(new Error(`ranking failed: ${done.error}`)) : resolve({ lists: new Map(done.lists), report: done.report })));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the ranking worker exited with ${code}`)));
    worker.postMessage(job);
  }).finally(() => void worker.terminate());
}

/**
 * A build's ranker: the stored lists when the corpus is the one they were made for; for a
 * corpus of keyed dumps, ranked on a worker from the moment the corpus asks (`ready()` settles
 * when the lists are in: read no related list before); otherwise ranked in this thread, as the
 * dev server does (cachedRanker). `ready()` says what the ranking did (undefined: the stored lists).
 */
export function workerRanker(
  disk: DiskCache,
  name: string,
  options: { bodies: string | null; pathOf: (label: string) => string },
): { ranker: RelatedRanker; ready(): Promise<RankingReport | undefined> } {
  let ranking: Promise<RankingReport | undefined> = Promise.resolve(undefined);
  const inThread = cachedRanker(disk, name);
  const ranker: RelatedRanker = (input) => {
    const { key, articles, files } = input;
    const cacheDir = disk.dir;
    if (key === undefined || !articles || !files || cacheDir === null) return inThread(input);
    const known = storedLists(disk, name, key);
    if (known) return (id) => known.get(id) ?? [];
    let lists: Map<string, string[]> | undefined;
    const dumps = files.map((label): [string, string] => [path.resolve(options.pathOf(label)), label]);
    ranking = rankInWorker({ cacheDir, code: contentCoreVersion(), name, key, articles: [...articles], dumps, bodies: options.bodies }).then((done) => {
      lists = done.lists;
      return done.report;
    });
    return (id) => {
      if (!lists) throw new Error("a related list was read before ranking finished: await ready() first");
      return lists.get(id) ?? [];
    };
  };
  return { ranker, ready: () => ranking };
}
