import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { newsArticles } from "./src/node/vite-plugin.ts";
import { staticSiteRouting } from "./src/node/static-routing.ts";
import { passThroughPreloadHelper } from "./src/node/preload-helper.ts";
import { leanRouter } from "./src/node/lean-router.ts";
import { readSiteSettings } from "./src/node/site-settings.ts";

/**
 * Kept out of the "app" chunk: the boot and preferences scripts, which run as classic scripts
 * and import nothing, and the entry itself — it awaits the page's chunk before hydrating, and
 * that chunk imports the app chunk, so with the entry inside it each would wait for the other
 * (index.html's module is the entry's importer; a group takes its dependencies along). Nor
 * the Node side's modules, which only the server build bundles (the render worker, beside the
 * renderer): in one chunk with the renderer, loading the renderer would start the worker's code.
 */
const NOT_IN_APP_CHUNK = /src[\\/]app[\\/](boot\.ts|preferences[\\/]head\.ts|main\.tsx)$|src[\\/]node[\\/]|index\.html/;

/**
 * A few lines several pages share, in a chunk of their own: the search page, which needs only
 * these of what the pages share, does not load the shared chunk (breadcrumbs, story lists,
 * pagination) for them.
 */
const SMALL_SHARED = /src[\\/](content[\\/]fold\.ts|app[\\/]data[\\/]hydrated\.ts)$/;

// Settings (README): the site's in site.config.json (or SITE_NAME, SITE_TAGLINE, SITE_DESCRIPTION,
// SITE_URL, BASE_PATH); SEEDS_DIR and OUT_DIR.
const site = readSiteSettings(path.dirname(fileURLToPath(import.meta.url)));

export default defineConfig({
  base: site.basePath,
  plugins: [
    passThroughPreloadHelper(),
    leanRouter(),
    newsArticles({ seedsDir: process.env.SEEDS_DIR, site }),
    react(),
    tailwindcss(),
    {
      // `vite preview` serves dist/ as a static host would: each route's prerendered file, and
      // 404.html with status 404 for anything else (not the SPA fallback's index.html).
      name: "static-site-routing",
      configurePreviewServer(server) {
        const { root, build, base } = server.config;
        server.middlewares.use(staticSiteRouting(path.resolve(root, build.outDir), base));
      },
    },
  ],
  build: {
    outDir: process.env.OUT_DIR ?? "dist",
    // Not emptied: a rebuild rewrites only files whose bytes changed and then sweeps away what it
    // did not produce (src/node/output.ts), so a deploy by rsync or a sync uploads little.
    emptyOutDir: false,
    // No <link rel=modulepreload> for dynamic imports' dependencies: built pages' boot script
    // fetches each page's chunks with the entry, and a page chunk's imports are the shared chunk,
    // which the entry has loaded by then (see also passThroughPreloadHelper).
    modulePreload: false,
    rollupOptions: {
      output: {
        // The code every page shares (React Router, the frame) would otherwise be named after
        // whichever module the bundler met first in it ("NotFoundPage-….js").
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry || chunk.isEntry ? "assets/[name]-[hash].js" : "assets/shared-[hash].js",
        // Two chunks instead of one for each combination of pages that happens to share code:
        // everything the entry needs (React, the router, the frame) in one, the code two or more
        // lazy pages share in another. Each extra file cost a request and its own gzip overhead,
        // and the entry's code split from its libraries compressed 0.8 kB worse. See NOT_IN_APP_CHUNK
        // for what stays out.
        codeSplitting: {
          groups: [
            { name: "app", tags: ["$initial"], test: (id: string) => !NOT_IN_APP_CHUNK.test(id) },
            { name: "app", test: SMALL_SHARED },
            { name: "shared", minShareCount: 2 },
          ],
        },
      },
    },
  },
});
