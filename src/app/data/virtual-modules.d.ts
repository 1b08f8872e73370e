// Types of the modules the Vite plugin (src/node/vite-plugin.ts) generates from SEEDS_DIR.
// The index has the NewsSource shape (src/app/data/news-source.ts) and a constant size: lists
// and articles are separate chunks at addresses derived from the page number or the slug.
declare module "virtual:news-index" {
  import type { ArticlePage, ArticleSummary, BrokenFile } from "../../content/types";
  export const latest: ArticleSummary[];
  export const pageCount: number;
  /** Dumps that could not be read, with their problems. Always empty in a production build. */
  export const broken: BrokenFile[];
  /** Dev server only: a slug an article had before its title was edited → its slug now. */
  export const moved: Record<string, string>;
  export function loadArticle(slug: string): Promise<ArticlePage | null> | null;
  export function loadList(page: number): Promise<ArticleSummary[] | null> | null;
  /** The folder URL of the sharded search index (src/content/search-shards.ts); null: no index. */
  export const searchUrl: string | null;
}
