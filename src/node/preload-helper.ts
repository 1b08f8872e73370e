/**
 * Vite wraps every `import()` of a chunk in a helper that first adds <link rel=modulepreload>
 * for the chunk's own imports: 1.7 kB (0.6 kB gzip) in every page's first load. Here it has
 * nothing to do — built pages' boot script (src/app/boot.ts) fetches each page's chunks with
 * the entry, and a page chunk imports only the shared chunk, loaded by then — so the client
 * build gets a pass-through instead. A chunk that fails to load is handled where it is used
 * (src/app/pages/lazy-page.tsx), not through the helper's `vite:preloadError` event.
 */
import type { Plugin } from "vite";

/** The id under which Vite serves its preload helper to the bundle. */
export const PRELOAD_HELPER_ID = "\0vite/preload-helper.js";
export const PASS_THROUGH_HELPER = "export const __vitePreload = (load) => load();\n";

export function passThroughPreloadHelper(): Plugin {
  return {
    name: "news-pass-through-preload-helper",
    enforce: "pre",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "client",
    load: (id) => (id === PRELOAD_HELPER_ID ? PASS_THROUGH_HELPER : undefined),
  };
}
