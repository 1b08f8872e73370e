/**
 * Parsing many dumps on every core: worker threads (parse-worker.ts), each parsing batches of
 * files, the results handed back in the order asked. The content core is pure, so a worker runs
 * exactly the code the main thread would; this only spreads it. Below POOL_FROM files starting
 * the workers costs more than it saves, and the caller parses in process.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParseResult, RecordResult } from "../content/types.ts";
import type { ParseDone, ParseJob } from "./parse-worker.ts";

/** From this many files to parse, workers pay for their start (~0.4 s each). */
export const POOL_FROM = 1000;
/** Files per message: large enough that messaging is noise, small enough to keep both cores busy to the end. */
const BATCH = 250;

/** `bodies`: the folder the workers write bodies to (body-files.ts), each file's result then a record; null, whole results. */
export async function parseInWorkers(
  files: ReadonlyArray<{ path: string; label: string; hash: string }>,
  options: { threads?: number; bodies?: string | null } = {},
): Promise<Array<ParseResult | RecordResult>> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(files.length / BATCH)));
  const results: Array<ParseResult | RecordResult> = new Array(files.length);
  const jobs: ParseJob[] = [];
  for (let at = 0, id = 0; at < files.length; at += BATCH, id++) jobs.push({ id, bodies: options.bodies ?? null, files: files.slice(at, at + BATCH) });
  let next = 0;
  const boot = new URL("./worker-boot.mjs", import.meta.url);
  const entry = new URL("./parse-worker.ts", import.meta.url).href;
  const workers = Array.from({ length: threads }, () => new Worker(boot, { workerData: { entry } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const job = jobs[next++];
              if (job) worker.postMessage(job);
              else resolve();
            };
            worker.on("message", ({ id, results: batch }: ParseDone) => {
              batch.forEach((result, i) => (results[id * BATCH + i] = result));
              send();
            });
            worker.once("error", reject);
            worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a parse worker exited with ${code}`))));
            worker.once("online", send);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
