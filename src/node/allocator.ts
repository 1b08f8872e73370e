/**
 * How a build or dev server asks glibc's allocator to hand freed memory back. By default glibc
 * raises its mmap threshold each time a large block is freed (up to 32 MB), so after the first few
 * the search index's and the workers' big buffers come from the heap, and once freed stay in the
 * process, cut up between what is still live. Measured at 100,000 articles on 2 cores (the same
 * machine, the same hour): the main thread held 0.88–1.14 GB when the render workers started and
 * the build peaked at 1.46–1.66 GB (six builds, sampled); with the threshold fixed at glibc's own
 * default of 128 kB (blocks that large always mapped, so always returned), 0.81–0.87 GB and
 * 1.37–1.40 GB (four, sampled; 1.45 and 1.51 GB by getrusage in two scale benches). Fixed at 1 MB it was
 * 1.07 GB and 1.58 GB: the blocks that stay are the medium ones.
 * The price is system calls (+60 % mmap/munmap/madvise time, ~0.3 s at 10,000). The variable
 * must be set before the process starts: `npm run build` and `npm run dev` set it, so does the
 * scale bench, and a large build without it says so (vite-plugin.ts). Other C libraries ignore it.
 */
export const ALLOCATOR_ENV = { MALLOC_MMAP_THRESHOLD_: "131072" } as const;

/** From this many dumps the build's memory is worth a word when the setting is missing. */
export const ALLOCATOR_ADVICE_FROM = 10_000;

/**
 * The advice for a large build without the setting on glibc, or null. `glibc` is asked last: it
 * reads a diagnostic report (~50 ms), which a small build or one with the setting never needs.
 */
export function allocatorAdvice(files: number, env: NodeJS.ProcessEnv = process.env, glibc: () => boolean = isGlibc): string | null {
  if (files < ALLOCATOR_ADVICE_FROM) return null;
  const missing = Object.entries(ALLOCATOR_ENV).filter(([name, value]) => env[name] !== value);
  if (missing.length === 0 || !glibc()) return null;
  const settings = missing.map(([name, value]) => `${name}=${value}`).join(" ");
  return `news: ${files} dumps: start the build with ${settings} (npm run build does): glibc then hands freed memory back (0.1–0.25 GB off the peak at 100,000 dumps; docs/performance.md)`;
}

/** Whether this Node runs on glibc (Linux other than musl): the only allocator the setting speaks to. */
function isGlibc(): boolean {
  if (process.platform !== "linux") return false;
  const header = process.report?.getReport?.() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return Boolean(header?.header?.glibcVersionRuntime);
}
