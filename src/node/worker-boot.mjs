// A worker thread's entry: TypeScript is not Node 20's own, so register tsx (a dev dependency the
// project already runs its scripts with) in this thread, then load the worker's module, named by
// the thread's workerData.entry (a file URL).
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
