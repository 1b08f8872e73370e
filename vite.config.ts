import path from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { newsArticles } from "./src/node/vite-plugin.ts";
import { staticSiteRouting } from "./src/node/static-routing.ts";

// Settings (README): SEEDS_DIR, OUT_DIR, SITE_URL, BASE_PATH.
export default defineConfig({
  base: process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/") : "/",
  plugins: [
    newsArticles({ seedsDir: process.env.SEEDS_DIR, siteUrl: process.env.SITE_URL }),
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
    emptyOutDir: true,
    // Every browser the site targets preloads modules natively (the boot script adds the links);
    // the polyfill would be 0.4 kB gzip of the entry for nothing.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The code every page shares (React Router, the frame) would otherwise be named after
        // whichever module the bundler met first in it ("NotFoundPage-….js").
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry || chunk.isEntry ? "assets/[name]-[hash].js" : "assets/shared-[hash].js",
      },
    },
  },
});
