/**
 * A full garbage collection, now. A build runs two (collectGarbageFully) before its render workers
 * start: the search index and the list pages leave a few hundred megabytes of garbage in the main thread, and
 * whether V8 had collected it by then decided the build's peak (1.46 GB in one run at 100,000
 * articles, 2.05 GB in the next, same code). Node exposes gc() only under --expose-gc, which a
 * `vite build` is not started with; the flag can be set from inside, and the function read from a
 * fresh context (documented Node APIs: v8.setFlagsFromString, vm.runInNewContext).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/**
 * Two full collections: the memory of what the first found dead, handed back. The search index's
 * typed arrays (~0.27 GB at 100,000 articles) are freed by a sweeper after a collection, in tasks
 * the main thread runs when idle; a build that started its render workers at once still held up
 * to 0.26 GB of them while the workers grew, and that was its peak. A collection first finishes the
 * sweep of the one before it (V8's ArrayBufferSweeper), so after the second none is pending.
 */
export function collectGarbageFully(): void {
  collectGarbage();
  collectGarbage();
}
