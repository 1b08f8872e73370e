/**
 * A page's data as one plain value: what the browser fetches for it (data/index.json, and the
 * article's or the list pages' files), and what the prerenderer renders it from — in this thread
 * or in a worker, to which it travels as a message. `sourceOf` turns it back into a NewsSource.
 */
import type { ArticlePage, ArticleSummary } from "../../content/types";
import type { NewsSource, SiteIndex } from "./news-source";

export type PageData = {
  index: Pick<SiteIndex, "latest" | "count" | "pageCount" | "homePages">;
  /** The article page's slug and page (null: no such article). */
  article?: { slug: string; page: ArticlePage | null };
  /** List pages by number. */
  lists?: Record<number, ArticleSummary[] | null>;
  /** Other data files the page reads (the route table's `data`), by path: null for one that does not exist. */
  files?: Record<string, unknown>;
};

/** The NewsSource a page is rendered from: what its data holds, null (not found) for anything else. */
export function sourceFromData(data: PageData): NewsSource {
  return {
    ...data.index,
    broken: [],
    loadArticle: (slug) => (data.article?.slug === slug && data.article.page ? Promise.resolve(data.article.page) : null),
    loadList: (n) => {
      const list = data.lists?.[n];
      return list ? Promise.resolve(list) : null;
    },
    loadData: (path) => {
      const file = data.files?.[path];
      return file === undefined || file === null ? null : Promise.resolve(file);
    },
  };
}
