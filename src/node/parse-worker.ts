/**
 * A parse worker (started through worker-boot.mjs by parse-pool.ts): batches of dumps in, their
 * ParseResults out, in order. It reads each file itself, so the main thread sends only names.
 */
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { parseArticle } from "../content/parse.ts";
import type { ParseResult } from "../content/types.ts";

export type ParseJob = { id: number; files: Array<{ path: string; label: string }> };
export type ParseDone = { id: number; results: ParseResult[] };

parentPort?.on("message", (job: ParseJob) => {
  const results = job.files.map(({ path, label }) => parseArticle(label, readFileSync(path)));
  parentPort!.postMessage({ id: job.id, results } satisfies ParseDone);
});
