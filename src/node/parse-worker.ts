/**
 * A parse worker (started through worker-boot.mjs by parse-pool.ts): batches of dumps in, their
 * results out, in order. It reads each file itself, so the main thread sends only names; with a
 * bodies folder it writes each article's body and term counts there (body-files.ts) and sends
 * back the record only.
 */
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import type { ParseResult, RecordResult } from "../content/types.ts";
import { BodyFiles, parseDump } from "./body-files.ts";

export type ParseJob = { id: number; bodies: string | null; files: Array<{ path: string; label: string; hash: string }> };
export type ParseDone = { id: number; results: Array<ParseResult | RecordResult> };

parentPort?.on("message", (job: ParseJob) => {
  const bodies = job.bodies ? new BodyFiles(job.bodies) : null;
  const results = job.files.map(({ path, label, hash }) => parseDump(path, label, readFileSync(path), hash, bodies));
  parentPort!.postMessage({ id: job.id, results } satisfies ParseDone);
});
