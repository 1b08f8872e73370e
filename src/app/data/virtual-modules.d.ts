// Types of the modules the Vite plugin (src/node/vite-plugin.ts) generates from SEEDS_DIR.
declare module "virtual:news-index" {
  import type { ArticlePage, ArticleSummary, BrokenFile } from "../../content/types";
  /** Every readable article, newest first (undated ones last). */
  export const articles: ArticleSummary[];
  /** Dumps that could not be read, with their problems. Always empty in a production build. */
  export const broken: BrokenFile[];
  /** Dev server only: a slug an article had before its title was edited → its slug now. */
  export const moved: Record<string, string>;
  /** Loads one article's own lazy chunk; null when no article has that slug. */
  export function loadArticle(slug: string): Promise<ArticlePage> | null;
}
