import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { newsArticles } from "./src/node/vite-plugin.ts";

export default defineConfig({
  plugins: [newsArticles({ seedsDir: process.env.SEEDS_DIR }), react(), tailwindcss()],
  build: { outDir: process.env.OUT_DIR ?? "dist", emptyOutDir: true },
});
