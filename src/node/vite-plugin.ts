// TEMPORARY STUB — replaced by the real plugin. Serves an empty corpus.
import type { Plugin } from "vite";
const ID = "virtual:news-index";
export function newsArticles(_opts: { seedsDir?: string | undefined } = {}): Plugin {
  return {
    name: "news-articles",
    resolveId(id) { return id === ID ? "\0" + ID : undefined; },
    load(id) {
      if (id === "\0" + ID) return "export const articles = []; export const broken = []; export function loadArticle() { return null; }";
      return undefined;
    },
  };
}
